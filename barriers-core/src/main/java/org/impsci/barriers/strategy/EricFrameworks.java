package org.impsci.barriers.strategy;

import org.impsci.assessment.framework.Framework;
import org.impsci.assessment.framework.FrameworkLoader;
import org.impsci.assessment.io.ImpsciJson;

/**
 * The bundled ERIC compilation of implementation strategies and its published ratings.
 *
 * <p>Thread-safe: it has only static methods and immutable, lazily loaded data.
 */
public final class EricFrameworks {
  /** Id of the ERIC compilation. */
  public static final String ERIC = "eric";
  /** Strategies in the ERIC compilation (Powell et al. 2015). */
  public static final int PUBLISHED_STRATEGIES = 73;

  private EricFrameworks() {}

  /**
   * The ERIC strategies (id {@code eric}; Powell et al. 2015, doi:10.1186/s13012-015-0209-1,
   * Table 3) grouped into the nine clusters of Waltz et al. 2015 (doi:10.1186/s13012-015-0295-0,
   * Table 1): clusters of kind {@code cluster} ({@link EricCluster}), strategies of kind {@code
   * strategy} under them, with short definitions in this project's words. Strategy ids are the
   * hyphenated names ({@code audit-and-provide-feedback}); spellings seen in later papers are
   * aliases ({@code Use an implementation advisor}).
   *
   * <p><b>Provenance of the clusters.</b> All 73 strategies are bundled. Where Waltz 2015, Table 1
   * was not read, a strategy's sources say so: for several strategies of {@code
   * support-clinicians}, {@code utilize-financial-strategies} and {@code change-infrastructure}
   * the cluster is this project's reading; {@code develop-resource-sharing-agreements} and {@code
   * change-service-sites} cite a later table that prints their cluster; the six added last ({@code
   * remind-clinicians}, {@code make-billing-easier}, {@code use-capitated-payments}, {@code
   * mandate-change}, {@code create-or-change-credentialing-and-or-licensure-standards}, {@code
   * start-a-dissemination-organization}) take their cluster from two independent secondary
   * tabulations of the 73 strategies by cluster, which agree with each other and with every
   * cluster bundled before.
   */
  public static Framework eric() {
    return Holder.ERIC;
  }

  /** The importance and feasibility ratings that Waltz 2015, Table 1 prints, where read. */
  public static EricRatings ratings() {
    return RatingsHolder.RATINGS;
  }

  private static final class Holder {
    static final Framework ERIC = FrameworkLoader.loadResource(EricFrameworks.class, "eric.json");
  }

  /** Apart from the framework, so that loading it needs no databind. */
  private static final class RatingsHolder {
    static final EricRatings RATINGS =
        ImpsciJson.readResource(EricFrameworks.class, "eric-ratings.json", EricRatings.class);
  }
}
