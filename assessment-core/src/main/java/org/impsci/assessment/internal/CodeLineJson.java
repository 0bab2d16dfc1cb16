package org.impsci.assessment.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.Source;

/**
 * The JSON of the lines impsci adds to a REFI-QDA code's description for a construct's own sources
 * and aliases: one array on one line, {@code [{"citation":"...","doi":"...","locator":"..."}]}
 * with the fields of a framework's JSON, or {@code ["PS","abilities"]}. Written by jackson-core's
 * generator, which escapes line breaks and other control characters, so an array never spans two
 * lines whatever its text holds; read as {@link FrameworkJson} reads the same fields (unknown
 * fields, a source without a citation or a DOI with a resolver prefix are errors), except that
 * the value must be an array.
 */
public final class CodeLineJson extends JsonValueReader {

  private CodeLineJson(String json, String sourceName) {
    super(json.getBytes(StandardCharsets.UTF_8), sourceName);
  }

  /** The sources as a one-line JSON array; empty optionals are left out. */
  public static String writeSources(List<Source> sources) {
    return write(
        g -> {
          for (Source s : sources) {
            g.writeStartObject();
            g.writeStringField("citation", s.citation());
            if (s.doi().isPresent()) {
              g.writeStringField("doi", s.doi().get());
            }
            if (s.locator().isPresent()) {
              g.writeStringField("locator", s.locator().get());
            }
            g.writeEndObject();
          }
        });
  }

  /** Text values as a one-line JSON array. */
  public static String writeTexts(List<String> texts) {
    return write(
        g -> {
          for (String t : texts) {
            g.writeString(t);
          }
        });
  }

  /**
   * Reads an array of sources.
   *
   * @throws InvalidInputException naming {@code sourceName} and the JSON path if the text is not
   *     an array of valid sources
   */
  public static List<Source> readSources(String json, String sourceName) {
    CodeLineJson reader = new CodeLineJson(json, sourceName);
    return reader.document("array", () -> reader.array(k -> reader.source()));
  }

  /**
   * Reads an array of text.
   *
   * @throws InvalidInputException naming {@code sourceName} and the JSON path if the text is not
   *     an array of text
   */
  public static List<String> readTexts(String json, String sourceName) {
    CodeLineJson reader = new CodeLineJson(json, sourceName);
    return reader.document("array", () -> reader.array(k -> reader.requiredText()));
  }

  private <T> List<T> array(Element<T> element) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw mismatch("an array");
    }
    List<T> out = new ArrayList<>();
    elements(element, out::add);
    return out;
  }

  /** Writes the elements of an array. */
  private interface Elements {
    void write(JsonGenerator g) throws IOException;
  }

  private static String write(Elements elements) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = SafeJson.newFactory().createGenerator(out)) {
      g.writeStartArray();
      elements.write(g);
      g.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException("could not write JSON to a string", e);
    }
    return out.toString();
  }
}
