package org.impsci.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.impsci.assessment.framework.Framework;
import org.impsci.assessment.framework.Frameworks;
import org.impsci.assessment.scoring.Instruments;
import org.impsci.assessment.scoring.ScoredInstrument;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The bundled frameworks and instruments as the commands look them up: an unknown id is a usage
 * error that lists the known ones.
 */
final class Registry {
  private Registry() {}

  /** The bundled framework with this id. */
  static Framework framework(CommandSpec spec, String id) {
    return known(
        spec, "framework", id, Frameworks.bundled().find(id),
        Frameworks.bundled().all().stream().map(Framework::id).toList());
  }

  /** The registered instrument with this id. */
  static ScoredInstrument instrument(CommandSpec spec, String id) {
    return known(spec, "instrument", id, Instruments.bundled().find(id), Instruments.bundled().ids());
  }

  /**
   * The instrument with its scoring: a registered id, or a file ending in {@code .json}. An
   * unknown id or a missing file is a usage error; a bad file is invalid input, named by file,
   * line and JSON path.
   */
  static ScoredInstrument instrumentOrFile(CommandSpec spec, String idOrFile) {
    if (!idOrFile.endsWith(".json")) {
      return instrument(spec, idOrFile);
    }
    Path file = Path.of(idOrFile);
    if (!Files.isRegularFile(file)) {
      throw new ParameterException(spec.commandLine(), "no such instrument file: " + file);
    }
    return Instruments.load(file);
  }

  private static <T> T known(
      CommandSpec spec, String kind, String id, Optional<T> found, List<String> known) {
    return found.orElseThrow(
        () ->
            new ParameterException(
                spec.commandLine(),
                "unknown " + kind + " '" + id + "'; known: " + String.join(", ", known)));
  }
}
