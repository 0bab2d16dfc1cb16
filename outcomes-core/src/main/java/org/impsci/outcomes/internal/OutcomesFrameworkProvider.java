package org.impsci.outcomes.internal;

import java.util.List;
import org.impsci.assessment.framework.Framework;
import org.impsci.assessment.spi.FrameworkProvider;
import org.impsci.outcomes.OutcomeFrameworks;

/** Contributes Proctor's implementation outcomes and PRISM's contextual domains to the registry. */
public final class OutcomesFrameworkProvider implements FrameworkProvider {

  /** Used by {@link java.util.ServiceLoader}. */
  public OutcomesFrameworkProvider() {}

  @Override
  public List<Framework> frameworks() {
    return List.of(OutcomeFrameworks.proctor(), OutcomeFrameworks.prism());
  }
}
