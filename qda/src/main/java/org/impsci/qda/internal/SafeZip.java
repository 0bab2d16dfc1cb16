package org.impsci.qda.internal;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.impsci.assessment.InputLocation;
import org.impsci.assessment.InvalidInputException;

/**
 * A zip archive from an untrusted source, checked before anything is read: at most a given number
 * of entries, and no entry name that is absolute (starting with {@code /} or {@code \}, or a drive
 * letter such as {@code C:}), uses backslashes, or has a {@code ..} segment. Each entry read is
 * limited in expanded size (counting the bytes actually inflated, not the size the archive
 * claims), and so is the total read. Nothing is written to disk.
 */
public final class SafeZip implements Closeable {
  private final ZipFile zip;
  private final String archive;
  private final long maxEntrySize;
  private final long maxTotalSize;
  /** Entry names by their lower-case form, for {@link #find}. */
  private final Map<String, List<String>> byFoldedName = new HashMap<>();
  private long totalRead;

  private SafeZip(ZipFile zip, String archive, long maxEntrySize, long maxTotalSize) {
    this.zip = zip;
    this.archive = archive;
    this.maxEntrySize = maxEntrySize;
    this.maxTotalSize = maxTotalSize;
  }

  /**
   * Opens and checks an archive, named {@code archive} in messages.
   *
   * @throws InvalidInputException if it is not a zip archive, has too many entries or an unsafe
   *     entry name (naming the entry)
   */
  public static SafeZip open(
      Path file, String archive, int maxEntries, long maxEntrySize, long maxTotalSize) {
    ZipFile zip;
    try {
      zip = new ZipFile(file.toFile());
    } catch (ZipException e) {
      throw new InvalidInputException(
          InputLocation.in(archive), "not a zip archive: " + e.getMessage(), null, null, e);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
    SafeZip safe = new SafeZip(zip, archive, maxEntrySize, maxTotalSize);
    try {
      if (zip.size() > maxEntries) {
        throw new InvalidInputException(
            InputLocation.in(archive),
            "the archive has too many entries",
            Integer.toString(zip.size()),
            "at most " + maxEntries);
      }
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        String name = e.nextElement().getName();
        checkName(archive, name);
        safe.byFoldedName.computeIfAbsent(fold(name), k -> new ArrayList<>()).add(name);
      }
    } catch (RuntimeException e) {
      safe.close();
      throw e;
    }
    return safe;
  }

  /** Whether the archive has an entry of this name. */
  public boolean has(String name) {
    return zip.getEntry(name) != null;
  }

  /**
   * The entry of this name, else the one entry whose name differs from it only in case (programs
   * write a folder as {@code Sources/} or {@code sources/}); empty if there is none.
   *
   * @throws InvalidInputException naming the entries if several differ from the name only in case
   */
  public Optional<String> find(String name) {
    if (has(name)) {
      return Optional.of(name);
    }
    List<String> like = byFoldedName.getOrDefault(fold(name), List.of());
    if (like.size() > 1) {
      throw new InvalidInputException(
          InputLocation.in(archive), "several entries differ from '" + name + "' only in case",
          String.join(", ", like), "one entry of that name, whatever its case");
    }
    return like.stream().findFirst();
  }

  /** The names of the entries at the archive's root whose name ends so, ignoring case; sorted. */
  public List<String> atRootEndingWith(String suffix) {
    String end = fold(suffix);
    return byFoldedName.entrySet().stream()
        .filter(e -> e.getKey().endsWith(end) && e.getKey().indexOf('/') < 0 && e.getKey().indexOf('\\') < 0)
        .flatMap(e -> e.getValue().stream())
        .sorted()
        .toList();
  }

  private static String fold(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  /**
   * Reads a whole entry.
   *
   * @throws InvalidInputException if there is no such entry, or it or the total read so far
   *     expands past the limit
   */
  public byte[] read(String name) {
    InputLocation at = InputLocation.in(archive + "!" + name);
    ZipEntry entry = zip.getEntry(name);
    if (entry == null) {
      throw new InvalidInputException(at, "the archive has no entry '" + name + "'");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[64 * 1024];
    try (InputStream in = zip.getInputStream(entry)) {
      for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
        if (out.size() + (long) n > maxEntrySize) {
          throw new InvalidInputException(
              at, "entry '" + name + "' expands to more than the limit", null,
              "at most " + maxEntrySize + " bytes");
        }
        totalRead += n;
        if (totalRead > maxTotalSize) {
          throw new InvalidInputException(
              at, "the entries read expand to more than the limit", null,
              "at most " + maxTotalSize + " bytes in all");
        }
        out.write(buf, 0, n);
      }
    } catch (ZipException e) {
      throw new InvalidInputException(at, "corrupt entry: " + e.getMessage(), null, null, e);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + archive + "!" + name, e);
    }
    return out.toByteArray();
  }

  @Override
  public void close() {
    try {
      zip.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Checks that an entry name stays inside the archive.
   *
   * @throws InvalidInputException naming the entry if it does not
   */
  public static void checkName(String archive, String name) {
    boolean absolute =
        name.startsWith("/") || name.startsWith("\\") || name.matches("^[A-Za-z]:.*");
    boolean traversal = false;
    for (String segment : name.split("[/\\\\]", -1)) {
      traversal |= segment.equals("..");
    }
    if (absolute || traversal || name.contains("\\")) {
      throw new InvalidInputException(
          InputLocation.in(archive),
          "unsafe entry name '" + name + "' (absolute, backslashes or '..')",
          name,
          "relative names with '/' and no '..' segment");
    }
  }
}
