package org.impsci.outcomes.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.impsci.assessment.scoring.ScoredInstrument;
import org.impsci.assessment.spi.InstrumentProvider;
import org.impsci.outcomes.measures.MeasureOptions;
import org.impsci.outcomes.measures.OutcomeMeasure;

/** Contributes AIM, IAM, FIM and ORIC, under the documented defaults of their options. */
public final class OutcomesInstrumentProvider implements InstrumentProvider {

  /** Used by {@link java.util.ServiceLoader}. */
  public OutcomesInstrumentProvider() {}

  @Override
  public List<ScoredInstrument> instruments() {
    return Arrays.stream(OutcomeMeasure.values())
        .map(measure -> measure.scored(MeasureOptions.defaults()))
        .toList();
  }

  @Override
  public Map<String, Supplier<ScoredInstrument>> suppliers() {
    Map<String, Supplier<ScoredInstrument>> byId = new LinkedHashMap<>();
    for (OutcomeMeasure measure : OutcomeMeasure.values()) {
      byId.put(measure.id(), () -> measure.scored(MeasureOptions.defaults()));
    }
    return byId;
  }
}
