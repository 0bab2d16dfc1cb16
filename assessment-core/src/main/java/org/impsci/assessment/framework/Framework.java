package org.impsci.assessment.framework;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.Source;

/**
 * An implementation-science framework as data: its id, name, version, sources and the tree of its
 * constructs, in the order the framework presents them.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableFramework.class)
@JsonDeserialize(as = ImmutableFramework.class)
public interface Framework {

  /** The stable id, for example {@code npt} or {@code cfir-2.0}. */
  String id();

  /** The full name. */
  String name();

  /** The version of the framework (often the year of the defining publication). */
  String version();

  /** The publications that define it. */
  List<Source> sources();

  /** Every construct, parents before their children. */
  List<Construct> constructs();
}
