package org.impsci.assessment.framework;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.AbstractThrowableAssert;
import org.impsci.assessment.InputLocation;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.testing.LoaderAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrameworkLoaderTest {
  private static final String SOURCE = "bad.json";

  /** A framework with these construct lines; the first construct is on line 7. */
  private static String framework(String... constructs) {
    return "{\n"
        + "  \"id\": \"toy\",\n"
        + "  \"name\": \"Toy\",\n"
        + "  \"version\": \"1\",\n"
        + "  \"sources\": [{\"citation\": \"Doe 2024\"}],\n"
        + "  \"constructs\": [\n"
        + String.join(",\n", constructs)
        + "\n  ]\n}\n";
  }

  private static Framework load(String json) {
    return FrameworkLoader.load(new ByteArrayInputStream(json.getBytes(UTF_8)), SOURCE);
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> assertBad(
      String json, String path) {
    return assertThatThrownBy(() -> load(json))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(SOURCE)
        .hasMessageContaining("at " + path + ":")
        .satisfies(
            e -> {
              InputLocation where = ((InvalidInputException) e).location();
              assertThat(where.source()).contains(SOURCE);
              assertThat(where.path()).contains(path);
            });
  }

  private static final String A =
      "{\"id\": \"a\", \"label\": \"A\", \"definition\": \"First.\", \"kind\": \"domain\","
          + " \"order\": 1}";

  @Test
  void loadsAValidFramework() {
    Framework f = load(framework(A));
    assertThat(f.require("a").definition()).isEqualTo("First.");
  }

  @Test
  void malformedTruncatedJson() {
    String json = framework(A, "{\"id\": \"b\", \"label\": \"B\", \"defin");
    assertBad(json.substring(0, json.lastIndexOf("\"defin")), "constructs[1].label")
        .hasMessageContaining("construct 'b'")
        .hasMessageContaining("line 8")
        .hasMessageContaining("end-of-input");
  }

  @Test
  void wrongTypeForAField() {
    assertBad(
            framework(
                A,
                "{\"id\": \"b\", \"label\": \"B\", \"definition\": \"Second.\","
                    + " \"kind\": \"domain\", \"order\": \"second\"}"),
            "constructs[1].order")
        .hasMessageContaining("construct 'b'")
        .hasMessageContaining("line 8")
        .hasMessageContaining("second");
  }

  @Test
  void unknownProperty() {
    assertBad(
            framework(
                A,
                "{\"id\": \"b\", \"label\": \"B\", \"colour\": \"red\", \"definition\": \"S.\","
                    + " \"kind\": \"domain\", \"order\": 2}"),
            "constructs[1].colour")
        .hasMessageContaining("construct 'b'")
        .hasMessageContaining("colour");
  }

  @Test
  void duplicateJsonKey() {
    assertBad(
            framework(
                A,
                "{\"id\": \"b\", \"label\": \"B\", \"label\": \"Bee\", \"definition\": \"S.\","
                    + " \"kind\": \"domain\", \"order\": 2}"),
            "constructs[1].label")
        .hasMessageContaining("construct 'b'")
        .hasMessageContaining("Duplicate field 'label'");
  }

  @Test
  void duplicateConstructId() {
    assertBad(framework(A, A.replace("\"order\": 1", "\"order\": 2")), "constructs[1].id")
        .hasMessageContaining("line 8")
        .hasMessageEndingWith("construct id 'a' is used twice, also at constructs[0]");
  }

  @Test
  void missingParent() {
    assertBad(framework(A, child("b", "x", 1)), "constructs[1].parent")
        .hasMessage(
            "bad.json, line 8, at constructs[1].parent: construct 'b' names parent 'x', which does"
                + " not exist");
  }

  @Test
  void cycle() {
    assertBad(framework(child("a", "b", 1), child("b", "a", 1)), "constructs[0].parent")
        .hasMessageEndingWith("construct 'a' is its own ancestor: a -> b -> a");
  }

  @Test
  void childBeforeParent() {
    assertBad(framework(child("b", "a", 1), A), "constructs[0].parent")
        .hasMessageContaining("construct 'b' comes before its parent 'a' (at constructs[1])");
  }

  @Test
  void badIdFormat() {
    assertBad(framework(A, child("Skills_2", "a", 1)), "constructs[1].id")
        .hasMessageContaining("construct 'Skills_2' has an invalid id");
  }

  @Test
  void badFrameworkIdFormat() {
    assertBad(framework(A).replace("\"toy\"", "\"Toy Framework\""), "id")
        .hasMessageContaining("framework 'Toy Framework' has an invalid id")
        .hasMessageContaining("line 2");
  }

  @Test
  void blankLabel() {
    assertBad(framework(A, child("b", "a", 1).replace("\"B\"", "\"  \"")), "constructs[1].label")
        .hasMessageContaining("line 8")
        .hasMessageEndingWith("construct 'b' has a blank label");
  }

  @Test
  void duplicateOrderAmongSiblings() {
    assertBad(framework(A, child("b", "a", 1), child("c", "a", 1)), "constructs[2].order")
        .hasMessageEndingWith("construct 'c' has order 1, as has construct 'b' under 'a'");
  }

  @Test
  void aliasClashingWithAnotherConstructsIdIgnoringCase() {
    String b = child("b", "a", 1).replace("}", ", \"aliases\": [\"bee\", \"A\"]}");
    assertBad(framework(A, b), "constructs[1].aliases[1]")
        .hasMessageEndingWith("alias 'A' of construct 'b' clashes with the id of construct 'a'");
  }

  @Test
  void aliasUsedByTwoConstructs() {
    String b = child("b", "a", 1).replace("}", ", \"aliases\": [\"X1\"]}");
    String c = child("c", "a", 2).replace("}", ", \"aliases\": [\"x1\"]}");
    assertBad(framework(A, b, c), "constructs[2].aliases[0]")
        .hasMessageEndingWith("alias 'x1' of construct 'c' is also an alias of construct 'b'");
  }

  @Test
  void emptySources() {
    assertBad(framework(A).replace("[{\"citation\": \"Doe 2024\"}]", "[]"), "sources")
        .hasMessageContaining("line 5")
        .hasMessageEndingWith("framework 'toy' lists no sources");
  }

  @Test
  void utf8ByteOrderMarkIsAccepted() {
    byte[] text = framework(A).getBytes(UTF_8);
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);
    Framework f = FrameworkLoader.load(new ByteArrayInputStream(withBom), "bom.json");
    assertThat(f.id()).isEqualTo("toy");
  }

  @Test
  void crlfLineEndingsAreAcceptedAndLinesStillCount() {
    String crlf = framework(A, child("b", "x", 1)).replace("\n", "\r\n");
    assertThatThrownBy(() -> load(crlf)).hasMessageStartingWith("bad.json, line 8,");
    assertThat(load(framework(A, child("b", "a", 1)).replace("\n", "\r\n")).children("a"))
        .extracting(Construct::id)
        .containsExactly("b");
  }

  @Test
  void loadsFromAPathNamedInErrors(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("mine.json"), framework(A, child("b", "a", 1)));
    assertThat(FrameworkLoader.load(file).roots()).extracting(Construct::id).containsExactly("a");
    Files.writeString(file, framework(A, child("b", "x", 1)));
    assertThatThrownBy(() -> FrameworkLoader.load(file))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith(file + ", line 8, at constructs[1].parent");
  }

  @Test
  void missingResourceIsNamedAndTheStreamClosed() {
    LoaderAssertions.assertNamesAMissingResource(FrameworkLoader::loadResource);
    LoaderAssertions.assertClosesTheStream(
        framework(A).getBytes(UTF_8), in -> FrameworkLoader.load(in, "x.json"));
  }

  private static String child(String id, String parent, int order) {
    return "{\"id\": \"" + id + "\", \"label\": \"" + id.toUpperCase() + "\", \"definition\":"
        + " \"Below.\", \"kind\": \"construct\", \"parent\": \"" + parent + "\", \"order\": "
        + order + "}";
  }
}
