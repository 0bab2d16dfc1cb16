package org.impsci.parihs.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.impsci.assessment.scoring.ScoredInstrument;
import org.impsci.assessment.spi.InstrumentProvider;
import org.impsci.parihs.orca.Orca;
import org.impsci.parihs.orca.OrcaScorer;

/** Contributes ORCA and {@code orca-reduced}, under the developers' rules, to the instrument registry. */
public final class ParihsInstrumentProvider implements InstrumentProvider {

  /** Used by {@link java.util.ServiceLoader}. */
  public ParihsInstrumentProvider() {}

  @Override
  public List<ScoredInstrument> instruments() {
    return List.of(
        OrcaScorer.full().scoredInstrument(), OrcaScorer.reduced().scoredInstrument());
  }

  @Override
  public Map<String, Supplier<ScoredInstrument>> suppliers() {
    return Map.of(
        Orca.ID, () -> OrcaScorer.full().scoredInstrument(),
        Orca.REDUCED_ID, () -> OrcaScorer.reduced().scoredInstrument());
  }
}
