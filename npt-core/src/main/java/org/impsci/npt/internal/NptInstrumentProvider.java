package org.impsci.npt.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.impsci.assessment.scoring.ScoredInstrument;
import org.impsci.assessment.spi.InstrumentProvider;
import org.impsci.npt.nomad.Nomad;
import org.impsci.npt.nomad.NomadScorer;

/** Contributes NoMAD, under the documented defaults of its options, to the instrument registry. */
public final class NptInstrumentProvider implements InstrumentProvider {

  /** Used by {@link java.util.ServiceLoader}. */
  public NptInstrumentProvider() {}

  @Override
  public List<ScoredInstrument> instruments() {
    return List.of(NomadScorer.withDefaults().scoredInstrument());
  }

  @Override
  public Map<String, Supplier<ScoredInstrument>> suppliers() {
    return Map.of(Nomad.ID, () -> NomadScorer.withDefaults().scoredInstrument());
  }
}
