package org.impsci.cli;

import org.impsci.assessment.ImpsciVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/**
 * The {@code impsci} command. Every subcommand has {@code --help}. A failure is one line on
 * standard error, {@code impsci: ...}, never a stack trace, and exits with its code:
 *
 * <ul>
 *   <li>0: success;
 *   <li>{@value #INVALID_INPUT}: invalid input (the message names the file, row, column,
 *       respondent, item and value);
 *   <li>{@value #USAGE}: usage error (an unknown command or option, a missing or bad option value,
 *       an unknown instrument or framework, an input file that does not exist);
 *   <li>{@value #IO_FAILURE}: a file or folder cannot be read or written (an input that is a
 *       folder or unreadable, an output whose folder does not exist or cannot be written to, a
 *       full disk);
 *   <li>{@value #INTERNAL_ERROR}: an unexpected error, a bug to report, or the Java runtime out of
 *       memory.
 * </ul>
 */
@Command(
    name = "impsci",
    mixinStandardHelpOptions = true,
    scope = ScopeType.INHERIT, // --help, --version and the exit codes on every subcommand
    versionProvider = Impsci.Version.class,
    description = "Implementation-science frameworks and survey scoring.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:invalid input (the message names file, row, column, respondent, item and value)",
      "2:usage error (unknown command or option, missing or bad option value, unknown instrument"
          + " or framework, input file that does not exist)",
      "3:a file or folder cannot be read or written (input that is a folder or unreadable, output"
          + " folder that does not exist or cannot be written to, full disk)",
      "4:unexpected error (a bug to report) or Java out of memory"
    },
    subcommands = {
      FrameworksCommand.class,
      InstrumentsCommand.class,
      ShowCommand.class,
      ScoreCommand.class,
      ReportCommand.class,
      CodebookCommand.class,
      SegmentsCommand.class,
      AgreementCommand.class,
      MatchCommand.class,
      PcatCommand.class,
      RedcapDictionaryCommand.class,
      QuestionnaireCommand.class,
      ServeCommand.class,
      DemoCommand.class
    })
public final class Impsci implements Runnable {
  /** Exit code of invalid input. */
  public static final int INVALID_INPUT = 1;

  /** Exit code of a usage error. */
  public static final int USAGE = 2;

  /** Exit code of a file or folder that cannot be read or written. */
  public static final int IO_FAILURE = 3;

  /** Exit code of an unexpected error. */
  public static final int INTERNAL_ERROR = 4;

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
    Failures.install(cli);
    return cli;
  }

  /** The version as built ({@link ImpsciVersion}), so that it changes with the project's. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"impsci " + ImpsciVersion.get()};
    }
  }
}
