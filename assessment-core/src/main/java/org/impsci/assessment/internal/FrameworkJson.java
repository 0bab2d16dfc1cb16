package org.impsci.assessment.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.io.NumberInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.impsci.assessment.ImmutableSource;
import org.impsci.assessment.InputLocation;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.Source;
import org.impsci.assessment.framework.Construct;
import org.impsci.assessment.framework.Framework;
import org.impsci.assessment.framework.ImmutableConstruct;
import org.impsci.assessment.framework.ImmutableFramework;

/**
 * Reads a {@link Framework} with jackson-core's streaming parser into the Immutables builders, so
 * that loading a framework needs no databind. It accepts what binding {@code Framework.class} with
 * {@code ImpsciJson.mapper()} accepts: the same parser settings ({@link SafeJson}), text from any
 * scalar, a whole number from a number (truncated toward zero) or from numeric text, and {@code
 * null} as an absent value. Each problem is an {@link InvalidInputException} with the source, line
 * and JSON path, naming the construct it lies in.
 */
public final class FrameworkJson {
  private static final JsonFactory FACTORY = SafeJson.newFactory();
  private static final String FRAMEWORK_FIELDS = "id, name, version, sources, constructs";
  private static final String CONSTRUCT_FIELDS =
      "id, label, definition, kind, parent, order, aliases, sources";
  private static final String SOURCE_FIELDS = "citation, doi, locator";

  private final JsonParser p;
  private final String sourceName;
  /** The line of each node that a rule of {@link FrameworkValidator} may name. */
  private final Map<String, Integer> lines = new HashMap<>();
  /** The object of the construct being read, and its id once read; null outside a construct. */
  private JsonStreamContext construct;
  private String constructId;

  private FrameworkJson(JsonParser p, String sourceName) {
    this.p = p;
    this.sourceName = sourceName;
  }

  /**
   * Reads and validates a framework.
   *
   * @throws InvalidInputException if the JSON is malformed or the framework is invalid
   */
  public static Framework read(byte[] json, String sourceName) {
    try (JsonParser p = FACTORY.createParser(json)) {
      FrameworkJson reader = new FrameworkJson(p, sourceName);
      try {
        return reader.framework();
      } catch (JsonProcessingException e) {
        throw reader.fail(e.getOriginalMessage(), null, e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + sourceName, e);
    }
  }

  private Framework framework() throws IOException {
    if (p.nextToken() == null) {
      throw fail("the input is empty", null, null);
    }
    object();
    ImmutableFramework.Builder b = ImmutableFramework.builder();
    for (String name = nextField(); name != null; name = nextField()) {
      lines.putIfAbsent(name, line());
      switch (name) {
        case "id" -> text(b::id);
        case "name" -> text(b::name);
        case "version" -> text(b::version);
        case "sources" -> elements(k -> source(), b::addSources);
        case "constructs" -> elements(this::construct, b::addConstructs);
        default -> throw unknown(name, FRAMEWORK_FIELDS);
      }
    }
    if (p.nextToken() != null) {
      throw fail("unexpected content after the framework", null, null);
    }
    return build(b::build, "");
  }

  private Construct construct(int i) throws IOException {
    String at = "constructs[" + i + "]";
    lines.put(at, line());
    object();
    construct = p.getParsingContext();
    ImmutableConstruct.Builder b = ImmutableConstruct.builder();
    for (String name = nextField(); name != null; name = nextField()) {
      lines.putIfAbsent(at + "." + name, line());
      switch (name) {
        case "id" -> text(id -> b.id(constructId = id));
        case "label" -> text(b::label);
        case "definition" -> text(b::definition);
        case "kind" -> text(b::kind);
        case "parent" -> text(b::parent);
        case "order" -> integer(b::order);
        case "aliases" -> elements(k -> alias(at, k), b::addAliases);
        case "sources" -> elements(k -> source(), b::addSources);
        default -> throw unknown(name, CONSTRUCT_FIELDS);
      }
    }
    construct = null; // read to its end: no id to look ahead for
    Construct c = build(b::build, at);
    constructId = null;
    return c;
  }

  private String alias(String at, int k) throws IOException {
    lines.put(at + ".aliases[" + k + "]", line());
    String alias = text();
    if (alias == null) {
      throw mismatch("text");
    }
    return alias;
  }

  private Source source() throws IOException {
    object();
    String at = path(p.getParsingContext().getParent());
    lines.put(at, line());
    ImmutableSource.Builder b = ImmutableSource.builder();
    for (String name = nextField(); name != null; name = nextField()) {
      switch (name) {
        case "citation" -> text(b::citation);
        case "doi" -> text(b::doi);
        case "locator" -> text(b::locator);
        default -> throw unknown(name, SOURCE_FIELDS);
      }
    }
    return build(b::build, at);
  }

  /** Checks that the current token starts an object, whose fields {@link #nextField()} reads. */
  private void object() throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw mismatch("an object");
    }
  }

  /** The name of the next field, with the parser moved to its value; null at the object's end. */
  private String nextField() throws IOException {
    if (p.nextToken() != JsonToken.FIELD_NAME) {
      return null;
    }
    String name = p.currentName();
    p.nextToken();
    return name;
  }

  /** Builds a value; a broken rule is reported at its path, relative to {@code at}. */
  private <T> T build(Supplier<T> build, String at) {
    try {
      return build.get();
    } catch (FrameworkViolation v) {
      String path = v.path().startsWith("[") || at.isEmpty() ? at + v.path() : at + "." + v.path();
      throw located(path, v.problem(), v);
    } catch (IllegalStateException e) {
      throw located(at, prefix(null) + e.getMessage(), e);
    }
  }

  /** A problem at a node read earlier, on the line where that node or its nearest parent starts. */
  private InvalidInputException located(String path, String problem, RuntimeException cause) {
    InputLocation where = InputLocation.in(sourceName);
    where = path.isEmpty() ? where : where.withPath(path);
    for (String at = path; ; at = at.substring(0, Math.max(0, lastStep(at)))) {
      Integer line = lines.get(at);
      if (line != null) {
        where = where.withLine(line);
        break;
      }
      if (at.isEmpty()) {
        break;
      }
    }
    return new InvalidInputException(where, problem, null, null, cause);
  }

  private static int lastStep(String path) {
    return Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
  }

  private void text(Consumer<String> to) throws IOException {
    String s = text();
    if (s != null) {
      to.accept(s);
    }
  }

  /** Text from any scalar, as databind's string binding coerces it; null for {@code null}. */
  private String text() throws IOException {
    JsonToken t = p.currentToken();
    if (!t.isScalarValue()) {
      throw mismatch("text");
    }
    return p.getValueAsString();
  }

  /** A whole number, as databind binds an {@code int}. */
  private void integer(IntConsumer to) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      to.accept(p.getIntValue());
      return;
    }
    String s = t == JsonToken.VALUE_STRING ? p.getText().trim() : "";
    try {
      if (s.length() > 9) {
        long n = NumberInput.parseLong(s);
        if (n == (int) n) {
          to.accept((int) n);
          return;
        }
      } else if (!s.isEmpty() && !s.equals("null")) {
        to.accept(NumberInput.parseInt(s));
        return;
      }
    } catch (NumberFormatException e) {
      // not a whole number: reported below
    }
    throw mismatch("a whole number");
  }

  private <T> void elements(Element<T> element, Consumer<T> to) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return;
    }
    if (t != JsonToken.START_ARRAY) {
      throw mismatch("an array");
    }
    for (int k = 0; p.nextToken() != JsonToken.END_ARRAY; k++) {
      to.accept(element.read(k));
    }
  }

  /** Reads the array element at the current token. */
  private interface Element<T> {
    T read(int index) throws IOException;
  }

  private InvalidInputException unknown(String name, String allowed) {
    return fail("unknown property '" + name + "'", allowed, null);
  }

  private InvalidInputException mismatch(String expected) throws IOException {
    JsonToken t = p.currentToken();
    String found =
        switch (t) {
          case START_ARRAY -> "an array";
          case START_OBJECT -> "an object";
          case VALUE_STRING -> "the text \"" + shorten(p.getText()) + "\"";
          case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + shorten(p.getText());
          default -> t.asString();
        };
    return fail("expected " + expected + ", found " + found, null, null);
  }

  private static String shorten(String s) {
    return s.length() <= 60 ? s : s.substring(0, 60) + "...";
  }

  /**
   * A problem at the current token (for a parse error, where the parser stopped), naming the
   * construct it lies in.
   */
  private InvalidInputException fail(String problem, String allowed, JsonProcessingException e) {
    JsonToken t = p.currentToken();
    JsonStreamContext ctx = p.getParsingContext();
    String path = path(e == null && t != null && t.isStructStart() ? ctx.getParent() : ctx);
    InputLocation where = InputLocation.in(sourceName);
    where = path.isEmpty() ? where : where.withPath(path);
    long line = e != null && e.getLocation() != null ? e.getLocation().getLineNr() : line();
    where = line > 0 ? where.withLine(line) : where;
    String prefix = prefix(e);
    return new InvalidInputException(where, prefix + problem, null, allowed, e);
  }

  private String prefix(JsonProcessingException e) {
    if (construct != null && constructId == null
        && (e == null || e instanceof InputCoercionException)) {
      constructId = idAhead();
    }
    return constructId == null ? "" : "construct '" + constructId + "': ";
  }

  /** The id of the construct being read from the rest of its object, for a message. */
  private String idAhead() {
    try {
      p.skipChildren();
      while (p.getParsingContext() != construct) {
        if (p.nextToken() == null) {
          return null;
        }
        p.skipChildren();
      }
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (name.equals("id") && value.isScalarValue() && value != JsonToken.VALUE_NULL) {
          return p.getValueAsString();
        }
        p.skipChildren();
      }
    } catch (IOException e) {
      // malformed further on: no id to add
    }
    return null;
  }

  private int line() {
    return p.currentTokenLocation().getLineNr();
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
