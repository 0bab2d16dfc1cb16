package org.impsci.barriers.behaviour;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.impsci.assessment.framework.Construct;

/** Helpers for the Theoretical Domains Framework, whose constructs may sit in several domains. */
public final class Tdf {
  /**
   * Constructs the paper lists that the bundled resource lacks, by domain id: names this project
   * could not confirm are left out rather than guessed. Sums to 84 minus the bundled count.
   */
  public static final Map<String, Integer> MISSING_CONSTRUCTS =
      Map.of("goals", 6, "social-influences", 5, "emotion", 7);

  private Tdf() {}

  /** Every occurrence of a construct, by its label (ignoring case), in domain order. */
  public static List<Construct> occurrences(String label) {
    return BehaviourFrameworks.tdf().constructs().stream()
        .filter(c -> c.kind().equals("construct") && c.label().equalsIgnoreCase(label))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The domain of a TDF construct or domain id (or alias).
   *
   * @throws org.impsci.assessment.InvalidInputException if the id is not in the framework
   */
  public static TdfDomain domainOf(String idOrAlias) {
    Construct c = BehaviourFrameworks.tdf().require(idOrAlias);
    return TdfDomain.of(c.parent().orElse(c.id()));
  }
}
