package org.impsci.barriers.cfir;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.Source;
import org.impsci.assessment.framework.ConstructHandle;

/**
 * The crosswalk from CFIR 2009 to CFIR 2.0, after Additional file 4 of Damschroder et al. 2022
 * (doi:10.1186/s13012-022-01245-0). Many-to-many and lossy: each {@link CrosswalkRow} is an
 * equivalence, split, merge, new or removed construct, with its {@link CrosswalkBasis}. Only the
 * first rows of the published file could be read; every other row is this project's judgement from
 * the two construct lists and says so. The bundled one is {@link CfirFrameworks#crosswalk()}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableCfirCrosswalk.class)
@JsonDeserialize(as = ImmutableCfirCrosswalk.class)
public interface CfirCrosswalk {

  /** The publication the crosswalk follows. */
  Source source();

  /** The rows, by domain in CFIR 2009 order. */
  List<CrosswalkRow> rows();

  /** Where a CFIR 2009 construct lands in CFIR 2.0. */
  default CrosswalkResult to20(Cfir2009Construct construct) {
    return lookup(construct, CrosswalkRow::from, CrosswalkRow::to);
  }

  /** Where a CFIR 2.0 construct came from in CFIR 2009. */
  default CrosswalkResult to2009(Cfir20Construct construct) {
    return lookup(construct, CrosswalkRow::to, CrosswalkRow::from);
  }

  private <A extends Enum<A> & ConstructHandle, B extends Enum<B> & ConstructHandle>
      CrosswalkResult lookup(
          A construct,
          Function<CrosswalkRow, List<A>> side,
          Function<CrosswalkRow, List<B>> other) {
    List<CrosswalkRow> used =
        rows().stream().filter(r -> side.apply(r).contains(construct)).collect(Collectors.toList());
    List<B> targets =
        used.stream()
            .flatMap(r -> other.apply(r).stream())
            .distinct()
            .sorted(Comparator.naturalOrder())
            .collect(Collectors.toList());
    boolean exact =
        used.size() == 1
            && used.get(0).kind() == CrosswalkKind.EQUIVALENT
            && rows().stream().filter(r -> other.apply(r).contains(targets.get(0))).count() == 1;
    return CrosswalkResult.builder()
        .from(construct.ref())
        .addAllTo(targets.stream().map(ConstructHandle::ref).collect(Collectors.toList()))
        .addAllRows(used)
        .lossy(!exact)
        .build();
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CfirCrosswalk}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableCfirCrosswalk.Builder {
    Builder() {}
  }
}
