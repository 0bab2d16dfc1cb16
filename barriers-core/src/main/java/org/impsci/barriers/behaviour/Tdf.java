package org.impsci.barriers.behaviour;

import java.util.List;
import java.util.stream.Collectors;
import org.impsci.assessment.framework.Construct;

/**
 * Helpers for the Theoretical Domains Framework, where one construct may sit in two domains: the
 * paper lists it under each, and the framework holds one node per domain with the same label
 * and definition.
 *
 * <p>Thread-safe: it has only static methods and immutable, lazily loaded data.
 */
public final class Tdf {
  private Tdf() {}

  /**
   * Every domain occurrence of a construct, by its label (ignoring case), in domain order: two
   * nodes for each of the six constructs Cane et al. 2012 lists in two domains.
   */
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
