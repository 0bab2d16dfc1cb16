package org.impsci.assessment.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.impsci.assessment.ImpsciException;
import org.impsci.assessment.InputLocation;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.instrument.Response;
import org.impsci.assessment.internal.RuleViolation;
import org.impsci.assessment.internal.json.JacksonMessages;
import org.impsci.assessment.internal.json.SafeJson;

/**
 * The one configured Jackson {@link ObjectMapper} of impsci, and reading helpers that turn Jackson's
 * errors into {@link InvalidInputException}s naming the source, line, column and JSON path.
 *
 * <p>Safe settings: no polymorphic typing from input, unknown properties and duplicate keys are
 * errors, trailing tokens are errors, and the read constraints bound nesting depth, string and
 * number length. Empty optionals are left out when writing.
 */
public final class ImpsciJson {
  /** Deepest nesting accepted in input. */
  public static final int MAX_NESTING_DEPTH = 100;
  /** Longest string accepted in input, in characters. */
  public static final int MAX_STRING_LENGTH = 1_000_000;
  /** Longest number accepted in input, in characters. */
  public static final int MAX_NUMBER_LENGTH = 64;

  private static final ObjectMapper MAPPER = newMapper();

  private ImpsciJson() {}

  /**
   * The shared mapper: thread-safe, do not reconfigure it; call {@link #newMapper()} for a copy
   * of your own.
   */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** A new mapper with impsci's settings. */
  public static ObjectMapper newMapper() {
    return JsonMapper.builder(SafeJson.newFactory())
        .addModule(new Jdk8Module())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .serializationInclusion(JsonInclude.Include.NON_ABSENT)
        .build();
  }

  /**
   * Reads one value of the given type.
   *
   * @param in the JSON bytes (UTF-8, UTF-16 or UTF-32; closed after reading)
   * @param type the type to read
   * @param sourceName the file name or description used in error messages, and by a {@link
   *     Response}'s {@link Response#location()} for the messages of scoring it
   * @throws InvalidInputException if the JSON is malformed or does not fit the type
   */
  public static <T> T read(InputStream in, Class<T> type, String sourceName) {
    try (InputStream stream = in) {
      return located(MAPPER.readValue(stream, type), type, sourceName);
    } catch (JsonProcessingException e) {
      throw invalid(e, sourceName);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + sourceName, e);
    }
  }

  /**
   * Reads one value from a JSON resource bundled with a module, found as {@link
   * Class#getResourceAsStream(String)} finds it from {@code anchor}. On the module path the
   * anchor's package must be open to {@code org.impsci.assessment} (for example {@code opens
   * org.impsci.npt.nomad to com.fasterxml.jackson.databind, org.impsci.assessment;}).
   *
   * @throws ImpsciException if there is no such resource
   * @throws InvalidInputException if the JSON is malformed or does not fit the type
   */
  public static <T> T readResource(Class<?> anchor, String resourceName, Class<T> type) {
    return read(openResource(anchor, resourceName), type, resourceName);
  }

  /**
   * Opens a resource bundled with a module; see {@link #readResource(Class, String, Class)}.
   *
   * @throws ImpsciException if there is no such resource (or, on the module path, its package is
   *     not open to {@code org.impsci.assessment})
   */
  public static InputStream openResource(Class<?> anchor, String resourceName) {
    return SafeJson.openResource(anchor, resourceName);
  }

  /** Reads one value from a JSON string; see {@link #read(InputStream, Class, String)}. */
  public static <T> T read(String json, Class<T> type, String sourceName) {
    try {
      return located(MAPPER.readValue(json, type), type, sourceName);
    } catch (JsonProcessingException e) {
      throw invalid(e, sourceName);
    }
  }

  /** A response keeps where it was read, for the messages of scoring it. */
  private static <T> T located(T value, Class<T> type, String sourceName) {
    if (value instanceof Response response) {
      return type.cast(Response.builder().from(response).location(InputLocation.in(sourceName)).build());
    }
    return value;
  }

  /** Writes a value as JSON text. */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write " + value.getClass().getSimpleName(), e);
    }
  }

  /**
   * Turns a Jackson error into the library's own exception: the source, line and column, the JSON
   * path, and the message of the value type's own check where that is what failed.
   */
  public static InvalidInputException invalid(JsonProcessingException e, String sourceName) {
    InputLocation where = InputLocation.in(sourceName);
    JsonLocation loc = e.getLocation();
    if (loc != null && loc.getLineNr() > 0) {
      where = where.withLine(loc.getLineNr());
    }
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      where = where.withPath(path(mapping));
    }
    for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
      // A value type's own check or creator said what is wrong: keep its words, and put its
      // path (relative to the value) after Jackson's path to the value.
      if (t instanceof InvalidInputException inner) {
        return new InvalidInputException(
            below(where, inner.location().path().orElse("")),
            inner.problem(),
            inner.value().orElse(null),
            inner.allowed().orElse(null),
            e);
      }
      if (t instanceof RuleViolation rule) {
        return new InvalidInputException(below(where, rule.path()), rule.problem(), null, null, e);
      }
    }
    return new InvalidInputException(where, problem(e), null, null, e);
  }

  private static InputLocation below(InputLocation where, String relative) {
    if (relative.isEmpty()) {
      return where;
    }
    String outer = where.path().orElse("");
    String joiner = outer.isEmpty() || relative.startsWith("[") ? "" : ".";
    return where.withPath(outer + joiner + relative);
  }

  private static String problem(JsonProcessingException e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    if (root instanceof IllegalStateException || root instanceof IllegalArgumentException) {
      return root.getMessage();
    }
    return JacksonMessages.problem(e);
  }

  private static String path(JsonMappingException e) {
    StringBuilder s = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getIndex() >= 0) {
        s.append('[').append(ref.getIndex()).append(']');
      } else if (ref.getFieldName() != null) {
        if (s.length() > 0) {
          s.append('.');
        }
        s.append(ref.getFieldName());
      }
    }
    return s.toString();
  }
}
