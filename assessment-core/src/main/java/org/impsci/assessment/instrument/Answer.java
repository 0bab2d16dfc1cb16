package org.impsci.assessment.instrument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Objects;

/**
 * One answer to one item: a {@link Numeric} value, a {@link NonSubstantive} answer such as "not
 * relevant to my role", or {@link Missing}. The three are different things; none is coded as a
 * sentinel number.
 *
 * <p>In JSON an answer is a number, a string (the non-substantive code) or {@code null} (missing).
 *
 * <p>Its implementations are immutable and thread-safe.
 */
@JsonSerialize(using = AnswerJson.Writer.class)
@JsonDeserialize(using = AnswerJson.Reader.class)
public sealed interface Answer permits Answer.Numeric, Answer.NonSubstantive, Answer.Missing {

  /** A numeric answer. Whole numbers from 0 to 100 share one instance each. */
  static Answer of(double value) {
    int whole = (int) value;
    if (whole == value && whole >= 0 && whole < Numeric.SMALL.length) {
      return Numeric.SMALL[whole];
    }
    return new Numeric(value);
  }

  /** A named non-substantive answer, by its code (for example {@code not_relevant_role}). */
  static Answer nonSubstantive(String code) {
    return new NonSubstantive(code);
  }

  /** No answer. */
  static Answer missing() {
    return Missing.INSTANCE;
  }

  /** A numeric answer on the item's response scale. */
  record Numeric(double value) implements Answer {
    private static final Numeric[] SMALL = new Numeric[101];

    static {
      for (int i = 0; i < SMALL.length; i++) {
        SMALL[i] = new Numeric(i);
      }
    }

    /** Rejects NaN and infinities: they are not answers. */
    public Numeric {
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("an answer must be a finite number, got " + value);
      }
    }

    @Override
    public String toString() {
      return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
  }

  /** A named answer that is not a number, such as "not relevant at this stage". */
  record NonSubstantive(String code) implements Answer {
    /** Rejects blank codes. */
    public NonSubstantive {
      Objects.requireNonNull(code, "code");
      if (code.isBlank()) {
        throw new IllegalArgumentException("a non-substantive answer needs a code");
      }
    }

    @Override
    public String toString() {
      return code;
    }
  }

  /** No answer was given. */
  final class Missing implements Answer {
    static final Missing INSTANCE = new Missing();

    private Missing() {}

    @Override
    public String toString() {
      return "missing";
    }
  }
}
