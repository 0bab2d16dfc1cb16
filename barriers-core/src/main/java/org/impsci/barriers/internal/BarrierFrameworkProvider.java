package org.impsci.barriers.internal;

import java.util.List;
import org.impsci.assessment.framework.Framework;
import org.impsci.assessment.spi.FrameworkProvider;
import org.impsci.barriers.BarrierFrameworks;

/** Contributes the barrier and strategy frameworks to the framework registry. */
public final class BarrierFrameworkProvider implements FrameworkProvider {

  /** Used by {@link java.util.ServiceLoader}. */
  public BarrierFrameworkProvider() {}

  @Override
  public List<Framework> frameworks() {
    return BarrierFrameworks.all();
  }
}
