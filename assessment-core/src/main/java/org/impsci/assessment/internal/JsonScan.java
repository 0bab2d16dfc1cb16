package org.impsci.assessment.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One pass over a JSON document that records, for error messages, the line on which each node
 * starts and the id of each entry of the {@code constructs} array. Malformed input is scanned up to
 * the error, whose path is kept.
 */
public final class JsonScan {
  private static final Pattern CONSTRUCT = Pattern.compile("^constructs\\[(\\d+)]");

  private final Map<String, Long> lines = new HashMap<>();
  private final Map<Integer, String> constructIds = new HashMap<>();
  private String failurePath;

  private JsonScan() {}

  /** Scans a document with a parser from the given factory. */
  public static JsonScan of(byte[] json, JsonFactory factory) {
    JsonScan scan = new JsonScan();
    JsonParser p;
    try {
      p = factory.createParser(json);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot parse in-memory JSON", e);
    }
    try (p) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t != JsonToken.FIELD_NAME && !t.isStructEnd()) {
          scan.record(p, t);
        }
      }
    } catch (IOException e) {
      scan.failurePath = path(p.getParsingContext());
    }
    return scan;
  }

  private void record(JsonParser p, JsonToken t) throws IOException {
    JsonStreamContext ctx =
        t.isStructStart() ? p.getParsingContext().getParent() : p.getParsingContext();
    String path = path(ctx);
    lines.putIfAbsent(path, (long) p.currentTokenLocation().getLineNr());
    Matcher m = CONSTRUCT.matcher(path);
    if (t == JsonToken.VALUE_STRING && m.find() && path.equals(m.group() + ".id")) {
      constructIds.putIfAbsent(Integer.parseInt(m.group(1)), p.getText());
    }
  }

  /** The line on which the node at this path starts, or failing that its nearest enclosing node. */
  public OptionalLong line(String path) {
    String at = path;
    while (true) {
      Long line = lines.get(at);
      if (line != null) {
        return OptionalLong.of(line);
      }
      if (at.isEmpty()) {
        return OptionalLong.empty();
      }
      at = at.substring(0, Math.max(0, Math.max(at.lastIndexOf('.'), at.lastIndexOf('['))));
    }
  }

  /** The id of the construct that this path lies in, such as {@code constructs[3].parent}. */
  public Optional<String> constructId(String path) {
    Matcher m = CONSTRUCT.matcher(path);
    return m.find()
        ? Optional.ofNullable(constructIds.get(Integer.parseInt(m.group(1))))
        : Optional.empty();
  }

  /** The path of the node at which malformed input stopped the scan; empty if it did not. */
  public Optional<String> failurePath() {
    return Optional.ofNullable(failurePath);
  }

  private static String path(JsonStreamContext ctx) {
    if (ctx == null || ctx.inRoot()) {
      return "";
    }
    String outer = path(ctx.getParent());
    if (ctx.inArray()) {
      return outer + "[" + Math.max(ctx.getCurrentIndex(), 0) + "]";
    }
    String name = ctx.getCurrentName();
    if (name == null) {
      return outer;
    }
    return outer.isEmpty() ? name : outer + "." + name;
  }
}
