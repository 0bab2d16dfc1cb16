package org.impsci.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Input files named on the command line, checked before they are read. */
final class InputFiles {
  private InputFiles() {}

  /**
   * Checks that {@code file} is a file that can be read.
   *
   * @throws ParameterException (a usage error) if it does not exist
   * @throws FileFailure if it is a folder or cannot be read
   */
  static Path check(CommandSpec spec, Path file) {
    if (!Files.exists(file)) {
      throw new ParameterException(spec.commandLine(), "no such input file: " + file);
    }
    if (Files.isDirectory(file)) {
      throw FileFailure.read(file, "it is a folder, not a file");
    }
    if (!Files.isReadable(file)) {
      throw FileFailure.read(file, "permission denied");
    }
    return file;
  }

  /** Opens {@code file} after {@link #check}ing it. */
  static InputStream open(CommandSpec spec, Path file) throws IOException {
    return Files.newInputStream(check(spec, file));
  }
}
