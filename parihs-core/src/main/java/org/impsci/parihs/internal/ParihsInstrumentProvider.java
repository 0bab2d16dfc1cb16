package org.impsci.parihs.internal;

import java.util.List;
import org.impsci.assessment.scoring.ScoredInstrument;
import org.impsci.assessment.spi.InstrumentProvider;
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
}
