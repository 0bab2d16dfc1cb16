package org.impsci.barriers.behaviour;

import org.impsci.assessment.framework.Framework;
import org.impsci.assessment.framework.FrameworkLoader;
import org.impsci.assessment.io.ImpsciJson;

/**
 * The bundled behaviour-change frameworks: the Theoretical Domains Framework, COM-B and the
 * Behaviour Change Wheel's intervention functions, each loaded once from its JSON resource and
 * validated, and the {@link #links()} between them. Definitions are this project's paraphrases,
 * with sources on every node.
 */
public final class BehaviourFrameworks {
  /** Id of the Theoretical Domains Framework, version 2. */
  public static final String TDF = "tdf-2";
  /** Id of the COM-B model. */
  public static final String COM_B = "com-b";
  /** Id of the Behaviour Change Wheel's intervention functions. */
  public static final String BCW = "bcw";

  /** TDF v2 constructs published in Cane et al. 2012 (doi:10.1186/1748-5908-7-37). */
  public static final int TDF_PUBLISHED_CONSTRUCTS = 84;

  private BehaviourFrameworks() {}

  /**
   * The Theoretical Domains Framework v2 (id {@code tdf-2}; Cane et al. 2012,
   * doi:10.1186/1748-5908-7-37, Table 2): 14 domains (kind {@code domain}) with their constructs
   * (kind {@code construct}).
   *
   * <p>A construct that the paper lists under several domains (professional confidence, beliefs,
   * identity, consequents) is one node per domain occurrence, its id qualified by the domain
   * ({@code beliefs-about-capabilities.professional-confidence}); occurrences share their label,
   * and {@link Tdf#occurrences(String)} finds them all.
   *
   * <p><b>Documented gap.</b> The resource holds 66 of the 84 constructs: only names confirmed
   * against the paper's table or a published tabulation of it are bundled. Missing are all
   * constructs of the domains {@code goals} and {@code emotion}, and five of the eleven constructs
   * of {@code social-influences}; see {@link Tdf#MISSING_CONSTRUCTS}.
   */
  public static Framework tdf() {
    return Holder.TDF;
  }

  /**
   * The COM-B model (id {@code com-b}; Michie et al. 2011, doi:10.1186/1748-5908-6-42): the six
   * components (kind {@code component}) in the order of {@link ComBComponent}.
   */
  public static Framework comB() {
    return Holder.COM_B;
  }

  /**
   * The nine intervention functions of the Behaviour Change Wheel (id {@code bcw}; Michie et al.
   * 2011, doi:10.1186/1748-5908-6-42), kind {@code intervention-function}, in the order of {@link
   * InterventionFunction}.
   */
  public static Framework bcw() {
    return Holder.BCW;
  }

  /**
   * The bundled links from TDF domains to COM-B components (Cane et al. 2012,
   * doi:10.1186/1748-5908-7-37) and from COM-B components to intervention functions (Michie et al.
   * 2011, doi:10.1186/1748-5908-6-42), loaded once.
   */
  public static BehaviourLinks links() {
    return LinksHolder.LINKS;
  }

  private static final class Holder {
    static final Framework TDF = FrameworkLoader.loadResource(BehaviourFrameworks.class, "tdf-2.json");
    static final Framework COM_B = FrameworkLoader.loadResource(BehaviourFrameworks.class, "com-b.json");
    static final Framework BCW = FrameworkLoader.loadResource(BehaviourFrameworks.class, "bcw.json");
  }

  /** Apart from the frameworks, so that loading them needs no databind. */
  private static final class LinksHolder {
    static final BehaviourLinks LINKS =
        ImpsciJson.readResource(BehaviourFrameworks.class, "links.json", BehaviourLinks.class);
  }
}
