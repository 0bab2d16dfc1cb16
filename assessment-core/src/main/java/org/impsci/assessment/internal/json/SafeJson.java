package org.impsci.assessment.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiFunction;
import org.impsci.assessment.ImpsciException;
import org.impsci.assessment.io.ImpsciJson;

/**
 * What every JSON reader of impsci shares without needing databind: the parser settings (the read
 * constraints of {@link ImpsciJson} and strict duplicate detection; no comments or other
 * non-standard syntax), access to a module's bundled resources, and handing a stream's or a file's
 * bytes to a reader.
 */
public final class SafeJson {
  private SafeJson() {}

  /** A new factory with impsci's parser settings. */
  public static JsonFactory newFactory() {
    return JsonFactory.builder()
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(ImpsciJson.MAX_NESTING_DEPTH)
                .maxStringLength(ImpsciJson.MAX_STRING_LENGTH)
                .maxNumberLength(ImpsciJson.MAX_NUMBER_LENGTH)
                .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
  }

  /**
   * Opens a resource bundled with a module; see {@link ImpsciJson#openResource(Class, String)}.
   *
   * @throws ImpsciException if there is no such resource
   */
  public static InputStream openResource(Class<?> anchor, String resourceName) {
    InputStream in = anchor.getResourceAsStream(resourceName);
    if (in == null) {
      throw new ImpsciException(
          "resource '" + resourceName + "' not found next to " + anchor.getName()
              + " (on the module path its package must be open to org.impsci.assessment)");
    }
    return in;
  }

  /**
   * Reads all of a stream, closing it, and hands the bytes and the source name to a reader such as
   * {@code framework.FrameworkJson}.
   *
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static <T> T read(
      InputStream in, String sourceName, BiFunction<byte[], String, T> reader) {
    byte[] json;
    try (InputStream stream = in) {
      json = stream.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + sourceName, e);
    }
    return reader.apply(json, sourceName);
  }

  /**
   * Reads a file with a reader, as {@link #read(InputStream, String, BiFunction)} does, naming it
   * by its path.
   *
   * @throws UncheckedIOException if the file cannot be read
   */
  public static <T> T read(Path file, BiFunction<byte[], String, T> reader) {
    try {
      return read(Files.newInputStream(file), file.toString(), reader);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
  }
}
