package org.impsci.cli;

import java.io.PrintWriter;
import org.impsci.assessment.framework.Construct;
import org.impsci.assessment.framework.Framework;
import org.impsci.assessment.io.ImpsciJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code impsci show FRAMEWORK}: prints a framework's tree as text or JSON. */
@Command(name = "show", description = "Print a framework's construct tree.")
final class ShowCommand implements Runnable {
  /** Output formats. */
  enum Format {
    text,
    json
  }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FRAMEWORK", description = "A framework id, as `impsci frameworks` lists.")
  String frameworkId;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public void run() {
    Framework framework = Registry.framework(spec, frameworkId);
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.println(ImpsciJson.write(framework));
    } else {
      out.printf("%s (%s, %s)%n", framework.name(), framework.id(), framework.version());
      for (Construct root : framework.roots()) {
        print(out, framework, root, 1);
      }
    }
    out.flush();
  }

  private static void print(PrintWriter out, Framework framework, Construct c, int depth) {
    out.printf("%s%s  [%s, %s]%n", "  ".repeat(depth), c.label(), c.id(), c.kind());
    for (Construct child : framework.children(c.id())) {
      print(out, framework, child, depth + 1);
    }
  }
}
