package org.impsci.cli;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * A file or folder that the command cannot read or write, as one line: {@code cannot write
 * out.csv: no such folder: /tmp/none}. The command exits with {@link Impsci#IO_FAILURE}.
 */
final class FileFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private FileFailure(String message, Throwable cause) {
    super(message, cause);
  }

  /** {@code file} cannot be read, for {@code reason}. */
  static FileFailure read(Path file, String reason) {
    return new FileFailure("cannot read " + file + ": " + reason, null);
  }

  /** {@code file} cannot be written, for {@code reason}. */
  static FileFailure write(Path file, String reason) {
    return new FileFailure("cannot write " + file + ": " + reason, null);
  }

  /** {@code file} cannot be written, because of {@code e} (which names another file, or this). */
  static FileFailure write(Path file, IOException e) {
    boolean same =
        e instanceof FileSystemException f
            && f.getFile() != null
            && Path.of(f.getFile()).toAbsolutePath().equals(file.toAbsolutePath());
    String reason = same ? Failures.problem((FileSystemException) e) : Failures.reason(e);
    return new FileFailure("cannot write " + file + ": " + reason, e);
  }
}
