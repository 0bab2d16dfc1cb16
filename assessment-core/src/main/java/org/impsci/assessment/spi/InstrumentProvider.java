package org.impsci.assessment.spi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
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

  /**
   * This provider's instruments by id, each built when the registry first asks for it; by default
   * the built {@link #instruments()}. A provider whose instruments are costly to build overrides
   * this, so that using one instrument builds no other.
   */
  default Map<String, Supplier<ScoredInstrument>> suppliers() {
    Map<String, Supplier<ScoredInstrument>> byId = new LinkedHashMap<>();
    for (ScoredInstrument built : instruments()) {
      byId.put(built.id(), () -> built);
    }
    return byId;
  }
}
