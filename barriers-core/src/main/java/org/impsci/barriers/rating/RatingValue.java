package org.impsci.barriers.rating;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.impsci.assessment.InputLocation;
import org.impsci.assessment.InvalidInputException;

/**
 * A CFIR construct rating (Damschroder &amp; Lowery 2013, doi:10.1186/1748-5908-8-51): valence and
 * strength from -2 to +2, or one of the codes later studies add: X (mixed), M (missing), NA (not
 * applicable), and I or E (internal or external) for the source of the innovation.
 *
 * <p>Codes as written in files: {@code -2 -1 0 +1 +2} (also {@code 1}, {@code 2} and a Unicode
 * minus), {@code X}, {@code M}, {@code NA}, {@code I}, {@code E}, ignoring case.
 *
 * <p>Immutable and thread-safe.
 */
public enum RatingValue {
  /** Strongly negative: concrete examples from at least two interviewees. */
  MINUS_2("-2", -2),
  /** Weakly negative: general statements. */
  MINUS_1("-1", -1),
  /** Neutral: no influence, or positive and negative influences in balance. */
  ZERO("0", 0),
  /** Weakly positive: general statements. */
  PLUS_1("+1", 1),
  /** Strongly positive: concrete examples from at least two interviewees. */
  PLUS_2("+2", 2),
  /** Mixed: positive and negative influences that do not settle on one side. */
  MIXED("X", null),
  /** Missing: the construct did not come up. */
  MISSING("M", null),
  /** Not applicable to this site or study. */
  NOT_APPLICABLE("NA", null),
  /** Innovation source: developed inside the organisation. */
  INTERNAL("I", null),
  /** Innovation source: developed outside the organisation. */
  EXTERNAL("E", null);

  private static final String ALLOWED =
      Arrays.stream(values()).map(v -> v.code).collect(Collectors.joining(", "));

  private final String code;
  private final Integer score;

  RatingValue(String code, Integer score) {
    this.code = code;
    this.score = score;
  }

  /** The code as written in files, for example {@code +1} or {@code X}. */
  @JsonValue
  public String code() {
    return code;
  }

  /** The numeric rating, -2 to +2; empty for the letter codes. */
  public OptionalInt score() {
    return score == null ? OptionalInt.empty() : OptionalInt.of(score);
  }

  /** Whether this is one of the five ordinal ratings -2 to +2. */
  public boolean isOrdinal() {
    return score != null;
  }

  /** Whether this is the internal or external code of the innovation source. */
  public boolean isSourceCode() {
    return this == INTERNAL || this == EXTERNAL;
  }

  /** Every code, for error messages. */
  public static String allowedCodes() {
    return ALLOWED;
  }

  /** The value a code stands for; empty if it stands for none. */
  public static Optional<RatingValue> find(String text) {
    String t = text.trim().replace('\u2212', '-').toUpperCase(Locale.ROOT);
    String signed = t.matches("[12]") ? "+" + t : t;
    return Arrays.stream(values()).filter(v -> v.code.equals(signed)).findFirst();
  }

  /**
   * The value a code stands for.
   *
   * @throws InvalidInputException naming the place, the code and the allowed codes
   */
  public static RatingValue parse(String text, InputLocation where) {
    if (text.isBlank()) {
      throw new InvalidInputException(where, "the rating is blank", text, ALLOWED);
    }
    return find(text)
        .orElseThrow(() -> new InvalidInputException(where, "not a rating code", text, ALLOWED));
  }

  /** Reads a code in JSON. */
  @JsonCreator
  static RatingValue fromJson(String text) {
    return find(text)
        .orElseThrow(
            () -> new IllegalArgumentException(
                "'" + text + "' is not a rating code; allowed: " + ALLOWED));
  }
}
