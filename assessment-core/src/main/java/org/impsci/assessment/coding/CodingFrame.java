package org.impsci.assessment.coding;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.framework.Construct;
import org.impsci.assessment.framework.ConstructRef;
import org.impsci.assessment.framework.Framework;

/**
 * A coding frame built from a framework: one code per construct, in tree order (each construct
 * followed by its descendants, siblings by their order), with its definition and source. The
 * source is the construct's own, or the framework's when the construct lists none.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableCodingFrame.class)
@JsonDeserialize(as = ImmutableCodingFrame.class)
public interface CodingFrame {

  /** The framework id. */
  String framework();

  /** The framework's name. */
  String name();

  /** The framework's version. */
  String version();

  /** Every code, in tree order. */
  List<CodingFrameEntry> codes();

  /** The coding frame of a framework. */
  static CodingFrame of(Framework framework) {
    CodingFrame.Builder frame =
        CodingFrame.builder()
            .framework(framework.id())
            .name(framework.name())
            .version(framework.version());
    for (Construct c : treeOrder(framework)) {
      frame.addCodes(
          CodingFrameEntry.builder()
              .code(ConstructRef.of(framework.id(), c.id()))
              .label(c.label())
              .kind(c.kind())
              .depth(framework.depth(c.id()))
              .parent(c.parent())
              .definition(c.definition())
              .addAllAliases(c.aliases())
              .addAllSources(framework.sourcesOf(c))
              .build());
    }
    return frame.build();
  }

  /** A framework's constructs in tree order: each followed by its descendants. */
  static List<Construct> treeOrder(Framework framework) {
    List<Construct> out = new ArrayList<>();
    for (Construct root : framework.roots()) {
      out.add(root);
      out.addAll(framework.descendants(root.id()));
    }
    return List.copyOf(out);
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CodingFrame}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableCodingFrame.Builder {
    Builder() {}
  }
}
