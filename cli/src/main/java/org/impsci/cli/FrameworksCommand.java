package org.impsci.cli;

import java.io.PrintWriter;
import org.impsci.assessment.framework.Framework;
import org.impsci.assessment.framework.Frameworks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code impsci frameworks}: lists the bundled frameworks. */
@Command(name = "frameworks", description = "List the bundled frameworks.")
final class FrameworksCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    for (Framework f : Frameworks.bundled().all()) {
      out.printf("%-20s %-12s %4d constructs  %s%n", f.id(), f.version(), f.constructs().size(), f.name());
    }
    out.flush();
  }
}
