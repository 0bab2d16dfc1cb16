package org.impsci.qda;

import java.util.Locale;
import java.util.Optional;

/**
 * What {@code startPosition} and {@code endPosition} of a REFI-QDA {@code PlainTextSelection}
 * count. The standard says "characters" without saying which, and the programs differ: the two
 * units agree on text inside the Basic Multilingual Plane and part after the first character
 * outside it (most emoji, some CJK ideographs, historic scripts), which counts once as a code
 * point and twice as UTF-16 code units.
 *
 * <p>What is known of each program, and from where (see {@link #ofOrigin(String)}):
 *
 * <ul>
 *   <li><b>NVivo</b> (origins {@code NVivo for Windows 12.6}, {@code NVivo 14}, {@code NVivo 12
 *       For Mac}): UTF-16 code units, observed on a real NVivo 12.6 project with emoji whose
 *       selections after the first emoji are shifted by one per emoji when read as code points
 *       (impsci issue 16).
 *   <li><b>QualCoder</b> (origin {@code QualCoder 4.0 Beta} and earlier versions, always starting
 *       {@code QualCoder}): code points. Its REFI-QDA import takes the coded text as a Python
 *       slice of the source text between the two positions, and it stores positions as Python
 *       string indexes, converting them to Qt's UTF-16 positions only for display
 *       ({@code src/qualcoder/refi.py} and {@code helpers.py}, {@code doc_position_from_index}, in
 *       github:ccbogel/QualCoder as of August 2026). Python indexes strings by code point.
 *   <li><b>impsci</b> (origin {@code impsci} and a version): code points, as {@link
 *       org.impsci.assessment.coding.CodedSegment} counts.
 *   <li><b>Taguette</b> writes only codebooks ({@code .qdc}, origin {@code Taguette} and a
 *       version), so it has no positions.
 *   <li><b>ATLAS.ti</b> ({@code ATLAS.ti Win 23.4.0}) and <b>MAXQDA</b> ({@code MAXQDA 24
 *       (Release 24.7.0)}): not known. No public source or test file seen for this project says
 *       which unit they count in; {@link QdpxReader} reads their positions as code points and
 *       warns when a text holds characters outside the Basic Multilingual Plane.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public enum PositionUnit {
  /** Unicode code points: every character counts one. */
  CODE_POINTS,
  /** UTF-16 code units: a character outside the Basic Multilingual Plane counts two. */
  UTF16_CODE_UNITS;

  /**
   * The unit the program named by a project's {@code origin} attribute is known to count in, by
   * the start of the origin (ignoring case): {@code NVivo} counts UTF-16 code units; {@code
   * QualCoder} and {@code impsci} count code points; any other origin, or none, is not known.
   */
  public static Optional<PositionUnit> ofOrigin(String origin) {
    String o = origin.strip().toLowerCase(Locale.ROOT);
    if (o.startsWith("nvivo")) {
      return Optional.of(UTF16_CODE_UNITS);
    }
    if (o.startsWith("qualcoder") || o.startsWith("impsci")) {
      return Optional.of(CODE_POINTS);
    }
    return Optional.empty();
  }

  /** How the unit is named in messages. */
  String label() {
    return this == CODE_POINTS ? "code points" : "UTF-16 code units";
  }
}
