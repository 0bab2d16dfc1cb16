package org.impsci.assessment.framework;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.impsci.assessment.ImpsciException;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.internal.json.SafeJson;
import org.impsci.assessment.io.ImpsciJson;

/**
 * Reads a {@link Framework} from JSON and validates it. Bundled frameworks and a user's own
 * framework or taxonomy go through the same code.
 *
 * <p>The format is exactly the JSON form of {@link Framework} and {@link Construct}, as {@link
 * ImpsciJson#write(Object)} writes it. Unknown properties and duplicate keys are errors; {@code
 * parent}, {@code aliases} and a construct's {@code sources} may be left out; a UTF-8 byte-order
 * mark is allowed. Values are read as Jackson databind would bind them (any scalar as text, a
 * number or numeric text as a whole number, {@code null} as absent), but with jackson-core's
 * streaming parser alone, so that the bundled frameworks load quickly in a fresh JVM. For example:
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
 *
 * <p>Thread-safe: it has only static methods and immutable, lazily loaded data.
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
    return SafeJson.read(in, sourceName, FrameworkJson::read);
  }

  /**
   * Reads and validates a framework from a file, named in error messages by its path.
   *
   * @throws InvalidInputException if the JSON is malformed or the framework is invalid
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Framework load(Path file) {
    return SafeJson.read(file, FrameworkJson::read);
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
    return load(SafeJson.openResource(anchor, resourceName), resourceName);
  }
}
