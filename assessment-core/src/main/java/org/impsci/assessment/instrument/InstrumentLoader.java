package org.impsci.assessment.instrument;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.impsci.assessment.ImpsciException;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.internal.json.InstrumentJson;
import org.impsci.assessment.internal.json.SafeJson;
import org.impsci.assessment.io.ImpsciJson;

/**
 * Reads an {@link Instrument} from JSON and validates it. The bundled instruments (NoMAD, ORCA)
 * and a user's own instrument go through the same code.
 *
 * <p>The format is exactly the JSON form of {@link Instrument}, {@link Item}, {@link
 * ResponseScale}, {@link NonSubstantiveOption} and {@link ItemGroup}, as {@link
 * ImpsciJson#write(Object)} writes it and {@code ImpsciJson.read(in, Instrument.class, name)}
 * reads it: the same documents are accepted and give equal values. Unknown properties and
 * duplicate keys are errors; {@code constructId}, {@code reverseScored}, {@code labels}, {@code
 * nonSubstantiveOptions}, {@code groups} and every {@code sources} may be left out; a UTF-8
 * byte-order mark is allowed. Values are read as Jackson databind would bind them (any scalar as
 * text, numeric text as a number, {@code null} as absent where a value may be absent), but with
 * jackson-core's streaming parser alone, so that the bundled instruments load quickly in a fresh
 * JVM. For example:
 *
 * <pre>{@code
 * {
 *   "id": "mine",
 *   "name": "My survey",
 *   "version": "1",
 *   "sources": [{"citation": "Doe 2024", "doi": "10.1000/mine"}],
 *   "items": [
 *     {"id": "Q1", "constructId": "npt:coherence", "prompt": "It makes sense to us.",
 *      "scale": {"kind": "ORDINAL", "min": 1, "max": 5, "labels": {"1": "no", "5": "yes"},
 *                "nonSubstantiveOptions": [{"code": "not_relevant", "label": "not relevant"}]}},
 *     {"id": "Q2", "prompt": "It is hard to do.", "reverseScored": true,
 *      "scale": {"kind": "ORDINAL", "min": 1, "max": 5}}
 *   ],
 *   "groups": [{"id": "all", "label": "All", "itemIds": ["Q1", "Q2"]}]
 * }
 * }</pre>
 *
 * <p>Every problem is an {@link InvalidInputException} whose location has the source name, the
 * line and the JSON path (such as {@code items[3].scale.min}) and whose message names the
 * offending item or group, for example {@code mine.json, line 12, at groups[0].itemIds[1]: group
 * 'all' names item 'Q3', which the instrument lacks}.
 *
 * <p>Thread-safe: it has only static methods and immutable, lazily loaded data.
 */
public final class InstrumentLoader {
  private InstrumentLoader() {}

  /**
   * Reads and validates an instrument.
   *
   * @param in the JSON bytes (closed after reading)
   * @param sourceName the file name or description used in error messages
   * @throws InvalidInputException if the JSON is malformed or the instrument is invalid
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static Instrument load(InputStream in, String sourceName) {
    return SafeJson.read(in, sourceName, InstrumentJson::read);
  }

  /**
   * Reads and validates an instrument from a file, named in error messages by its path.
   *
   * @throws InvalidInputException if the JSON is malformed or the instrument is invalid
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Instrument load(Path file) {
    return SafeJson.read(file, InstrumentJson::read);
  }

  /**
   * Reads and validates an instrument bundled as a resource, found as {@link
   * Class#getResourceAsStream(String)} finds it (relative to the anchor's package unless it starts
   * with {@code /}). A module loads its own instruments this way; on the module path the anchor's
   * package must be open to {@code org.impsci.assessment}.
   *
   * @throws ImpsciException if there is no such resource
   * @throws InvalidInputException if the JSON is malformed or the instrument is invalid
   */
  public static Instrument loadResource(Class<?> anchor, String resourceName) {
    return load(SafeJson.openResource(anchor, resourceName), resourceName);
  }
}
