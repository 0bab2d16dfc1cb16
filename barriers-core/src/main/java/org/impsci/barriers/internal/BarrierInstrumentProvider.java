package org.impsci.barriers.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
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

  /** pCAT by id, built only when asked for: its item table is read with Jackson databind. */
  @Override
  public Map<String, Supplier<ScoredInstrument>> suppliers() {
    return Map.of(Pcat.ID, Pcat::scoredInstrument);
  }
}
