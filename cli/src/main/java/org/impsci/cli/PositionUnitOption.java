package org.impsci.cli;

import java.util.Optional;
import org.impsci.qda.PositionUnit;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** The {@code --position-unit} option of the commands that read REFI-QDA projects. */
final class PositionUnitOption {
  @Option(names = "--position-unit", paramLabel = "UNIT",
      description = "What the project's positions count: code-points or utf-16 (default: by the"
          + " program that wrote it, else code points with a warning).")
  String name;

  /** The unit chosen, if any. */
  Optional<PositionUnit> unit(CommandSpec spec) {
    if (name == null) {
      return Optional.empty();
    }
    switch (name) {
      case "code-points":
        return Optional.of(PositionUnit.CODE_POINTS);
      case "utf-16":
        return Optional.of(PositionUnit.UTF16_CODE_UNITS);
      default:
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--position-unit must be code-points or utf-16, got '" + name + "'");
    }
  }
}
