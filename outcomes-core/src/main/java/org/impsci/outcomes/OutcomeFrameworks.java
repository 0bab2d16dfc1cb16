package org.impsci.outcomes;

import java.util.List;
import org.impsci.assessment.framework.Framework;
import org.impsci.assessment.framework.FrameworkLoader;
import org.impsci.assessment.io.ImpsciJson;

/**
 * The bundled outcome frameworks, each loaded once from its JSON resource and validated, and also
 * found through {@link org.impsci.assessment.framework.Frameworks#bundled()}.
 *
 * <p>Definitions are this project's paraphrases, never the published wording.
 *
 * <p>Thread-safe: it has only static methods and immutable, lazily loaded data.
 */
public final class OutcomeFrameworks {
  /** Id of Proctor's implementation outcomes. */
  public static final String PROCTOR = "proctor-outcomes";
  /** Id of PRISM's contextual domains. */
  public static final String PRISM = "prism";

  private OutcomeFrameworks() {}

  /**
   * Proctor et al. 2011's taxonomy of implementation outcomes (id {@code proctor-outcomes};
   * doi:10.1007/s10488-010-0319-7, Table 1): eight outcomes (kind {@code implementation-outcome}),
   * acceptability, adoption, appropriateness, feasibility, fidelity, implementation cost,
   * penetration and sustainability; handles in {@link ProctorOutcome}.
   */
  public static Framework proctor() {
    return Holder.PROCTOR;
  }

  /**
   * How the CFIR Outcomes Addendum (Damschroder et al. 2022, doi:10.1186/s13012-021-01181-5)
   * places each of the eight: adoption and sustainability each have an anticipated and an actual
   * counterpart in its Table 1 (adoptability and adoption; sustainability and sustainment);
   * fidelity and penetration map to its actual outcome implementation (this project's reading);
   * acceptability, appropriateness and feasibility are antecedent assessments (this project's
   * reading); implementation cost has no counterpart. In the order of {@link ProctorOutcome}.
   */
  public static List<CfirOutcomeLink> cfirLinks() {
    return LinksHolder.LINKS;
  }

  /**
   * PRISM's contextual domains (id {@code prism}; Feldstein and Glasgow 2008,
   * doi:10.1016/S1553-7250(08)34030-6, the model's origin): perspectives on the intervention
   * (organisational and patient), recipients (organisational and patient characteristics),
   * implementation and sustainability infrastructure, and external environment, the context in
   * which RE-AIM's outcomes ({@link org.impsci.outcomes.reaim.ReAim}) arise. Domains and the
   * elements of three sub-domains as Rabin et al. 2022 (doi:10.1186/s13012-022-01234-3) Table 4
   * lists them; the elements of patient characteristics, infrastructure and external environment
   * are not bundled (not read in full). Handles to the four domains in {@link PrismDomain}.
   */
  public static Framework prism() {
    return PrismHolder.PRISM;
  }

  private static final class Holder {
    static final Framework PROCTOR =
        FrameworkLoader.loadResource(OutcomeFrameworks.class, "proctor-outcomes.json");
  }

  private static final class PrismHolder {
    static final Framework PRISM = FrameworkLoader.loadResource(OutcomeFrameworks.class, "prism.json");
  }

  /** Apart from the framework, so that loading it needs no databind. */
  private static final class LinksHolder {
    static final List<CfirOutcomeLink> LINKS =
        List.of(
            ImpsciJson.readResource(
                OutcomeFrameworks.class, "proctor-cfir-outcomes.json", CfirOutcomeLink[].class));
  }
}
