package org.impsci.barriers.strategy;

import org.impsci.assessment.framework.Construct;
import org.impsci.assessment.framework.ConstructRef;
import org.impsci.barriers.internal.Handles;

/**
 * Typed handles to the nine clusters of ERIC strategies (Waltz et al. 2015,
 * doi:10.1186/s13012-015-0295-0, Table 1), in the paper's order, each with its published number
 * of strategies (10, 4, 4, 17, 11, 5, 5, 9, 8; 73 in all).
 */
public enum EricCluster {
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
  public String id() {
    return id;
  }

  /**
   * How many strategies the cluster has in Waltz 2015; the bundled resource may hold fewer (see
   * {@link EricFrameworks#eric()}).
   */
  public int publishedSize() {
    return publishedSize;
  }

  /** The reference {@code eric:<id>}. */
  public ConstructRef ref() {
    return ConstructRef.of(EricFrameworks.ERIC, id);
  }

  /** The cluster as loaded from the bundled resource. */
  public Construct construct() {
    return EricFrameworks.eric().require(id);
  }

  /**
   * The handle with this id or alias.
   *
   * @throws org.impsci.assessment.InvalidInputException naming the unknown id
   */
  public static EricCluster of(String idOrAlias) {
    return Handles.of(EricFrameworks.eric(), values(), EricCluster::id, idOrAlias);
  }
}
