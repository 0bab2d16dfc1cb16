package org.impsci.assessment.framework;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import org.impsci.assessment.ImpsciException;
import org.impsci.assessment.InputLocation;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.internal.FrameworkViolation;
import org.impsci.assessment.internal.JsonScan;
import org.impsci.assessment.io.ImpsciJson;

/**
 * Reads a {@link Framework} from JSON and validates it. Bundled frameworks and a user's own
 * framework or taxonomy go through the same code.
 *
 * <p>The format is exactly the JSON form of {@link Framework} and {@link Construct}, as {@link
 * ImpsciJson#write(Object)} writes it. Unknown properties and duplicate keys are errors; {@code
 * parent}, {@code aliases} and a construct's {@code sources} may be left out; a UTF-8 byte-order
 * mark is allowed. For example:
 *
 * <pre>{@code
 * {
 *   "id": "toy",
 *   "name": "A toy framework",
 *   "version": "2024",
 *   "sources": [{"citation": "Doe 2024", "doi": "10.1000/toy", "locator": "Table 1"}],
 *   "constructs": [
 *     {"id": "people", "label": "People", "definition": "Who takes part.",
 *      "kind": "domain", "order": 1},
 *     {"id": "people.skills", "label": "Skills", "definition": "What they can do.",
 *      "kind": "construct", "parent": "people", "order": 1, "aliases": ["PS"]}
 *   ]
 * }
 * }</pre>
 *
 * <p>Every problem is an {@link InvalidInputException} whose location has the source name, the
 * line and the JSON path (such as {@code constructs[3].parent}) and whose message names the
 * offending construct, for example {@code toy.json, line 12, at constructs[3].parent: construct
 * 'x' names parent 'y', which does not exist}.
 */
public final class FrameworkLoader {
  private FrameworkLoader() {}

  /**
   * Reads and validates a framework.
   *
   * @param in the JSON bytes (closed after reading)
   * @param sourceName the file name or description used in error messages
   * @throws InvalidInputException if the JSON is malformed or the framework is invalid
   */
  public static Framework load(InputStream in, String sourceName) {
    byte[] json;
    try (InputStream stream = in) {
      json = stream.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + sourceName, e);
    }
    try {
      return ImpsciJson.mapper().readValue(json, Framework.class);
    } catch (JsonProcessingException e) {
      throw explain(e, json, sourceName);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + sourceName, e);
    }
  }

  /**
   * Reads and validates a framework from a file, named in error messages by its path.
   *
   * @throws InvalidInputException if the JSON is malformed or the framework is invalid
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Framework load(Path file) {
    try {
      return load(Files.newInputStream(file), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
  }

  /**
   * Reads and validates a framework bundled as a resource, found as {@link
   * Class#getResourceAsStream(String)} finds it (relative to the anchor's package unless it starts
   * with {@code /}). A module loads its own frameworks this way; on the module path the anchor's
   * package must be open to {@code org.impsci.assessment}.
   *
   * @throws ImpsciException if there is no such resource
   * @throws InvalidInputException if the JSON is malformed or the framework is invalid
   */
  public static Framework loadResource(Class<?> anchor, String resourceName) {
    return load(ImpsciJson.openResource(anchor, resourceName), resourceName);
  }

  private static InvalidInputException explain(
      JsonProcessingException e, byte[] json, String sourceName) {
    JsonScan scan = JsonScan.of(json, ImpsciJson.mapper().getFactory());
    InvalidInputException jackson = ImpsciJson.invalid(e, sourceName);
    Optional<String> jacksonPath = jackson.location().path();
    Optional<FrameworkViolation> violation = violation(e);
    if (violation.isPresent()) {
      String path = join(jacksonPath.orElse(""), violation.get().path());
      InputLocation where = InputLocation.in(sourceName).withPath(path);
      OptionalLong line = scan.line(path);
      if (line.isPresent()) {
        where = where.withLine(line.getAsLong());
      }
      return new InvalidInputException(where, violation.get().problem(), null, null, e);
    }
    // A parse error has no databind path, or only the enclosing one; the scan stopped right there.
    boolean parseError =
        e instanceof StreamReadException || e.getCause() instanceof StreamReadException;
    String path =
        (parseError ? scan.failurePath().or(() -> jacksonPath) : jacksonPath).orElse("");
    InputLocation where = path.isEmpty() ? jackson.location() : jackson.location().withPath(path);
    String problem =
        scan.constructId(path).map(id -> "construct '" + id + "': ").orElse("") + jackson.problem();
    return new InvalidInputException(where, problem, null, null, e);
  }

  private static Optional<FrameworkViolation> violation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof FrameworkViolation v) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  private static String join(String outer, String inner) {
    if (outer.isEmpty()) {
      return inner;
    }
    return inner.startsWith("[") ? outer + inner : outer + "." + inner;
  }
}
