package org.impsci.barriers.ticd;

import org.impsci.assessment.framework.Framework;
import org.impsci.assessment.framework.FrameworkLoader;

/** The bundled TICD checklist of determinants of practice. */
public final class TicdFrameworks {
  /** Id of the TICD checklist. */
  public static final String TICD = "ticd";
  /** Determinants the checklist publishes (Flottorp et al. 2013). */
  public static final int PUBLISHED_DETERMINANTS = 57;

  private TicdFrameworks() {}

  /**
   * The TICD checklist (id {@code ticd}; Flottorp et al. 2013, doi:10.1186/1748-5908-8-35): its
   * seven domains (kind {@code domain}), in the order of {@link TicdDomain}, as the paper's Table 1
   * names them.
   *
   * <p><b>Documented gap.</b> None of the 57 determinants is bundled: their names and their split
   * across the domains (one recollection gives 13/14/5/3/7/7/8) could not be confirmed against the
   * paper's checklist table, so they are left out rather than guessed. A user who has the
   * checklist can load it as a framework of their own with determinants of kind {@code
   * determinant} under these domain ids.
   */
  public static Framework ticd() {
    return Holder.TICD;
  }

  private static final class Holder {
    static final Framework TICD = FrameworkLoader.loadResource(TicdFrameworks.class, "ticd.json");
  }
}
