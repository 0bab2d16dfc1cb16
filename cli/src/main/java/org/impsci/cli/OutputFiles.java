package org.impsci.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The files a command writes, staged so that a failed run leaves no output that can pass for a
 * result: each file is written to a temporary file in its own folder ({@code .NAME.RANDOM.tmp})
 * and moved onto its name, atomically where the file system can, only by {@link #commit()}. Until
 * then an earlier file of that name stays as it was; {@link #close()} deletes the temporary files
 * that were not moved, and the folders {@link #folder} made for them if they are still empty. Not
 * thread-safe.
 */
final class OutputFiles implements AutoCloseable {
  private static final int NAME_ATTEMPTS = 16;

  /** Target to temporary file, in the order staged. */
  private final Map<Path, Path> staged = new LinkedHashMap<>();
  /** Folders made by {@link #folder}, outermost first. */
  private final List<Path> madeFolders = new ArrayList<>();

  /**
   * The folder {@code dir}, made (with any missing parents) if it does not exist.
   *
   * @throws FileFailure if it cannot be made
   */
  Path folder(Path dir) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw FileFailure.write(dir, "it is a file, not a folder");
    }
    List<Path> missing = new ArrayList<>();
    for (Path d = dir.toAbsolutePath(); d != null && !Files.exists(d); d = d.getParent()) {
      missing.add(0, d);
    }
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw FileFailure.write(dir, e);
    }
    madeFolders.addAll(missing);
    return dir;
  }

  /**
   * The temporary file to write instead of {@code target}, in the same folder: made empty on the
   * first call for {@code target}.
   *
   * @throws FileFailure if {@code target} is a folder, its folder does not exist, or the
   *     temporary file cannot be made there
   */
  Path stage(Path target) {
    Path temp = staged.get(target);
    return temp != null ? temp : newTemp(target);
  }

  private Path newTemp(Path target) {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    if (Files.isDirectory(absolute)) {
      throw FileFailure.write(target, "it is a folder, not a file");
    }
    if (folder == null || !Files.isDirectory(folder)) {
      throw FileFailure.write(target, "no such folder: " + folder);
    }
    for (int attempt = 1; ; attempt++) {
      Path temp =
          folder.resolve("." + absolute.getFileName() + "."
              + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
      try {
        // Not Files.createTempFile: its owner-only permissions would pass to the result.
        Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        staged.put(target, temp);
        return temp;
      } catch (FileAlreadyExistsException e) {
        if (attempt == NAME_ATTEMPTS) {
          throw FileFailure.write(target, e);
        }
      } catch (IOException e) {
        throw FileFailure.write(target, e);
      }
    }
  }

  /** Opens the temporary file of {@code target} ({@link #stage}) for writing. */
  OutputStream open(Path target) {
    Path temp = stage(target);
    try {
      return Files.newOutputStream(temp);
    } catch (IOException e) {
      throw FileFailure.write(target, e);
    }
  }

  /** Writes {@code text} as UTF-8 to the temporary file of {@code target} ({@link #stage}). */
  void writeString(Path target, String text) {
    Path temp = stage(target);
    try {
      Files.writeString(temp, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw FileFailure.write(target, e);
    }
  }

  /**
   * Moves every staged file onto its name, in the order staged.
   *
   * @throws FileFailure if a move fails
   */
  void commit() {
    for (Map.Entry<Path, Path> file : staged.entrySet()) {
      try {
        move(file.getValue(), file.getKey());
      } catch (IOException e) {
        throw FileFailure.write(file.getKey(), e);
      }
    }
    staged.clear();
    madeFolders.clear();
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Deletes what {@link #commit()} did not move: temporary files, then folders made for them. */
  @Override
  public void close() {
    for (Path temp : staged.values()) {
      deleteQuietly(temp);
    }
    staged.clear();
    for (int i = madeFolders.size() - 1; i >= 0; i--) {
      deleteQuietly(madeFolders.get(i)); // fails, and so stays, if not empty
    }
    madeFolders.clear();
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // Cleaning up after a failure that is already being reported: nothing more to say.
    }
  }
}
