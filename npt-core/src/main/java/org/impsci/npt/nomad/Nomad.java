package org.impsci.npt.nomad;

import java.io.InputStream;
import org.impsci.assessment.ImpsciException;
import org.impsci.assessment.instrument.Instrument;
import org.impsci.assessment.io.ImpsciJson;

/**
 * The NoMAD survey (Rapley et al. 2018, doi:10.1186/s12874-018-0590-y; Finch et al. 2018,
 * doi:10.1186/s12874-018-0591-x): 20 construct items on the four NPT constructs, answered on a
 * 5-point agreement scale (Option A) or with one of three "not relevant" answers (Option B), and 3
 * general items on a 0-10 scale. Item prompts are impsci's paraphrases; see {@link
 * org.impsci.assessment.instrument.WordingOverlay} to show the official wording from a file of your
 * own.
 */
public final class Nomad {
  /** The instrument id. */
  public static final String ID = "nomad";

  private Nomad() {}

  /** The NoMAD instrument: items CO1-CO4, CP1-CP4, CA1-CA7, RM1-RM5, G1-G3; one scale per construct. */
  public static Instrument instrument() {
    return Holder.INSTRUMENT;
  }

  private static final class Holder {
    static final Instrument INSTRUMENT = load();

    private static Instrument load() {
      InputStream in = Nomad.class.getResourceAsStream("nomad.json");
      if (in == null) {
        throw new ImpsciException("the NoMAD resource nomad.json is missing from npt-core");
      }
      return ImpsciJson.read(in, Instrument.class, "nomad.json");
    }
  }
}
