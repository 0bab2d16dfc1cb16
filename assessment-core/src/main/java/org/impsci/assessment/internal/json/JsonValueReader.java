package org.impsci.assessment.internal.json;

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
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.impsci.assessment.InputLocation;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.Source;
import org.impsci.assessment.internal.RuleViolation;

/**
 * What the streaming readers of impsci's value types ({@code framework.FrameworkJson}, {@link
 * InstrumentJson}) share: jackson-core's parser with {@link SafeJson}'s settings, values read as
 * binding with {@code ImpsciJson.mapper()} reads them (any scalar as text, {@code null} as an
 * absent value, numbers and booleans coerced from text as databind coerces them), {@link Source}s,
 * and errors that name the source, the line, the JSON path and the named value (a construct, an
 * item, a group) they lie in.
 *
 * <p>A subclass reads the fields of each object with {@link #nextField()}, hands each value to
 * one of the value readers here and builds the value with {@link #build(Supplier, String)}, so that
 * a broken rule ({@link RuleViolation}, or an {@link IllegalArgumentException} of the value's own
 * check) is reported where the offending node is.
 */
public abstract class JsonValueReader {
  private static final JsonFactory FACTORY = SafeJson.newFactory();
  private static final String SOURCE_FIELDS = "citation, doi, locator, quote";

  /** The parser, positioned at the token being read. */
  protected final JsonParser p;

  private final String sourceName;
  /** The line of each node read so far, by JSON path; a broken rule is reported there. */
  private final Map<String, Integer> lines = new HashMap<>();
  /** What the named value being read is ("construct", "item"); null outside one. */
  private String entityKind;
  /** The object of the named value being read, while it is read; null once read to its end. */
  private JsonStreamContext entity;
  /** The id of the named value being read, once known. */
  private String entityId;

  protected JsonValueReader(byte[] json, String sourceName) {
    try {
      this.p = FACTORY.createParser(json);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + sourceName, e);
    }
    this.sourceName = sourceName;
  }

  /** Reads the value at the current token. */
  protected interface Reading<T> {
    T read() throws IOException;
  }

  /**
   * Reads the document's one value with {@code root}: it must be there, and nothing may follow
   * it.
   *
   * @param what what the value is, for a message ({@code "framework"})
   * @throws InvalidInputException if the JSON is malformed or the value is invalid
   */
  protected final <T> T document(String what, Reading<T> root) {
    try (p) {
      try {
        if (p.nextToken() == null) {
          throw fail("the input is empty", null, null);
        }
        lines.put("", line());
        T value = root.read();
        if (p.nextToken() != null) {
          throw fail("unexpected content after the " + what, null, null);
        }
        return value;
      } catch (JsonProcessingException e) {
        throw fail(JacksonMessages.problem(e), null, e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + sourceName, e);
    }
  }

  /**
   * Starts a named value (a construct, an item) at the current token, an object: until its id is
   * read ({@link #named(String)}), a message about it looks ahead in the object for the id.
   */
  protected final void enter(String kind) throws IOException {
    object();
    entityKind = kind;
    entity = p.getParsingContext();
    entityId = null;
  }

  /** The id of the named value being read, for messages; returns it. */
  protected final String named(String id) {
    entityId = id;
    return id;
  }

  /** Builds the named value being read, its object read to its end; see {@link #build}. */
  protected final <T> T leave(Supplier<T> build, String at) {
    entity = null; // read to its end: no id to look ahead for
    T value = build(build, at);
    entityKind = null;
    entityId = null;
    return value;
  }

  /** Checks that the current token starts an object, whose fields {@link #nextField()} reads. */
  protected final void object() throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw mismatch("an object");
    }
  }

  /**
   * The name of the next field, with the parser moved to its value and the value's line noted;
   * null at the object's end.
   */
  protected final String nextField() throws IOException {
    if (p.nextToken() != JsonToken.FIELD_NAME) {
      return null;
    }
    String name = p.currentName();
    p.nextToken();
    lines.putIfAbsent(here(), line());
    return name;
  }

  /** Builds a value; a broken rule is reported at its path, relative to {@code at}. */
  protected final <T> T build(Supplier<T> build, String at) {
    try {
      return build.get();
    } catch (RuleViolation v) {
      String path = v.path().startsWith("[") || at.isEmpty() ? at + v.path() : at + "." + v.path();
      throw located(path, about(v.problem()), v);
    } catch (IllegalArgumentException e) {
      throw located(at, about(e.getMessage()), e);
    }
  }

  /** A value's own problem, after the named value it lies in unless it names its id already. */
  private String about(String problem) {
    String prefix = prefix(null);
    return problem.contains("'" + entityId + "'") ? problem : prefix + problem;
  }

  /** The JSON path of the current token, as messages name it ({@code constructs[3].parent}). */
  protected final String here() {
    JsonStreamContext ctx = p.getParsingContext();
    JsonToken t = p.currentToken();
    return path(t != null && t.isStructStart() ? ctx.getParent() : ctx);
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

  /** Text, if the value is not {@code null}; see {@link #text()}. */
  protected final void text(Consumer<String> to) throws IOException {
    String s = text();
    if (s != null) {
      to.accept(s);
    }
  }

  /** Text from any scalar, as databind's string binding coerces it; null for {@code null}. */
  protected final String text() throws IOException {
    JsonToken t = p.currentToken();
    if (!t.isScalarValue()) {
      throw mismatch("text");
    }
    return p.getValueAsString();
  }

  /** Text that may not be {@code null}: an element of a list of text or a value of a map. */
  protected final String requiredText() throws IOException {
    String s = text();
    if (s == null) {
      throw mismatch("text");
    }
    return s;
  }

  /** An array of text, {@code null} as no array; no element may be {@code null}. */
  protected final void texts(Consumer<String> to) throws IOException {
    elements(k -> requiredText(), to);
  }

  /** A whole number, as databind binds an {@code int}. */
  protected final void integer(IntConsumer to) throws IOException {
    if (p.currentToken().isNumeric()) {
      to.accept(p.getIntValue());
      return;
    }
    String s = numericText();
    try {
      if (s != null && s.length() > 9) {
        long n = NumberInput.parseLong(s);
        if (n == (int) n) {
          to.accept((int) n);
          return;
        }
      } else if (s != null) {
        to.accept(NumberInput.parseInt(s));
        return;
      }
    } catch (NumberFormatException e) {
      // not a whole number: reported below
    }
    throw mismatch("a whole number");
  }

  /**
   * A number, as databind binds a {@code double}: from a number, or from text as {@link
   * Double#parseDouble(String)} reads it (infinite and not-a-number values included).
   */
  protected final void decimal(DoubleConsumer to) throws IOException {
    if (p.currentToken().isNumeric()) {
      to.accept(p.getDoubleValue());
      return;
    }
    String s = numericText();
    try {
      if (s != null) {
        to.accept(Double.parseDouble(s));
        return;
      }
    } catch (NumberFormatException e) {
      // not a number: reported below
    }
    throw mismatch("a number");
  }

  /**
   * The trimmed text of a string value, which databind reads a number from; null for any other
   * value, for blank text and for the text {@code null}.
   */
  private String numericText() throws IOException {
    String s = p.currentToken() == JsonToken.VALUE_STRING ? p.getText().trim() : "";
    return s.isEmpty() || s.equals("null") ? null : s;
  }

  /**
   * A boolean, as databind binds a {@code boolean}: {@code true} or {@code false}, a whole number
   * (0 is false, any other true), or the text true, True, TRUE, false, False or FALSE.
   */
  protected final void bool(Consumer<Boolean> to) throws IOException {
    switch (p.currentToken()) {
      case VALUE_TRUE -> to.accept(true);
      case VALUE_FALSE -> to.accept(false);
      case VALUE_NUMBER_INT ->
          to.accept(
              p.getNumberType() == JsonParser.NumberType.INT
                  ? p.getIntValue() != 0
                  : !"0".equals(p.getText()));
      case VALUE_STRING -> {
        String s = p.getText().trim();
        if (s.equals("true") || s.equals("True") || s.equals("TRUE")) {
          to.accept(true);
        } else if (s.equals("false") || s.equals("False") || s.equals("FALSE")) {
          to.accept(false);
        } else {
          throw mismatch("true or false");
        }
      }
      default -> throw mismatch("true or false");
    }
  }

  /** A constant of an enum by its name (surrounding white space ignored), if not {@code null}. */
  protected final <E extends Enum<E>> void constant(Class<E> type, Consumer<E> to) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return;
    }
    if (t == JsonToken.VALUE_STRING) {
      String name = p.getText().trim();
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(name)) {
          to.accept(e);
          return;
        }
      }
    }
    StringBuilder names = new StringBuilder();
    for (E e : type.getEnumConstants()) {
      names.append(names.length() == 0 ? "" : " or ").append(e.name());
    }
    throw mismatch(names.toString());
  }

  /** An object read with {@code value}, if not {@code null}. */
  protected final <T> void nested(Reading<T> value, Consumer<T> to) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NULL) {
      to.accept(value.read());
    }
  }

  /** The elements of an array, each read with {@code element}; {@code null} as no array. */
  protected final <T> void elements(Element<T> element, Consumer<T> to) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return;
    }
    if (t != JsonToken.START_ARRAY) {
      throw mismatch("an array");
    }
    for (int k = 0; p.nextToken() != JsonToken.END_ARRAY; k++) {
      lines.putIfAbsent(here(), line());
      to.accept(element.read(k));
    }
  }

  /** Reads the array element at the current token. */
  protected interface Element<T> {
    T read(int index) throws IOException;
  }

  /** A {@link Source}, at the current token. */
  protected final Source source() throws IOException {
    object();
    String at = here();
    Source.Builder b = Source.builder();
    for (String name = nextField(); name != null; name = nextField()) {
      switch (name) {
        case "citation" -> text(b::citation);
        case "doi" -> text(b::doi);
        case "locator" -> text(b::locator);
        case "quote" -> text(b::quote);
        default -> throw unknown(name, SOURCE_FIELDS);
      }
    }
    return build(b::build, at);
  }

  /** An array of {@link Source}s, {@code null} as none. */
  protected final void sources(Consumer<Source> to) throws IOException {
    elements(k -> source(), to);
  }

  /** An unknown property, naming the allowed ones. */
  protected final InvalidInputException unknown(String name, String allowed) {
    return fail("unknown property '" + name + "'", allowed, null);
  }

  /** A value of the wrong type at the current token. */
  protected final InvalidInputException mismatch(String expected) throws IOException {
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
   * named value it lies in.
   */
  protected final InvalidInputException fail(String problem, String allowed, JsonProcessingException e) {
    String path = e == null ? here() : path(p.getParsingContext());
    InputLocation where = InputLocation.in(sourceName);
    where = path.isEmpty() ? where : where.withPath(path);
    long line = e != null && e.getLocation() != null ? e.getLocation().getLineNr() : line();
    where = line > 0 ? where.withLine(line) : where;
    String prefix = prefix(e);
    return new InvalidInputException(where, prefix + problem, null, allowed, e);
  }

  private String prefix(JsonProcessingException e) {
    if (entity != null && entityId == null
        && (e == null || e instanceof InputCoercionException)) {
      entityId = idAhead();
    }
    return entityId == null ? "" : entityKind + " '" + entityId + "': ";
  }

  /** The id of the named value being read from the rest of its object, for a message. */
  private String idAhead() {
    try {
      p.skipChildren();
      while (p.getParsingContext() != entity) {
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
