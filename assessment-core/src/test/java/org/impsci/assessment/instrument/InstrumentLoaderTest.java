package org.impsci.assessment.instrument;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.AbstractThrowableAssert;
import org.impsci.assessment.InputLocation;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.Source;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.assessment.testing.LoaderAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streaming instrument reader: what it builds, and bad input named by source, line, JSON path
 * and the item or group it lies in.
 */
class InstrumentLoaderTest {
  private static final String SOURCE = "bad.json";

  private static final String A =
      "{\"id\": \"A\", \"constructId\": \"toy:alpha\", \"prompt\": \"First.\", \"scale\":"
          + " {\"kind\": \"ORDINAL\", \"min\": 1, \"max\": 5, \"labels\": {\"1\": \"low\", \"5\":"
          + " \"high\"}, \"nonSubstantiveOptions\": [{\"code\": \"n_a\", \"label\": \"n/a\"}]}}";
  private static final String B =
      "{\"id\": \"B\", \"prompt\": \"Second.\", \"reverseScored\": true,"
          + " \"scale\": {\"kind\": \"NUMERIC\", \"min\": 0, \"max\": 10},"
          + " \"sources\": [{\"citation\": \"Doe 2024\", \"doi\": \"10.1/b\", \"locator\": \"T2\"}]}";
  private static final String G = "{\"id\": \"g\", \"label\": \"G\", \"itemIds\": [\"A\", \"B\"]}";
  private static final String G_A = "{\"id\": \"g\", \"label\": \"G\", \"itemIds\": [\"A\"]}";

  /**
   * An instrument with these items, one a line from line 6, and these groups, one a line after
   * the items and two more lines.
   */
  private static String instrument(List<String> items, List<String> groups) {
    return "{\n"
        + "  \"id\": \"t\",\n"
        + "  \"name\": \"T\",\n"
        + "  \"version\": \"1\",\n"
        + "  \"items\": [\n"
        + String.join(",\n", items)
        + "\n  ],\n"
        + "  \"groups\": [\n"
        + String.join(",\n", groups)
        + "\n  ],\n"
        + "  \"sources\": [{\"citation\": \"Doe 2024\"}]\n"
        + "}\n";
  }

  /** An instrument with these items, A among them, and one group of A. */
  private static String items(String... items) {
    return instrument(List.of(items), List.of(G_A));
  }

  private static Instrument load(String json) {
    return InstrumentLoader.load(new ByteArrayInputStream(json.getBytes(UTF_8)), SOURCE);
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> assertBad(
      String json, String path, int line) {
    return assertThatThrownBy(() -> load(json))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith(SOURCE + ", line " + line + ", at " + path + ": ")
        .satisfies(
            e -> {
              InputLocation where = ((InvalidInputException) e).location();
              assertThat(where.source()).contains(SOURCE);
              assertThat(where.line()).hasValue(line);
              assertThat(where.path()).contains(path);
            });
  }

  @Test
  void loadsAnInstrumentAsDatabindReadsIt() {
    String json = instrument(List.of(A, B), List.of(G));
    Instrument t = load(json);
    assertThat(t.id()).isEqualTo("t");
    assertThat(t.items()).extracting(Item::id).containsExactly("A", "B");
    Item a = t.item("A").orElseThrow();
    assertThat(a.constructId()).contains("toy:alpha");
    assertThat(a.reverseScored()).isFalse();
    assertThat(a.scale().kind()).isEqualTo(ResponseScale.Kind.ORDINAL);
    assertThat(a.scale().labels()).isEqualTo(Map.of(1, "low", 5, "high"));
    assertThat(a.scale().nonSubstantiveOptions())
        .containsExactly(NonSubstantiveOption.of("n_a", "n/a"));
    Item b = t.item("B").orElseThrow();
    assertThat(b.constructId()).isEmpty();
    assertThat(b.reverseScored()).isTrue();
    assertThat(b.scale().kind()).isEqualTo(ResponseScale.Kind.NUMERIC);
    assertThat(b.scale().min()).isZero();
    assertThat(b.scale().max()).isEqualTo(10.0);
    assertThat(b.sources()).containsExactly(Source.of("Doe 2024", "10.1/b", "T2"));
    assertThat(t.group("g").orElseThrow().itemIds()).containsExactly("A", "B");
    assertThat(t.sources()).extracting(Source::citation).containsExactly("Doe 2024");
    assertThat(t).isEqualTo(ImpsciJson.read(json, Instrument.class, "databind"));
  }

  @Test
  void readsTheExampleOfItsJavadoc() {
    String json =
        "{\n"
            + "  \"id\": \"mine\",\n"
            + "  \"name\": \"My survey\",\n"
            + "  \"version\": \"1\",\n"
            + "  \"sources\": [{\"citation\": \"Doe 2024\", \"doi\": \"10.1000/mine\"}],\n"
            + "  \"items\": [\n"
            + "    {\"id\": \"Q1\", \"constructId\": \"npt:coherence\", \"prompt\": \"It makes"
            + " sense to us.\",\n"
            + "     \"scale\": {\"kind\": \"ORDINAL\", \"min\": 1, \"max\": 5, \"labels\": {\"1\":"
            + " \"no\", \"5\": \"yes\"},\n"
            + "               \"nonSubstantiveOptions\": [{\"code\": \"not_relevant\", \"label\":"
            + " \"not relevant\"}]}},\n"
            + "    {\"id\": \"Q2\", \"prompt\": \"It is hard to do.\", \"reverseScored\": true,\n"
            + "     \"scale\": {\"kind\": \"ORDINAL\", \"min\": 1, \"max\": 5}}\n"
            + "  ],\n"
            + "  \"groups\": [{\"id\": \"all\", \"label\": \"All\", \"itemIds\": [\"Q1\", \"Q2\"]}]\n"
            + "}\n";
    Instrument mine = load(json);
    assertThat(mine.item("Q2").orElseThrow().reverseScored()).isTrue();
    assertThat(mine.item("Q1").orElseThrow().scale().acceptsCode("not_relevant")).isTrue();
    assertThat(mine.group("all").orElseThrow().itemIds()).containsExactly("Q1", "Q2");
    assertThatThrownBy(() -> load(json.replace("[\"Q1\", \"Q2\"]", "[\"Q1\", \"Q3\"]")))
        .hasMessage(
            "bad.json, line 13, at groups[0].itemIds[1]: group 'all' names item 'Q3', which the"
                + " instrument lacks");
  }

  /**
   * One bad value in item B (line 7): what it is, the text replaced and its replacement, where
   * the problem is reported, and how the message ends.
   */
  static Stream<Arguments> badValuesInItemB() {
    return Stream.of(
        Arguments.of(
            "a text for a number", "\"min\": 0", "\"min\": \"low\"", "items[1].scale.min",
            "item 'B': expected a number, found the text \"low\""),
        Arguments.of(
            "a word for a boolean", "true", "\"yes\"", "items[1].reverseScored",
            "item 'B': expected true or false, found the text \"yes\""),
        Arguments.of(
            "an unknown scale kind", "\"NUMERIC\"", "\"LIKERT\"", "items[1].scale.kind",
            "item 'B': expected ORDINAL or NUMERIC, found the text \"LIKERT\""),
        Arguments.of(
            "an array for text", "\"prompt\": \"Second.\"",
            "\"prompt\": [\"Second.\"]", "items[1].prompt",
            "item 'B': expected text, found an array"),
        Arguments.of(
            "an unknown property", "\"reverseScored\"", "\"reversed\"", "items[1].reversed",
            "item 'B': unknown property 'reversed'; allowed: id, constructId, prompt, scale,"
                + " reverseScored, sources"),
        Arguments.of(
            "a missing prompt", "\"prompt\": \"Second.\", ", "", "items[1]",
            "item 'B': Cannot build Item, some of required attributes are not set [prompt]"),
        Arguments.of(
            "a missing scale minimum", "\"min\": 0, ", "", "items[1].scale",
            "item 'B': Cannot build ResponseScale, some of required attributes are not set [min]"),
        Arguments.of(
            "a scale whose minimum is above its maximum", "\"max\": 10",
            "\"max\": -1", "items[1].scale",
            "item 'B': a response scale needs finite min < max, got 0.0..-1.0"),
        Arguments.of(
            "an item id with a space", "\"B\"", "\"B 2\"", "items[1]",
            ": item id 'B 2' must be letters, digits, '_', '-' or '.'"),
        Arguments.of(
            "a DOI with a resolver", "10.1/b", "doi.org/10.1/b", "items[1].sources[0]",
            "item 'B': DOI must start with '10.' (no resolver prefix), got 'doi.org/10.1/b'"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badValuesInItemB")
  void aBadValueIsNamedWithItsItemPathAndLine(
      String what, String from, String to, String path, String ending) {
    assertBad(items(A, B.replace(from, to)), path, 7).hasMessageEndingWith(ending);
  }

  @Test
  void malformedTruncatedJson() {
    String json = items(A, B);
    String cut = json.substring(0, json.indexOf("\"reverseScored\""));
    assertBad(cut, "items[1].prompt", 7)
        .hasMessageContaining("item 'B': ")
        .hasMessageContaining("end-of-input");
  }

  @Test
  void malformedSyntax() {
    assertBad(items(A, B.replace("\"prompt\": \"Second.\",", "\"prompt\" \"Second.\",")),
            "items[1].prompt", 7)
        .hasMessageContaining("item 'B': ")
        .hasMessageContaining("was expecting a colon");
  }

  @Test
  void wrongTypes() {
    assertBad(items(A, B.replace("\"scale\": {", "\"scale\": [{").replace("10}", "10}]")),
            "items[1].scale", 7)
        .hasMessageEndingWith("item 'B': expected an object, found an array");
    assertBad(instrument(List.of(A), List.of(G.replace("\"B\"", "null"))),
            "groups[0].itemIds[1]", 9)
        .hasMessageEndingWith("group 'g': expected text, found null");
  }

  @Test
  void wrongTypeBeforeTheIdNamesTheItemFromFurtherOn() {
    String late =
        "{\"prompt\": \"Late.\", \"scale\": {\"kind\": \"ORDINAL\", \"min\": {}}, \"id\": \"L\"}";
    assertBad(items(A, late), "items[1].scale.min", 7)
        .hasMessageEndingWith("item 'L': expected a number, found an object");
  }

  @Test
  void labelKeyThatIsNotAPoint() {
    assertBad(
            items(A.replace("\"5\": \"high\"", "\"top\": \"high\"")), "items[0].scale.labels.top", 6)
        .hasMessageEndingWith("item 'A': label key 'top' is not a whole number");
  }

  @Test
  void unknownField() {
    assertBad(items(A).replace("\"version\"", "\"edition\""), "edition", 4)
        .hasMessageContaining("unknown property 'edition'; allowed: id, name, version,");
    assertBad(items(A.replace("\"min\": 1", "\"low\": 1")), "items[0].scale.low", 6)
        .hasMessageContaining("allowed: kind, min, max, labels, nonSubstantiveOptions");
    assertBad(items(A.replace("\"label\": \"n/a\"", "\"text\": \"n/a\"")),
            "items[0].scale.nonSubstantiveOptions[0].text", 6)
        .hasMessageEndingWith("item 'A': unknown property 'text'; allowed: code, label");
    assertBad(instrument(List.of(A, B), List.of(G.replace("itemIds", "items"))),
            "groups[0].items", 10)
        .hasMessageContaining("group 'g': unknown property 'items'");
  }

  @Test
  void missingRequiredFields() {
    assertThatThrownBy(() -> load(items(A, B).replace("  \"name\": \"T\",\n", "")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "bad.json, line 1: Cannot build Instrument, some of required attributes are not set"
                + " [name]");
  }

  @Test
  void duplicateItemIds() {
    assertBad(items(A, B, A), "items[2].id", 8)
        .hasMessageEndingWith("instrument 't' has two items with id 'A', also at items[0]");
  }

  @Test
  void duplicateGroupIds() {
    assertBad(instrument(List.of(A, B), List.of(G, G)), "groups[1].id", 11)
        .hasMessageEndingWith("instrument 't' has two groups with id 'g', also at groups[0]");
  }

  @Test
  void duplicateMemberOfAGroup() {
    assertBad(instrument(List.of(A, B), List.of(G.replace("\"B\"", "\"A\""))),
            "groups[0].itemIds[1]", 10)
        .hasMessageEndingWith(": group 'g' lists 'A' twice");
  }

  @Test
  void duplicateJsonKey() {
    assertBad(items(A, B.replace("\"reverseScored\"", "\"prompt\"")), "items[1].prompt", 7)
        .hasMessageContaining("item 'B': ")
        .hasMessageContaining("Duplicate field 'prompt'");
  }

  @Test
  void groupNamingAMissingItemOrGroup() {
    assertBad(instrument(List.of(A, B), List.of(G.replace("\"B\"", "\"Z\""))),
            "groups[0].itemIds[1]", 10)
        .hasMessageEndingWith("group 'g' names item 'Z', which the instrument lacks");
    String h = "{\"id\": \"h\", \"label\": \"H\", \"groupIds\": [\"g\", \"x\"]}";
    assertBad(instrument(List.of(A, B), List.of(G, h)), "groups[1].groupIds[1]", 11)
        .hasMessageEndingWith("group 'h' names group 'x', which the instrument lacks");
  }

  @Test
  void groupsThatContainEachOther() {
    String g = "{\"id\": \"g\", \"label\": \"G\", \"groupIds\": [\"h\"]}";
    String h = "{\"id\": \"h\", \"label\": \"H\", \"groupIds\": [\"g\"]}";
    assertBad(instrument(List.of(A), List.of(g, h)), "groups[0].groupIds", 9)
        .hasMessageEndingWith("group 'g' contains itself");
  }

  @Test
  void emptyAndTrailingInput() {
    assertThatThrownBy(() -> load(""))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("bad.json, line 1: the input is empty");
    assertThatThrownBy(() -> load(items(A) + "{}"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("bad.json, line 13: unexpected content after the instrument");
    assertThatThrownBy(() -> load("[]"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("bad.json, line 1: expected an object, found an array");
  }

  @Test
  void loadsFromAPathNamedInErrors(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("mine.json"), items(A, B));
    assertThat(InstrumentLoader.load(file).items()).hasSize(2);
    Files.writeString(file, items(A, B, A));
    assertThatThrownBy(() -> InstrumentLoader.load(file))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith(file + ", line 8, at items[2].id: ");
    Path missing = dir.resolve("missing.json");
    assertThatThrownBy(() -> InstrumentLoader.load(missing))
        .hasMessageContaining("could not read " + missing);
  }

  @Test
  void missingResourceIsNamedAndTheStreamClosed() {
    LoaderAssertions.assertNamesAMissingResource(InstrumentLoader::loadResource);
    LoaderAssertions.assertClosesTheStream(
        items(A).getBytes(UTF_8), in -> InstrumentLoader.load(in, "x.json"));
  }
}
