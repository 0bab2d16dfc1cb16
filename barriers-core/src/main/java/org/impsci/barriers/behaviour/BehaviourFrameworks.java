package org.impsci.barriers.behaviour;

import org.impsci.assessment.framework.Framework;
import org.impsci.assessment.framework.FrameworkLoader;
import org.impsci.assessment.io.ImpsciJson;

/**
 * The bundled behaviour-change frameworks: the Theoretical Domains Framework, COM-B and the
 * Behaviour Change Wheel's intervention functions, each loaded once from its JSON resource and
 * validated, and the {@link #links()} between them. Definitions are this project's paraphrases,
 * with sources on every node.
 *
 * <p>Thread-safe: it has only static methods and immutable, lazily loaded data.
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
   * <p>All 84 constructs of the paper's Table 2 are bundled. The paper counts a construct once for
   * each domain it lists it under; six constructs sit in two domains (professional confidence,
   * beliefs, identity, consequents, group identity, action planning). Each is one construct in two
   * domains, as the paper has it: one node per domain, its id qualified by the domain ({@code
   * beliefs-about-capabilities.professional-confidence}), the two nodes sharing label and
   * definition; {@link Tdf#occurrences(String)} finds both. So the 84 nodes carry 78 distinct
   * names.
   *
   * <p>Every construct cites Cane 2012 Table 2 and the published copies of version 2 that confirm
   * it (Atkins et al. 2017, Table 1; Seward et al. 2017, Table 1). Where the copies disagree with
   * Cane 2012 the sources say so: Seward adds coping strategies to skills, leaves identity out of
   * social/professional role and identity and implementation intention out of goals; this
   * project follows Cane 2012.
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
