package org.impsci.barriers;

import java.util.List;
import org.impsci.assessment.framework.Framework;
import org.impsci.barriers.behaviour.BehaviourFrameworks;
import org.impsci.barriers.cfir.CfirFrameworks;
import org.impsci.barriers.strategy.EricFrameworks;
import org.impsci.barriers.ticd.TicdFrameworks;

/**
 * The bundled barrier and strategy frameworks, each loaded once from its JSON resource.
 *
 * <p>Thread-safe: it has only static methods and immutable, lazily loaded data.
 */
public final class BarrierFrameworks {
  private BarrierFrameworks() {}

  /** Every bundled framework of this module, in id order. */
  public static List<Framework> all() {
    return List.of(
        BehaviourFrameworks.bcw(),
        CfirFrameworks.cfir20(),
        CfirFrameworks.cfir2009(),
        BehaviourFrameworks.comB(),
        EricFrameworks.eric(),
        BehaviourFrameworks.tdf(),
        TicdFrameworks.ticd());
  }
}
