package org.impsci.cli;

import org.impsci.assessment.ImpsciException;
import org.impsci.assessment.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code impsci} command. Exit codes: 0 success, 1 invalid input (the message names the file,
 * row, column and value), 2 usage error.
 */
@Command(
    name = "impsci",
    mixinStandardHelpOptions = true,
    version = "impsci 0.1.0-SNAPSHOT",
    description = "Implementation-science frameworks and survey scoring.",
    subcommands = {
      FrameworksCommand.class,
      InstrumentsCommand.class,
      ShowCommand.class,
      ScoreCommand.class,
      ReportCommand.class,
      CodebookCommand.class,
      SegmentsCommand.class,
      MatchCommand.class,
      DemoCommand.class
    })
public final class Impsci implements Runnable {
  /** Exit code of invalid input. */
  public static final int INVALID_INPUT = 1;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command");
  }

  /** Runs the command and exits with its code. */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, for running in process (tests, embedding). */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Impsci());
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof InvalidInputException || e instanceof ImpsciException) {
            commandLine.getErr().println("impsci: " + e.getMessage());
            return INVALID_INPUT;
          }
          throw e;
        });
    return cli;
  }
}
