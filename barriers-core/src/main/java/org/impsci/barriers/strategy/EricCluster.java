package org.impsci.barriers.strategy;

import java.util.Optional;
import org.impsci.assessment.framework.ConstructHandle;
import org.impsci.assessment.framework.Framework;

/**
 * Typed handles to the nine clusters of ERIC strategies (Waltz et al. 2015,
 * doi:10.1186/s13012-015-0295-0, Table 1), in the paper's order, each with its published number
 * of strategies (10, 4, 4, 17, 11, 5, 5, 9, 8; 73 in all).
 *
 * <p>Immutable and thread-safe.
 */
public enum EricCluster implements ConstructHandle {
  /** Use evaluative and iterative strategies. */
  USE_EVALUATIVE_AND_ITERATIVE_STRATEGIES("use-evaluative-and-iterative-strategies", 10),
  /** Provide interactive assistance. */
  PROVIDE_INTERACTIVE_ASSISTANCE("provide-interactive-assistance", 4),
  /** Adapt and tailor to context. */
  ADAPT_AND_TAILOR_TO_CONTEXT("adapt-and-tailor-to-context", 4),
  /** Develop stakeholder interrelationships. */
  DEVELOP_STAKEHOLDER_INTERRELATIONSHIPS("develop-stakeholder-interrelationships", 17),
  /** Train and educate stakeholders. */
  TRAIN_AND_EDUCATE_STAKEHOLDERS("train-and-educate-stakeholders", 11),
  /** Support clinicians. */
  SUPPORT_CLINICIANS("support-clinicians", 5),
  /** Engage consumers. */
  ENGAGE_CONSUMERS("engage-consumers", 5),
  /** Utilize financial strategies. */
  UTILIZE_FINANCIAL_STRATEGIES("utilize-financial-strategies", 9),
  /** Change infrastructure. */
  CHANGE_INFRASTRUCTURE("change-infrastructure", 8);

  private final String id;
  private final int publishedSize;

  EricCluster(String id, int publishedSize) {
    this.id = id;
    this.publishedSize = publishedSize;
  }

  /** The cluster id within {@code eric}. */
  @Override
  public String id() {
    return id;
  }

  @Override
  public Framework framework() {
    return EricFrameworks.eric();
  }

  /** How many strategies the cluster has in Waltz 2015; the bundled resource holds them all. */
  public int publishedSize() {
    return publishedSize;
  }

  /** The handle with this id or alias (ignoring case for aliases), or empty. */
  public static Optional<EricCluster> find(String idOrAlias) {
    return ConstructHandle.find(values(), EricFrameworks.eric(), idOrAlias);
  }

  /**
   * The handle with this id or alias.
   *
   * @throws org.impsci.assessment.InvalidInputException naming the unknown id
   */
  public static EricCluster of(String idOrAlias) {
    return ConstructHandle.of(values(), EricFrameworks.eric(), idOrAlias);
  }
}
