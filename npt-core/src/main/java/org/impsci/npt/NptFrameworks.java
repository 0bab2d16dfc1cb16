package org.impsci.npt;

import org.impsci.assessment.framework.Framework;
import org.impsci.assessment.framework.FrameworkLoader;

/**
 * The bundled NPT frameworks, each loaded once from its JSON resource and validated. The typed
 * handles {@link NptConstruct}, {@link EnptComponent} and {@link CodingManualConstruct} name the
 * same ids; a test proves that enums and resources agree. All three are also found through {@link
 * org.impsci.assessment.framework.Frameworks#bundled()}.
 *
 * <p>Definitions are this project's paraphrases, never the published wording; each framework and
 * construct lists its sources (DOI, and the table where one was confirmed).
 *
 * <p>Thread-safe: it has only static methods and immutable, lazily loaded data.
 */
public final class NptFrameworks {
  /** Id of Normalization Process Theory. */
  public static final String NPT = "npt";
  /** Id of extended Normalization Process Theory. */
  public static final String ENPT = "enpt";
  /** Id of the NPT coding manual. */
  public static final String CODING_MANUAL = "npt-coding-manual";

  private NptFrameworks() {}

  /**
   * Normalization Process Theory (id {@code npt}; May et al. 2009, doi:10.1186/1748-5908-4-29, and
   * May &amp; Finch 2009, doi:10.1177/0038038509103208): 4 constructs (kind {@code construct}),
   * each with 4 sub-constructs (kind {@code sub-construct}), in the theory's order.
   *
   * <p>Aliases: the short codes {@code CO}, {@code CP}, {@code CA}, {@code RM} and two-letter
   * sub-codes such as {@code CO-DI} or {@code RM-RE} (also without the hyphen, {@code CODI}), and
   * spelling variants ({@code enrollment}, {@code internalisation}, {@code systematisation}). The
   * hyphenated sub-codes are this project's convention: published codebooks use several schemes
   * (for example {@code CODI}, {@code CPEN}, or {@code CO-d}, {@code CP-e}) and no source fixes
   * one. Every alias resolves ignoring case.
   */
  public static Framework npt() {
    return Holder.NPT;
  }

  /**
   * Extended Normalization Process Theory (id {@code enpt}; May 2013,
   * doi:10.1186/1748-5908-8-18): capability (workability, integration), capacity (social norms,
   * social roles, material resources, cognitive resources), potential (individual intentions,
   * shared commitments) and contribution (the four NPT mechanisms as what agents do).
   *
   * <p>The four are of kind {@code construct} and their parts of kind {@code component}, the words
   * used by published tabulations of May 2013 (doi:10.1186/s12913-020-06011-w, Table 1). That
   * tabulation calls the second part of potential "collective commitment"; this project labels it
   * "Shared commitments" and accepts "collective commitment" as an alias. Component ids are
   * qualified by their construct ({@code capacity.social-norms}, {@code contribution.coherence}).
   */
  public static Framework extendedNpt() {
    return Holder.ENPT;
  }

  /**
   * The NPT coding manual (id {@code npt-coding-manual}; May et al. 2022,
   * doi:10.1186/s13012-022-01191-x): three CMO domains (kind {@code cmo-domain}: {@code context},
   * {@code mechanism}, {@code outcome}; Table 1 of the paper heads that column "CMO domain"), the
   * 12 primary constructs under them (kind {@code primary-construct}; Part A, Table 1), and the 16
   * sub-constructs under the four mechanisms (kind {@code sub-construct}; Part B, Table 2).
   *
   * <p>Ids are paths: {@code context.strategic-intentions}, {@code mechanism.coherence-building},
   * {@code mechanism.coherence-building.differentiation}. Aliases give the plain names
   * ({@code strategic intentions}, {@code differentiation}) and, for mechanisms and their
   * sub-constructs, the NPT short codes ({@code CO}, {@code CO-DI}).
   */
  public static Framework codingManual() {
    return Holder.CODING_MANUAL;
  }

  private static final class Holder {
    static final Framework NPT = FrameworkLoader.loadResource(NptFrameworks.class, "npt.json");
    static final Framework ENPT = FrameworkLoader.loadResource(NptFrameworks.class, "enpt.json");
    static final Framework CODING_MANUAL = FrameworkLoader.loadResource(NptFrameworks.class, "npt-coding-manual.json");
  }
}
