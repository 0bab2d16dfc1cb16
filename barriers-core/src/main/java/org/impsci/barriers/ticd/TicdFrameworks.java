package org.impsci.barriers.ticd;

import org.impsci.assessment.framework.Framework;
import org.impsci.assessment.framework.FrameworkLoader;

/**
 * The bundled TICD checklist of determinants of practice.
 *
 * <p>Thread-safe: it has only static methods and immutable, lazily loaded data.
 */
public final class TicdFrameworks {
  /** Id of the TICD checklist. */
  public static final String TICD = "ticd";
  /** Determinants the checklist publishes (Flottorp et al. 2013, abstract). */
  public static final int PUBLISHED_DETERMINANTS = 57;

  /**
   * Published determinants the bundled resource lacks: names this project could not confirm are
   * left out rather than guessed. Equals {@link #PUBLISHED_DETERMINANTS} minus the bundled count
   * (32). Their split across the domains is not confirmed either, so no per-domain figure is given.
   */
  public static final int MISSING_DETERMINANTS = 25;

  private TicdFrameworks() {}

  /**
   * The TICD checklist (id {@code ticd}; Flottorp et al. 2013, doi:10.1186/1748-5908-8-35): its
   * seven domains (kind {@code domain}), in the order of {@link TicdDomain}, as the paper's Table 1
   * names them, and 32 of its 57 determinants (kind {@code determinant}, ids {@code
   * <domain-id>.<slug>}) as children of their domain.
   *
   * <p><b>Provenance.</b> The paper's own checklist table was not available to this project; each
   * determinant's name was read in an open-access study that codes its data with the checklist and
   * prints the names under their domains: Skolarus et al. 2019 (doi:10.1186/s12913-019-4012-6,
   * Table 1) for 30, Desveaux and Gagliardi 2018 (doi:10.1186/s12913-018-3251-2, Table 3) for 8
   * (6 names in both). Each determinant cites Flottorp 2013 and the study or studies where its name
   * was read. Labels keep the printed wording, in sentence case, with "and" for {@code &} and British
   * spelling ({@code Patient behaviour}; alias {@code Patient behavior}). Definitions are this
   * project's paraphrases.
   *
   * <p><b>Order.</b> A determinant's {@code order} is its position in the secondary source's table
   * (Skolarus first, then Desveaux and Gagliardi), not a confirmed position in the checklist.
   *
   * <p><b>No middle level.</b> Desveaux and Gagliardi name some determinants with a sub-heading
   * ("health professional cognitions: expected outcome", "health professional knowledge and skills:
   * domain knowledge", "health professional behaviour: nature of the behaviour", "recommended
   * behaviour: observability"), so the checklist appears to group some domains' determinants under
   * sub-headings. The sub-heading of most bundled determinants was not confirmed, so determinants
   * sit directly under their domain rather than under a half-known middle level.
   *
   * <p><b>Documented gap.</b> {@value #MISSING_DETERMINANTS} of the 57 determinants are not bundled,
   * including every determinant of the social, political and legal factors domain: their names and
   * their split across the domains (one recollection gives 13/14/5/3/7/7/8) could not be confirmed.
   * Per domain the bundle holds 9, 10, 4, 2, 4, 3 and 0. A user who has the checklist can load it
   * as a framework of their own with determinants of kind {@code determinant} under these domain
   * ids.
   */
  public static Framework ticd() {
    return Holder.TICD;
  }

  private static final class Holder {
    static final Framework TICD = FrameworkLoader.loadResource(TicdFrameworks.class, "ticd.json");
  }
}
