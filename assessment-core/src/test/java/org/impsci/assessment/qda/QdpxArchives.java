package org.impsci.assessment.qda;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Hand-made archives for tests. */
final class QdpxArchives {
  private QdpxArchives() {}

  /** A zip of the given entries (name to UTF-8 text), project.qde first. */
  static Path zip(Path file, Map<String, String> entries) {
    Map<String, String> sorted = new TreeMap<>((a, b) -> a.equals("project.qde") ? -1
        : b.equals("project.qde") ? 1 : a.compareTo(b));
    sorted.putAll(entries);
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, String> e : sorted.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }
}
