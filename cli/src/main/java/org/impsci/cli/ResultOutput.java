package org.impsci.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Where a command's result goes: a file, written through {@link OutputFiles} and so moved into
 * place only when the run succeeds, or standard output, streamed. The first {@link #HOLD}
 * characters are held back, so that a run that fails early (a bad header, an early bad row)
 * leaves standard output empty. What was passed on cannot be taken back: if the run fails later,
 * the output ends with {@link #INCOMPLETE}, a line that opens a quoted text and never closes it,
 * which strict CSV parsers (RFC 4180) and every JSON parser reject. Not thread-safe.
 */
final class ResultOutput implements AutoCloseable {
  /** Characters held back from standard output until more are written or the run succeeds. */
  static final int HOLD = 64 * 1024;

  /** The last line of standard output after a failure, on a line of its own. */
  static final String INCOMPLETE =
      "\"impsci: INCOMPLETE OUTPUT, the run failed; see the message on standard error\n";

  private final OutputFiles files;
  private final OutputStream stream;
  private final Writer writer;
  private final Watched watched;
  private boolean succeeded;

  private ResultOutput(OutputFiles files, OutputStream stream, Writer writer, Watched watched) {
    this.files = files;
    this.stream = stream;
    this.writer = writer;
    this.watched = watched;
  }

  /**
   * The file {@code file} (staged at once, so that a folder that does not exist fails before any
   * work is done), or {@code stdout} when {@code file} is null.
   */
  static ResultOutput of(Path file, PrintWriter stdout) {
    if (file == null) {
      Watched watched = new Watched(stdout);
      return new ResultOutput(null, null, watched, watched);
    }
    OutputFiles files = new OutputFiles();
    try {
      OutputStream stream = files.open(file);
      Writer writer =
          new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
      return new ResultOutput(files, stream, writer, null);
    } catch (RuntimeException e) {
      files.close();
      throw e;
    }
  }

  /** Whether the result goes to a file. */
  boolean toFile() {
    return files != null;
  }

  /** The file's bytes, for a writer of UTF-8 bytes; only when {@link #toFile()}. */
  OutputStream stream() {
    if (stream == null) {
      throw new IllegalStateException("standard output is written as characters");
    }
    return stream;
  }

  /** The result's characters (UTF-8 in a file). Use either this or {@link #stream()}. */
  Writer writer() {
    return writer;
  }

  /** Ends a run that succeeded: flushes standard output, or moves the file into place. */
  void succeeded() throws IOException {
    if (files != null) {
      writer.close(); // closes the stream too
      files.commit();
    } else {
      watched.release();
    }
    succeeded = true;
  }

  /**
   * Ends the output. After a run that did not succeed, deletes the file's temporary file, or
   * drops what standard output held back and, if anything was passed on, ends it with {@link
   * #INCOMPLETE}.
   */
  @Override
  public void close() throws IOException {
    if (succeeded) {
      return;
    }
    if (files != null) {
      try {
        writer.close();
      } finally {
        files.close();
      }
    } else if (watched.started) {
      watched.out.write(watched.last == '\n' ? INCOMPLETE : "\n" + INCOMPLETE);
      watched.out.flush();
    }
  }

  /**
   * Standard output that holds back the first {@link #HOLD} characters: a run that fails before
   * more were written leaves standard output empty. Once more are written, it passes what it held
   * and then every write straight on (no copy). Never closes standard output.
   */
  private static final class Watched extends Writer {
    private final Writer out;
    private final char[] held = new char[HOLD];
    private int size;
    /** Whether anything was passed on. */
    boolean started;
    /** The last character written. */
    char last;

    Watched(Writer out) {
      this.out = out;
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
      if (len == 0) {
        return;
      }
      last = chars[off + len - 1];
      if (!started && size + len <= HOLD) {
        System.arraycopy(chars, off, held, size, len);
        size += len;
        return;
      }
      passHeld();
      out.write(chars, off, len);
    }

    private void passHeld() throws IOException {
      started = true;
      out.write(held, 0, size);
      size = 0;
    }

    /** Flushes standard output once something was passed on; until then, keeps holding. */
    @Override
    public void flush() throws IOException {
      if (started) {
        out.flush();
      }
    }

    /** Flushes, leaving standard output open. */
    @Override
    public void close() throws IOException {
      flush();
    }

    /** Passes on what is held, for a run that succeeded, and flushes standard output. */
    void release() throws IOException {
      passHeld();
      out.flush();
    }
  }
}
