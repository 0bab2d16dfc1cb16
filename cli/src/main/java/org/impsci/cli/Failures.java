package org.impsci.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.impsci.assessment.ImpsciException;
import picocli.CommandLine;

/**
 * How the command reports a failure: one line on standard error, {@code impsci: ...}, never a
 * stack trace, and the exit code of its kind ({@link Impsci}).
 */
final class Failures {
  private Failures() {}

  /**
   * The configured handlers of a command line: usage errors, exceptions and errors (such as
   * running out of memory) of a command's run.
   */
  static void install(CommandLine cli) {
    cli.setParameterExceptionHandler(
        (e, args) -> {
          CommandLine where = e.getCommandLine();
          where.getErr().println(
              line(String.valueOf(e.getMessage()) + " (see '" + where.getCommandSpec().qualifiedName() + " --help')"));
          return Impsci.USAGE;
        });
    cli.setExecutionExceptionHandler((e, where, parsed) -> report(e, where.getErr()));
    CommandLine.IExecutionStrategy run = new CommandLine.RunLast();
    cli.setExecutionStrategy(
        parsed -> {
          try {
            return run.execute(parsed);
          } catch (Error e) { // such as OutOfMemoryError or StackOverflowError
            return report(e, parsed.commandSpec().commandLine().getErr());
          }
        });
  }

  /** Writes the line of a failure to {@code err} and returns its exit code. */
  static int report(Throwable failure, PrintWriter err) {
    err.println(line(message(failure)));
    err.flush();
    return exitCode(failure);
  }

  /** The exit code of a failure. */
  static int exitCode(Throwable failure) {
    if (failure instanceof ImpsciException) {
      return Impsci.INVALID_INPUT;
    }
    if (failure instanceof FileFailure
        || failure instanceof IOException
        || failure instanceof UncheckedIOException) {
      return Impsci.IO_FAILURE;
    }
    return Impsci.INTERNAL_ERROR;
  }

  /** The message of a failure, without the {@code impsci: } in front. */
  static String message(Throwable failure) {
    if (failure instanceof ImpsciException || failure instanceof FileFailure) {
      return failure.getMessage();
    }
    if (failure instanceof UncheckedIOException e) {
      // Its message is the cause's toString() unless it was given one, such as "could not read X".
      String context = e.getMessage().equals(e.getCause().toString()) ? "" : e.getMessage() + ": ";
      return context + reason(e.getCause());
    }
    if (failure instanceof IOException e) {
      return reason(e);
    }
    if (failure instanceof OutOfMemoryError) {
      return "out of memory (" + failure.getMessage() + "); give Java a larger heap with -Xmx";
    }
    return "unexpected error, please report it: " + failure;
  }

  /**
   * What went wrong with a file, in words rather than an exception's name: for example {@code no
   * such file or folder: /tmp/x} or {@code Not a directory: /tmp/x/y}.
   */
  static String reason(IOException e) {
    if (e instanceof FileSystemException f) {
      return f.getFile() == null ? problem(f) : problem(f) + ": " + f.getFile();
    }
    return "input/output error" + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  /** What went wrong with a file, without the file. */
  static String problem(FileSystemException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "already exists";
    }
    if (e instanceof NotDirectoryException) {
      return "not a folder";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "folder not empty";
    }
    return e.getReason() == null ? "input/output error" : e.getReason();
  }

  /** The line {@code impsci: message}, with line breaks in the message shown as \n and \r. */
  static String line(String message) {
    return "impsci: " + message.replace("\r", "\\r").replace("\n", "\\n");
  }
}
