package org.impsci.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.impsci.assessment.scoring.Scorer;
import org.impsci.npt.nomad.Nomad;
import org.impsci.npt.nomad.NomadScorer;
import org.impsci.parihs.orca.Orca;
import org.impsci.parihs.orca.OrcaScorer;

/** The instruments {@code impsci score} knows, by instrument id, each with its documented scoring. */
final class SurveyInstrument {
  private static final Map<String, Supplier<Scorer>> SCORERS = new LinkedHashMap<>();
  /** Published alphas to compare with, where the instrument as scored is the one published. */
  private static final Map<String, Map<String, Double>> PUBLISHED_ALPHA =
      Map.of("nomad", Nomad.PUBLISHED_ALPHA, "orca", Orca.PUBLISHED_ALPHA);

  static {
    // NoMAD under the defaults of NomadOptions; ORCA under the ORCA developers' rules.
    SCORERS.put("nomad", () -> NomadScorer.withDefaults().scorer());
    SCORERS.put("orca", () -> OrcaScorer.full().scorer());
    SCORERS.put("orca-reduced", () -> OrcaScorer.reduced().scorer());
  }

  private SurveyInstrument() {}

  /** The scorer of an instrument id. */
  static Optional<Scorer> scorer(String id) {
    return Optional.ofNullable(SCORERS.get(id)).map(Supplier::get);
  }

  /** The published alphas of an instrument's scales; empty when none apply. */
  static Map<String, Double> publishedAlpha(String id) {
    return PUBLISHED_ALPHA.getOrDefault(id, Map.of());
  }

  /** The instrument ids, for usage help. */
  static final class Ids implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return new ArrayList<>(SCORERS.keySet()).iterator();
    }
  }
}
