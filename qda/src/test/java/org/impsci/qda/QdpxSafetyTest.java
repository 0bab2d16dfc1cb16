package org.impsci.qda;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.framework.Frameworks;
import org.impsci.assessment.testing.ToyData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malicious and malformed archives get clear errors naming the entry or element. */
class QdpxSafetyTest {
  private static final String CODE = "aaaaaaaa-0000-0000-0000-000000000001";
  private static final String HEAD =
      "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"><CodeBook><Codes>"
          + "<Code guid=\"" + CODE + "\" name=\"Skills\" isCodable=\"true\"/></Codes></CodeBook>";

  @TempDir Path dir;

  private final QdpxReader reader =
      QdpxReader.of(Frameworks.of(List.of(ToyData.framework())), QdpxOptions.defaults());

  private Path zip(Map<String, String> entries) {
    return QdpxArchives.zip(dir.resolve("bad.qdpx"), entries);
  }

  private static String source(String attributes, String body) {
    return HEAD + "<Sources><TextSource guid=\"dddddddd-0000-0000-0000-000000000001\" name=\"s1\" "
        + attributes + ">" + body + "</TextSource></Sources></Project>";
  }

  private static String selection(int start, int end, String code) {
    return "<PlainTextSelection guid=\"eeeeeeee-0000-0000-0000-000000000001\" startPosition=\"" + start
        + "\" endPosition=\"" + end + "\"><Coding guid=\"ffffffff-0000-0000-0000-000000000001\">"
        + "<CodeRef targetGUID=\"" + code + "\"/></Coding></PlainTextSelection>";
  }

  @Test
  void pathTraversalIsRefused() {
    Path file = zip(Map.of("project.qde", HEAD + "</Project>", "../../evil.txt", "x"));
    assertThatThrownBy(() -> reader.read(file))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("bad.qdpx: unsafe entry name '../../evil.txt'");
    Path absolute = zip(Map.of("project.qde", HEAD + "</Project>", "/etc/evil.txt", "x"));
    assertThatThrownBy(() -> reader.read(absolute)).hasMessageContaining("unsafe entry name '/etc/evil.txt'");
    Path viaSourcePath = zip(Map.of("project.qde", source("plainTextPath=\"internal://../../x.txt\"", "")));
    assertThatThrownBy(() -> reader.read(viaSourcePath))
        .hasMessageContaining("unsafe entry name 'Sources/../../x.txt'");
  }

  @Test
  void tooManyEntriesAreRefused() throws IOException {
    Path file = dir.resolve("many.qdpx");
    try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
      for (int i = 0; i <= QdpxReader.MAX_ENTRIES; i++) {
        zip.putNextEntry(new ZipEntry("Sources/" + i + ".txt"));
        zip.closeEntry();
      }
    }
    assertThatThrownBy(() -> reader.read(file))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("many.qdpx: the archive has too many entries (value '10001'); allowed: at most 10000");
  }

  @Test
  void hugeEntryIsRefused() throws IOException {
    Path file = dir.resolve("bomb.qdpx");
    byte[] zeros = new byte[1024 * 1024];
    try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("project.qde"));
      for (long n = 0; n <= QdpxReader.MAX_ENTRY_SIZE; n += zeros.length) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    assertThatThrownBy(() -> reader.read(file))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("bomb.qdpx!project.qde: entry 'project.qde' expands to more than the limit")
        .hasMessageContaining("at most 67108864 bytes");
  }

  @Test
  void externalEntityIsRefused() {
    String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE Project [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
        + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&xxe;\"/>";
    assertThatThrownBy(() -> reader.read(zip(Map.of("project.qde", xxe))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("bad.qdpx!project.qde, line 2")
        .hasMessageContaining("DTDs and external entities are refused");
  }

  @Test
  void aStreamIsReadAsItsNamedArchive() throws IOException {
    Path broken = zip(Map.of("project.qde", HEAD + "<Sources>"));
    try (InputStream in = Files.newInputStream(broken)) {
      assertThatThrownBy(() -> reader.read(in, "upload.qdpx"))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("upload.qdpx!project.qde, line 1")
          .hasMessageContaining("malformed XML");
    }
    assertThatThrownBy(
            () -> reader.read(new ByteArrayInputStream("not a zip".getBytes(StandardCharsets.UTF_8)), "upload.qdpx"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("upload.qdpx: not a zip archive");
  }

  @Test
  void aStreamLargerThanTheLimitIsRefusedWhileCopying() {
    InputStream endless =
        new InputStream() {
          private long left = QdpxReader.MAX_TOTAL_SIZE + 1;

          @Override
          public int read() {
            return left-- > 0 ? 0 : -1;
          }

          @Override
          public int read(byte[] b, int off, int len) {
            if (left <= 0) {
              return -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, (byte) 0);
            left -= n;
            return n;
          }
        };
    assertThatThrownBy(() -> reader.read(endless, "huge.qdpx"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("huge.qdpx: the archive is larger than the limit")
        .hasMessageContaining("at most " + QdpxReader.MAX_TOTAL_SIZE + " bytes");
  }

  @Test
  void brokenXmlAndMissingProjectAreNamed() {
    assertThatThrownBy(() -> reader.read(zip(Map.of("project.qde", HEAD + "<Sources>"))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("bad.qdpx!project.qde, line 1")
        .hasMessageContaining("malformed XML");
    assertThatThrownBy(() -> reader.read(zip(Map.of("other.xml", "<a/>"))))
        .hasMessageContaining("bad.qdpx: the archive has no project.qde");
  }

  @Test
  void unknownCodeRefIsNamed() {
    String qde = source("", "<PlainTextContent>Some text</PlainTextContent>"
        + selection(0, 4, "aaaaaaaa-0000-0000-0000-00000000dead"));
    assertThatThrownBy(() -> reader.read(zip(Map.of("project.qde", qde))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("at Project/Sources/TextSource[1][@name='s1']/PlainTextSelection[1]/Coding[1]/CodeRef")
        .hasMessageContaining("unknown code")
        .hasMessageContaining("aaaaaaaa-0000-0000-0000-00000000dead");
  }

  @Test
  void missingSourceAndSelectionOutsideTheTextAreNamed() {
    String missing = source("plainTextPath=\"internal://gone.txt\"", selection(0, 4, CODE));
    assertThatThrownBy(() -> reader.read(zip(Map.of("project.qde", missing))))
        .hasMessageContaining("TextSource[1][@name='s1']")
        .hasMessageContaining("missing source: the archive has no entry 'Sources/gone.txt'");
    String outside = source("plainTextPath=\"internal://s1.txt\"", selection(2, 40, CODE));
    assertThatThrownBy(() -> reader.read(zip(Map.of("project.qde", outside, "Sources/s1.txt", "Some text"))))
        .hasMessageContaining("PlainTextSelection[1]")
        .hasMessageContaining("the selection is outside the text of source 's1' (value '2-40')")
        .hasMessageContaining("0 <= start <= end <= 9");
  }

  @Test
  void segmentWithoutParticipantIsNamed() {
    String qde = source("", "<PlainTextContent>Some text</PlainTextContent>" + selection(0, 4, CODE));
    assertThatThrownBy(() -> reader.read(zip(Map.of("project.qde", qde))))
        .hasMessageContaining("no participant, role and site for source 's1'");
  }
}
