package org.impsci.assessment;

import org.impsci.assessment.framework.Framework;
import org.impsci.assessment.framework.Frameworks;
import org.impsci.assessment.scoring.Instruments;
import org.impsci.assessment.scoring.ScoredInstrument;
import org.impsci.assessment.survey.SurveyReading;

/**
 * The front door: everything on the module or class path, found by id. For example {@code
 * Impsci.instrument("nomad").scorer()}, {@code Impsci.framework("cfir-2.0")}, or {@code
 * Impsci.survey("nomad").groupBy("site").lenient().read(path)}. What it returns comes from the
 * registries ({@link Frameworks#bundled()}, {@link Instruments#bundled()}); thread-safe.
 */
public final class Impsci {
  private Impsci() {}

  /** Every framework on the module or class path. */
  public static Frameworks frameworks() {
    return Frameworks.bundled();
  }

  /**
   * The framework with this id.
   *
   * @throws ImpsciException if there is none, listing the known ids
   */
  public static Framework framework(String id) {
    return Frameworks.bundled().get(id);
  }

  /** Every instrument on the module or class path, each with its documented scoring. */
  public static Instruments instruments() {
    return Instruments.bundled();
  }

  /**
   * The instrument with this id, with its documented scoring.
   *
   * @throws ImpsciException if there is none, listing the known ids
   */
  public static ScoredInstrument instrument(String id) {
    return Instruments.bundled().get(id);
  }

  /**
   * A reading of survey exports of the instrument with this id, under its documented rules and
   * the defaults of {@link SurveyReading}.
   *
   * @throws ImpsciException if there is no such instrument, listing the known ids
   */
  public static SurveyReading survey(String instrumentId) {
    return survey(instrument(instrumentId));
  }

  /** A reading of survey exports of an instrument, for example a user's own. */
  public static SurveyReading survey(ScoredInstrument instrument) {
    return SurveyReading.of(instrument.scorer());
  }
}
