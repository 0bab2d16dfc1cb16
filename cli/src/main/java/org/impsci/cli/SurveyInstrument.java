package org.impsci.cli;

import org.impsci.assessment.scoring.Scorer;
import org.impsci.npt.nomad.NomadScorer;

/** The instruments {@code impsci score} knows, with their documented default scoring. */
enum SurveyInstrument {
  /** NoMAD under the defaults of {@link org.impsci.npt.nomad.NomadOptions}. */
  nomad {
    @Override
    Scorer scorer() {
      return NomadScorer.withDefaults().scorer();
    }
  };

  /** The kernel scorer of the instrument. */
  abstract Scorer scorer();
}
