package org.impsci.qda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.framework.Construct;
import org.impsci.assessment.framework.Framework;
import org.impsci.assessment.framework.Frameworks;
import org.impsci.assessment.testing.ToyData;
import org.impsci.qda.internal.SafeXml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Work on hostile REFI-QDA input is bounded (impsci issue 18, points 5 and 6): deep nesting is
 * refused at a documented depth with the library's error, never a stack overflow, and codes of one
 * name get their ids in linear time.
 */
class QdaBoundsTest {
  @TempDir Path dir;

  private static Framework read(String qdc) {
    return QdpxArchives.codebook(qdc, "deep.qdc").framework();
  }

  /** A codebook whose codes nest {@code depth} deep, each named {@code c}. */
  private static String nested(int depth) {
    StringBuilder qdc = new StringBuilder("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>");
    for (int i = 0; i < depth; i++) {
      qdc.append("<Code guid=\"").append(String.format("00000000-0000-0000-0000-%012d", i))
          .append("\" name=\"c\" isCodable=\"true\">");
    }
    qdc.append("</Code>".repeat(depth));
    return qdc.append("</Codes></CodeBook>").toString();
  }

  @Test
  void codesNestedTwentyThousandDeepAreRefusedAtTheDepthLimit() {
    // Before the limit, 20,000 nested codes overflowed the stack in the recursive code walk.
    assertThatThrownBy(() -> read(nested(20_000)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("deep.qdc, line 1")
        .hasMessageContaining("the elements are nested deeper than the limit; allowed: at most 256"
            + " levels of nested elements");
  }

  @Test
  void codesNestedUpToTheLimitAreRead() {
    // CodeBook is level 1 and Codes level 2, so codes may nest 254 deep.
    Framework deepest = read(nested(SafeXml.MAX_DEPTH - 2));
    assertThat(deepest.constructs()).hasSize(254);
    Construct last = deepest.constructs().get(253);
    assertThat(last.id()).isEqualTo("c" + ".c".repeat(253));
    assertThat(last.parent()).contains("c" + ".c".repeat(252));
    assertThatThrownBy(() -> read(nested(SafeXml.MAX_DEPTH - 1)))
        .hasMessageContaining("nested deeper than the limit");
  }

  @Test
  void deepMarkupInAProjectTextIsRefusedAtTheDepthLimit() {
    // Before the limit, 20,000 nested elements in PlainTextContent overflowed the stack when the
    // DOM gathered their text.
    String qde = "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"><Sources>"
        + "<TextSource guid=\"dddddddd-0000-0000-0000-000000000001\" name=\"s1\"><PlainTextContent>"
        + "<b>x".repeat(20_000) + "</b>".repeat(20_000)
        + "</PlainTextContent></TextSource></Sources></Project>";
    Path file = QdpxArchives.zip(dir.resolve("deep.qdpx"), Map.of("project.qde", qde));
    QdpxReader reader =
        QdpxReader.of(Frameworks.of(List.of(ToyData.framework())), QdpxOptions.defaults());
    assertThatThrownBy(() -> reader.read(file))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("deep.qdpx!project.qde, line 1")
        .hasMessageContaining("at most 256 levels of nested elements");
  }

  @Test
  void thirtyThousandCodesOfOneNameGetNumberedIds() {
    // Before, each clash re-probed x-2, x-3, ... from 2: about 450 million probes for 30,000
    // codes. Now each name keeps its counter. The ids are as before: x, x-2, ..., x-30000.
    int n = 30_000;
    StringBuilder qdc = new StringBuilder("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>");
    for (int i = 0; i < n; i++) {
      qdc.append("<Code guid=\"").append(String.format("00000000-0000-0000-0000-%012d", i))
          .append("\" name=\"x\" isCodable=\"true\"/>");
    }
    Framework f = read(qdc.append("</Codes></CodeBook>").toString());
    assertThat(f.constructs()).hasSize(n);
    assertThat(f.constructs().get(0).id()).isEqualTo("x");
    assertThat(f.constructs().get(1).id()).isEqualTo("x-2");
    assertThat(f.constructs().get(n - 1).id()).isEqualTo("x-30000");
  }

  @Test
  void numberedIdsSkipIdsTakenByOtherNames() {
    // Worked by hand: "x 2" takes x-2 first; the second "x" then skips it to x-3, the third
    // takes x-4; "x-3" (its own slug taken) becomes x-3-2.
    String qdc = "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>"
        + code(1, "x 2") + code(2, "x") + code(3, "x") + code(4, "x") + code(5, "x-3")
        + "</Codes></CodeBook>";
    assertThat(read(qdc).constructs()).extracting(Construct::id)
        .containsExactly("x-2", "x", "x-3", "x-4", "x-3-2");
  }

  private static String code(int guid, String name) {
    return "<Code guid=\"00000000-0000-0000-0000-" + String.format("%012d", guid) + "\" name=\""
        + name + "\" isCodable=\"true\"/>";
  }
}
