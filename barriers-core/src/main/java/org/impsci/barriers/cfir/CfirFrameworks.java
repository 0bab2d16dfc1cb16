package org.impsci.barriers.cfir;

import org.impsci.assessment.framework.Framework;
import org.impsci.assessment.framework.FrameworkLoader;
import org.impsci.assessment.io.ImpsciJson;

/**
 * The two versions of the Consolidated Framework for Implementation Research, each loaded once
 * from its JSON resource and validated. They are two frameworks, not one: {@link CfirCrosswalk}
 * maps between them. The typed handles {@link Cfir2009Construct} and {@link Cfir20Construct} name
 * the same ids.
 *
 * <p>Ids are paths from the domain down: {@code inner-setting.implementation-climate.compatibility}
 * (2009), {@code outer-setting.external-pressure.market-pressure} (2.0). Definitions are this
 * project's paraphrases, never the published wording.
 *
 * <p>Thread-safe: it has only static methods and immutable, lazily loaded data.
 */
public final class CfirFrameworks {
  /** Id of CFIR 2009. */
  public static final String CFIR_2009 = "cfir-2009";
  /** Id of CFIR 2.0. */
  public static final String CFIR_20 = "cfir-2.0";

  private CfirFrameworks() {}

  /**
   * CFIR 2009 (Damschroder et al. 2009, doi:10.1186/1748-5908-4-50): 5 domains (kind {@code
   * domain}) and 39 constructs counting sub-constructs, 8 + 4 + 14 + 5 + 8 by domain (kinds {@code
   * construct} and {@code sub-construct}: implementation climate has 6 sub-constructs, readiness
   * for implementation 3, engaging 4).
   */
  public static Framework cfir2009() {
    return Holder.CFIR_2009;
  }

  /**
   * CFIR 2.0 (Damschroder et al. 2022, doi:10.1186/s13012-022-01245-0): 5 domains, 48 constructs
   * and 19 sub-constructs. The Individuals domain holds two nodes of kind {@code subdomain},
   * {@code individuals.roles} (9 roles) and {@code individuals.characteristics} (need, capability,
   * opportunity, motivation), as the CFIR guide names them; a characteristic is rated for a role
   * (see {@link org.impsci.barriers.rating.RatingTarget}).
   */
  public static Framework cfir20() {
    return Holder.CFIR_20;
  }

  /** The bundled crosswalk from CFIR 2009 to CFIR 2.0, loaded once. */
  public static CfirCrosswalk crosswalk() {
    return CrosswalkHolder.CROSSWALK;
  }

  private static final class Holder {
    static final Framework CFIR_2009 =
        FrameworkLoader.loadResource(CfirFrameworks.class, "cfir-2009.json");
    static final Framework CFIR_20 =
        FrameworkLoader.loadResource(CfirFrameworks.class, "cfir-2.0.json");
  }

  /** Apart from the frameworks, so that loading them needs no databind. */
  private static final class CrosswalkHolder {
    static final CfirCrosswalk CROSSWALK =
        ImpsciJson.readResource(CfirFrameworks.class, "cfir-crosswalk.json", CfirCrosswalk.class);
  }
}
