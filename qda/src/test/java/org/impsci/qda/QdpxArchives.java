package org.impsci.qda;

import java.io.ByteArrayInputStream;
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
import org.impsci.assessment.Source;

/** Hand-made archives and codebooks for tests. */
final class QdpxArchives {
  /** The header of a codebook read in tests: framework {@code mine}. */
  static final CodebookHeader MINE =
      CodebookHeader.of("mine", "My codes", "1", Source.of("Me 2025", "10.1000/me", "p. 1"));

  private QdpxArchives() {}

  /** A codebook read from its text as framework {@code mine}, named {@code name} in messages. */
  static QdcImport codebook(String xml, String name) {
    return QdcCodebook.readWithDisplay(
        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), name, MINE);
  }

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
