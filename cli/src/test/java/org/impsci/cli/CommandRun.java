package org.impsci.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/** The impsci command run in process, its standard output and error kept for the test to read. */
final class CommandRun {
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  /** Runs {@code args} and returns the exit code. */
  int run(String... args) {
    return run(Impsci.commandLine(), args);
  }

  /** Runs {@code args} and returns the exit code. */
  int run(List<String> args) {
    return run(args.toArray(new String[0]));
  }

  /** Runs {@code args} on {@code cli} (the command line with more commands, say). */
  int run(CommandLine cli, String... args) {
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  /** Forgets what was written so far. */
  void clear() {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
  }
}
