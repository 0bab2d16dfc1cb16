package org.impsci.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.impsci.assessment.io.ImpsciJson;

/** Writes the examples' synthetic data files, for the notebooks to read back. */
final class ExampleFiles {
  private ExampleFiles() {}

  /**
   * Writes {@code text} to {@code file}, making its folder if missing and replacing the file.
   *
   * @throws UncheckedIOException if the file cannot be written
   */
  static Path write(Path file, String text) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      return Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + file, e);
    }
  }

  /** Writes {@code value} as indented JSON, as {@link ImpsciJson} writes it, with a final newline. */
  static Path writeJson(Path file, Object value) {
    try {
      return write(file, ImpsciJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value) + "\n");
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("could not write " + file + " as JSON", e);
    }
  }
}
