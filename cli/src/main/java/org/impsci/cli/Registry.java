package org.impsci.cli;

import org.impsci.assessment.framework.Framework;
import org.impsci.assessment.framework.Frameworks;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The bundled frameworks as the commands look them up: an unknown id is a usage error. */
final class Registry {
  private Registry() {}

  /** The bundled framework with this id. */
  static Framework framework(CommandSpec spec, String id) {
    return Frameworks.bundled()
        .find(id)
        .orElseThrow(
            () ->
                new ParameterException(
                    spec.commandLine(),
                    "unknown framework '" + id + "'; bundled: "
                        + Frameworks.bundled().all().stream().map(Framework::id).toList()));
  }
}
