package org.impsci.assessment.internal.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.regex.Pattern;

/**
 * Jackson's error text in impsci's words: no {@code [Source: ...; line: N, column: N]} block (the
 * library's own location says where), and the value types' names instead of Java class names (no
 * generated {@code ImmutableX$Json}).
 */
public final class JacksonMessages {
  private static final Pattern SOURCE_BLOCK =
      Pattern.compile("\\[Source: [^\\]]*?line: (\\d+), column: (\\d+)\\]");
  private static final Pattern GENERATED = Pattern.compile("\\b(?:[a-z]\\w*\\.)+Immutable(\\w+)(?:\\$Json)?");
  private static final Pattern QUALIFIED = Pattern.compile("\\b(?:[a-z]\\w*\\.)+([A-Z][\\w$]*)");

  private JacksonMessages() {}

  /** The problem Jackson reports, without its location block and Java package names. */
  public static String problem(JsonProcessingException e) {
    if (e instanceof UnrecognizedPropertyException unknown) {
      return "unknown field '" + unknown.getPropertyName() + "'";
    }
    return plain(e.getOriginalMessage());
  }

  /** Jackson text with its location blocks and Java package names taken out. */
  public static String plain(String text) {
    String s = SOURCE_BLOCK.matcher(String.valueOf(text)).replaceAll("line $1, column $2");
    s = GENERATED.matcher(s).replaceAll("$1");
    return QUALIFIED.matcher(s).replaceAll(m -> m.group(1).replace('$', '.'));
  }
}
