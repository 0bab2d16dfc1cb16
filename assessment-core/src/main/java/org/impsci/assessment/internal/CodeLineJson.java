package org.impsci.assessment.internal;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.Source;
import org.impsci.assessment.internal.json.JsonValueReader;

/**
 * Reads the JSON of the lines impsci adds to a REFI-QDA code's description for a construct's own
 * sources and aliases: one array on one line, {@code [{"citation":"...","doi":"...","locator":
 * "..."}]} with the fields of a framework's JSON, or {@code ["PS","abilities"]}, as {@code
 * ImpsciJson.write} writes them (escaping line breaks, so an array never spans two lines). Read as
 * {@code framework.FrameworkJson} reads the same fields (unknown fields, a source without a citation or a
 * DOI with a resolver prefix are errors), except that the value must be an array.
 */
public final class CodeLineJson extends JsonValueReader {

  private CodeLineJson(String json, String sourceName) {
    super(json.getBytes(StandardCharsets.UTF_8), sourceName);
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
}
