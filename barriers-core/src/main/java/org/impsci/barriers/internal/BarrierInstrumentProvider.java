package org.impsci.barriers.internal;

import java.util.List;
import org.impsci.assessment.scoring.ScoredInstrument;
import org.impsci.assessment.spi.InstrumentProvider;
import org.impsci.barriers.pcat.Pcat;

/** Contributes pCAT, which has no scales and so is never scored as a total, to the registry. */
public final class BarrierInstrumentProvider implements InstrumentProvider {

  /** Used by {@link java.util.ServiceLoader}. */
  public BarrierInstrumentProvider() {}

  @Override
  public List<ScoredInstrument> instruments() {
    return List.of(Pcat.scoredInstrument());
  }
}
