package org.impsci.assessment.spi;

import java.util.List;
import org.impsci.assessment.scoring.ScoredInstrument;

/**
 * Service interface through which a module contributes its bundled instruments, each with its
 * documented scoring, to {@link org.impsci.assessment.scoring.Instruments#bundled()}. A module
 * declares {@code provides org.impsci.assessment.spi.InstrumentProvider with ...} in its {@code
 * module-info.java} and lists the class in {@code
 * META-INF/services/org.impsci.assessment.spi.InstrumentProvider} for the class path.
 * Implementations need a public no-argument constructor and must be thread-safe.
 */
public interface InstrumentProvider {

  /** The instruments this provider bundles, loaded and validated. */
  List<ScoredInstrument> instruments();
}
