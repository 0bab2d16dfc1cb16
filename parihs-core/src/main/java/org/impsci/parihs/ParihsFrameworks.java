package org.impsci.parihs;

import java.util.List;
import org.impsci.assessment.framework.Framework;
import org.impsci.assessment.framework.FrameworkLoader;
import org.impsci.assessment.io.ImpsciJson;

/**
 * The bundled PARIHS frameworks, each loaded once from its JSON resource and validated. The typed
 * handles {@link ParihsConstruct} and {@link org.impsci.parihs.iparihs.IParihsConstruct} name the
 * same ids; a test proves that enums and resources agree. Both are also found through {@link
 * org.impsci.assessment.framework.Frameworks#bundled()}.
 *
 * <p>Definitions are this project's paraphrases, never the published wording; each framework and
 * construct lists its sources (DOI, and the table where one was confirmed).
 *
 * <p>Thread-safe: it has only static methods and immutable, lazily loaded data.
 */
public final class ParihsFrameworks {
  /** Id of PARIHS. */
  public static final String PARIHS = "parihs";
  /** Id of i-PARIHS. */
  public static final String I_PARIHS = "i-parihs";

  private ParihsFrameworks() {}

  /**
   * PARIHS (id {@code parihs}; Kitson et al. 1998, doi:10.1136/qshc.7.3.149; Rycroft-Malone et al.
   * 2002, doi:10.1136/qhc.11.2.174; Kitson et al. 2008, doi:10.1186/1748-5908-3-1): 3 elements
   * (kind {@code element}: evidence, context, facilitation) and 11 sub-elements (kind {@code
   * sub-element}), with ids qualified by their element ({@code evidence.research}, {@code
   * context.receptive-context}, {@code facilitation.skills-and-attributes}).
   */
  public static Framework parihs() {
    return Holder.PARIHS;
  }

  /**
   * i-PARIHS (id {@code i-parihs}; Harvey &amp; Kitson 2016, doi:10.1186/s13012-016-0398-2): the
   * constructs innovation, recipients, context and facilitation (kind {@code construct}); context
   * at three levels (kind {@code level}: {@code context.local}, {@code context.organisational},
   * {@code context.external}); 7 innovation, 10 recipient, 6 local, 7 organisational and 5
   * external-system characteristics (kind {@code characteristic}; Table 3); and facilitation's
   * role and process (kind {@code aspect}) and its novice, experienced and expert facilitators
   * (kind {@code facilitator-level}; Table 4).
   *
   * <p>Culture appears at two levels with two ids, {@code context.local.culture} and {@code
   * context.organisational.culture} (aliases {@code local culture} and {@code organisational
   * culture}).
   */
  public static Framework iParihs() {
    return Holder.I_PARIHS;
  }

  /**
   * The low and high ends of each PARIHS sub-element's continuum, in this project's words: a
   * strength continuum for the 8 evidence and context sub-elements (Kitson et al. 2008, as
   * reproduced in doi:10.1186/s12913-020-5043-8, Table 1) and an appropriateness continuum, from
   * task-focused doing-for-others to holistic enabling, for the 3 facilitation sub-elements
   * (Kitson et al. 1998; Stetler et al. 2011, doi:10.1186/1748-5908-6-99, Table 1), in the
   * framework's order.
   */
  public static List<Continuum> continua() {
    return ContinuaHolder.CONTINUA;
  }

  private static final class Holder {
    static final Framework PARIHS = FrameworkLoader.loadResource(ParihsFrameworks.class, "parihs.json");
    static final Framework I_PARIHS =
        FrameworkLoader.loadResource(ParihsFrameworks.class, "i-parihs.json");
  }

  /** Apart from the frameworks, so that loading them needs no databind. */
  private static final class ContinuaHolder {
    static final List<Continuum> CONTINUA =
        List.of(
            ImpsciJson.readResource(ParihsFrameworks.class, "parihs-continua.json", Continuum[].class));
  }
}
