package org.impsci.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every subcommand, as picocli's model of {@link Impsci} lists them (so that a new one is walked
 * too), run with {@code --help}, an unknown option, an input file that does not exist, a folder
 * as input, and an output that cannot be written: each failure is one {@code impsci:} line on
 * standard error with the exit code {@link Impsci}'s Javadoc documents, no stack trace, nothing on
 * standard output and no file left behind. Options that take a file are those of type {@link
 * Path}: {@code --output} is written, any other is read.
 */
class CommandFailureTest {
  @TempDir Path dir;
  private final CommandRun impsci = new CommandRun();

  private static CommandSpec spec(String command) {
    return Impsci.commandLine().getSubcommands().get(command).getCommandSpec();
  }

  static Stream<String> commands() {
    return Impsci.commandLine().getSubcommands().keySet().stream();
  }

  /** The options that name a file or folder written: the result, and pcat's HTML report. */
  private static final Set<String> WRITTEN = Set.of("--output", "--report");

  /**
   * Every (command, name, label) of an option or positional parameter that takes a file, read or
   * written; a positional parameter is named by its label.
   */
  static Stream<Arguments> fileOptions(boolean written) {
    List<Arguments> found = new ArrayList<>();
    commands().forEach(
        command -> {
          for (ArgSpec arg : spec(command).args()) {
            if (arg.type() == Path.class && WRITTEN.contains(name(arg)) == written) {
              found.add(Arguments.of(command, name(arg), arg.paramLabel()));
            }
          }
        });
    return found.stream();
  }

  private static String name(ArgSpec arg) {
    return arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
  }

  static Stream<Arguments> inputOptions() {
    return fileOptions(false);
  }

  static Stream<Arguments> outputOptions() {
    return fileOptions(true);
  }

  @Test
  void theWalkFindsTheCommandsAndFileOptionsThereAre() {
    // Guards the walk itself: if reading the model broke, the tests below would check nothing.
    assertThat(commands())
        .contains("frameworks", "show", "score", "report", "codebook", "match", "demo");
    assertThat(inputOptions().map(a -> a.get()[0] + " " + a.get()[1]))
        .contains("score --input", "report --input", "match --table", "report --reaim");
    assertThat(outputOptions().map(a -> a.get()[0] + " " + a.get()[2]))
        .contains("score FILE", "report DIR", "demo DIR");
    assertThat(outputOptions().map(a -> a.get()[0] + " " + a.get()[1])).contains("pcat --report");
  }

  /**
   * The arguments that make {@code command} run, with {@code option} (an option's name or a
   * positional parameter's label) set to {@code value}: a valid value for each other required
   * option and parameter, and for match, whose choice of --barriers or --template the model cannot
   * show, --barriers. A command with a required value not known here is skipped (reported as
   * such, naming the value to add here), so that a new command does not break the build before
   * this walk learns about it; its --help is checked all the same.
   */
  private List<String> argsWith(String command, String option, String value) throws IOException {
    List<String> args = new ArrayList<>(List.of(command));
    if (command.equals("match")) {
      args.addAll(List.of("--barriers", "planning"));
    }
    for (ArgSpec arg : spec(command).args()) {
      String name = name(arg);
      boolean inOptionalGroup = arg.group() != null && arg.group().multiplicity().min() == 0;
      String given =
          name.equals(option) ? value
              : !arg.required() || inOptionalGroup ? null
              : switch (name) {
                  case "--instrument", "INSTRUMENT" -> "nomad";
                  case "--input" ->
                      write("valid.csv", ImpsciCommandTest.HEADER + ImpsciCommandTest.P1).toString();
                  case "--barriers" -> "planning";
                  case "FRAMEWORK" -> "npt";
                  case "PROJECT", "FIRST", "SECOND" -> emptyProject().toString();
                  default -> abort("no valid value known for " + name + " of " + command + ": add one");
                };
      if (given != null) {
        if (arg instanceof OptionSpec) {
          args.add(name);
        }
        args.add(given);
      }
    }
    return args;
  }

  /** A REFI-QDA project with no codes and no sources, which every project command reads. */
  private Path emptyProject() throws IOException {
    Path file = dir.resolve("empty.qdpx");
    try (OutputStream o = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(o)) {
      zip.putNextEntry(new ZipEntry("project.qde"));
      zip.write("<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"Empty\" />".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return file;
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content);
    return file;
  }

  /** The single line on standard error, after checking there is one and that it is no trace. */
  private String onlyErrorLine() {
    List<String> lines = impsci.err.toString().lines().toList();
    assertThat(lines).as(impsci.err.toString()).hasSize(1);
    assertThat(lines.get(0)).startsWith("impsci: ").doesNotContain("Exception").doesNotContain("at org.");
    assertThat(impsci.out.toString()).as("nothing on standard output").isEmpty();
    return lines.get(0);
  }

  /** The names in {@link #dir}: no temporary file may stay after a failure. */
  private List<String> leftInDir() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @ParameterizedTest
  @MethodSource("commands")
  void helpWorksOnEveryCommandAndListsTheExitCodes(String command) {
    assertThat(impsci.run(List.of(command, "--help"))).as(impsci.err.toString()).isZero();
    assertThat(impsci.out.toString())
        .startsWith("Usage: impsci " + command)
        .contains("Exit codes:")
        .containsPattern("\\n  3 +a file or folder cannot be read or written")
        .containsPattern("\\n  4 +unexpected error");
    assertThat(impsci.err.toString()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("commands")
  void anUnknownOptionIsOneUsageLine(String command) throws IOException {
    List<String> args = argsWith(command, null, null);
    args.add("--no-such-option");
    assertThat(impsci.run(args)).isEqualTo(Impsci.USAGE);
    assertThat(onlyErrorLine())
        .isEqualTo("impsci: Unknown option: '--no-such-option' (see 'impsci " + command + " --help')");
  }

  @ParameterizedTest
  @MethodSource("inputOptions")
  void anInputFileThatDoesNotExistIsAUsageError(String command, String option) throws IOException {
    Path missing = dir.resolve("none.csv");
    assertThat(impsci.run(argsWith(command, option, missing.toString()))).isEqualTo(Impsci.USAGE);
    assertThat(onlyErrorLine())
        .isEqualTo("impsci: no such input file: " + missing + " (see 'impsci " + command + " --help')");
  }

  @ParameterizedTest
  @MethodSource("inputOptions")
  void aFolderAsInputIsAnIoFailure(String command, String option) throws IOException {
    Path folder = Files.createDirectory(dir.resolve("folder"));
    assertThat(impsci.run(argsWith(command, option, folder.toString()))).isEqualTo(Impsci.IO_FAILURE);
    assertThat(onlyErrorLine()).isEqualTo("impsci: cannot read " + folder + ": it is a folder, not a file");
  }

  @ParameterizedTest
  @MethodSource("outputOptions")
  void anOutputUnderAFileIsAnIoFailureAndLeavesNothing(String command, String option, String label)
      throws IOException {
    // A regular file where the output's folder should be: neither a file nor a folder can be made
    // there (a folder the user may not write to acts the same; the tests run as root here).
    write("afile", "");
    Path target = dir.resolve("afile").resolve("out");
    List<String> args = argsWith(command, option, target.toString());
    List<String> before = leftInDir();
    assertThat(impsci.run(args)).isEqualTo(Impsci.IO_FAILURE);
    String expected =
        label.equals("FILE")
            ? "no such folder: " + dir.resolve("afile").toAbsolutePath()
            : "Not a directory";
    assertThat(onlyErrorLine()).isEqualTo("impsci: cannot write " + target + ": " + expected);
    assertThat(leftInDir()).isEqualTo(before);
  }

  @ParameterizedTest
  @MethodSource("outputOptions")
  void anOutputFolderThatDoesNotExistIsMadeForAFolderAndAnIoFailureForAFile(
      String command, String option, String label) throws IOException {
    Path target = dir.resolve("none").resolve("out");
    List<String> args = argsWith(command, option, target.toString());
    if (label.equals("FILE")) {
      assertThat(impsci.run(args)).isEqualTo(Impsci.IO_FAILURE);
      assertThat(onlyErrorLine())
          .isEqualTo("impsci: cannot write " + target + ": no such folder: "
              + dir.resolve("none").toAbsolutePath());
      assertThat(leftInDir()).doesNotContain("none");
    } else {
      // A DIR output is made with its missing parents, as documented, and holds only results.
      assertThat(impsci.run(args)).as(impsci.err.toString()).isZero();
      try (Stream<Path> files = Files.list(target)) {
        assertThat(files.map(p -> p.getFileName().toString())).isNotEmpty().allMatch(
            name -> !name.startsWith(".") && !name.endsWith(".tmp"));
      }
    }
  }

  @Test
  void aFileWhereAnOutputFolderShouldBeIsAnIoFailure() throws IOException {
    Path file = write("report", "not a folder");
    assertThat(impsci.run(argsWith("report", "--output", file.toString()))).isEqualTo(Impsci.IO_FAILURE);
    assertThat(onlyErrorLine()).isEqualTo("impsci: cannot write " + file + ": it is a file, not a folder");
    assertThat(Files.readString(file)).isEqualTo("not a folder");
  }

  @Test
  void aFolderWhereAnOutputFileShouldBeIsAnIoFailure() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("scores.csv"));
    assertThat(impsci.run(argsWith("score", "--output", folder.toString()))).isEqualTo(Impsci.IO_FAILURE);
    assertThat(onlyErrorLine()).isEqualTo("impsci: cannot write " + folder + ": it is a folder, not a file");
  }

  /** A command that fails as impsci itself should not: a bug or the Java runtime giving out. */
  @Command(name = "broken")
  static final class Broken implements Runnable {
    @CommandLine.Option(names = "--error")
    boolean error;

    @Override
    public void run() {
      if (error) {
        throw new StackOverflowError();
      }
      throw new IllegalStateException("a state that cannot happen");
    }
  }

  @Test
  void unexpectedExceptionsAndErrorsAreOneLineWithTheirOwnCode() {
    for (boolean error : new boolean[] {false, true}) {
      impsci.clear();
      CommandLine cli = Impsci.commandLine().addSubcommand(new Broken());
      int code = error ? impsci.run(cli, "broken", "--error") : impsci.run(cli, "broken");
      assertThat(code).isEqualTo(Impsci.INTERNAL_ERROR);
      assertThat(impsci.err.toString().lines().toList())
          .containsExactly(
              error
                  ? "impsci: unexpected error, please report it: java.lang.StackOverflowError"
                  : "impsci: unexpected error, please report it:"
                      + " java.lang.IllegalStateException: a state that cannot happen");
      assertThat(impsci.err.toString()).doesNotContain("at org.");
    }
  }

  @Test
  void messagesWithLineBreaksStayOneLine() throws IOException {
    // A bad cell that holds a line break is named in the message: it is shown as \n, not broken.
    Path input =
        write("nl.csv",
            ImpsciCommandTest.HEADER + ImpsciCommandTest.P1.replace(",H01,4,", ",H01,\"4\n5\","));
    assertThat(impsci.run(List.of("score", "--instrument", "nomad", "--input", input.toString())))
        .isEqualTo(Impsci.INVALID_INPUT);
    assertThat(onlyErrorLine())
        .isEqualTo("impsci: nl.csv, row 2, column CO1, item CO1: respondent 'p1': the answer is"
            + " neither a number nor one of the item's answer codes (value '4\\n5'); allowed: whole"
            + " numbers 1..5, or one of [not_relevant_stage, not_relevant_role,"
            + " not_relevant_intervention]");
  }
}
