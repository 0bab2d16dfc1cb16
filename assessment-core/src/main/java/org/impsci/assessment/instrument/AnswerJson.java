package org.impsci.assessment.instrument;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.impsci.assessment.internal.NumberText;

/**
 * JSON form of {@link Answer}: a number, a string code, or null for missing. A string that is a
 * number by the rule a CSV cell is read with ({@link NumberText}; surrounding spaces dropped) is
 * that number, so {@code "4"} in JSON is {@code 4} in CSV.
 */
final class AnswerJson {
  private AnswerJson() {}

  /** Writes an answer. */
  static final class Writer extends StdSerializer<Answer> {
    private static final long serialVersionUID = 1L;

    /** Used by Jackson. */
    Writer() {
      super(Answer.class);
    }

    @Override
    public void serialize(Answer value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      if (value instanceof Answer.Numeric n) {
        gen.writeNumber(n.value());
      } else if (value instanceof Answer.NonSubstantive s) {
        gen.writeString(s.code());
      } else {
        gen.writeNull();
      }
    }
  }

  /** Reads an answer. */
  static final class Reader extends StdDeserializer<Answer> {
    private static final long serialVersionUID = 1L;

    /** Used by Jackson. */
    Reader() {
      super(Answer.class);
    }

    @Override
    public Answer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken t = p.currentToken();
      if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
        return Answer.of(p.getDoubleValue());
      }
      if (t == JsonToken.VALUE_STRING) {
        String code = p.getText();
        String trimmed = code.trim();
        if (!trimmed.isEmpty() && NumberText.looksNumeric(trimmed)) {
          return Answer.of(Double.parseDouble(trimmed));
        }
        if (code.isBlank()) {
          return (Answer) ctxt.handleWeirdStringValue(
              Answer.class, code, "a non-substantive answer code must not be blank");
        }
        return Answer.nonSubstantive(code);
      }
      return (Answer) ctxt.handleUnexpectedToken(
          Answer.class, t, p, "an answer is a number, a string code or null");
    }

    @Override
    public Answer getNullValue(DeserializationContext ctxt) {
      return Answer.missing();
    }
  }
}
