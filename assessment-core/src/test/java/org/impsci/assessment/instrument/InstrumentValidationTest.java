package org.impsci.assessment.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.io.ImpsciJson;
import org.junit.jupiter.api.Test;

/** Bad instrument definitions, as a user would write them in JSON, fail with a precise message. */
class InstrumentValidationTest {

  private static final String ITEM_A =
      "{\"id\":\"A\",\"prompt\":\"p\",\"scale\":{\"kind\":\"ORDINAL\",\"min\":1,\"max\":5}}";
  private static final String ITEM_B =
      "{\"id\":\"B\",\"prompt\":\"p\",\"scale\":{\"kind\":\"ORDINAL\",\"min\":1,\"max\":5}}";

  private static Instrument read(String items, String groups) {
    String json =
        "{\"id\":\"t\",\"name\":\"T\",\"version\":\"1\",\"sources\":[],\"items\":[" + items
            + "],\"groups\":[" + groups + "]}";
    return ImpsciJson.read(json, Instrument.class, "t.json");
  }

  @Test
  void aValidInstrumentGivesLookups() {
    Instrument t = read(ITEM_A + "," + ITEM_B, "{\"id\":\"g\",\"label\":\"G\",\"itemIds\":[\"A\",\"B\"]}");
    assertThat(t.itemsById().keySet()).containsExactly("A", "B");
    assertThat(t.group("g").orElseThrow().itemIds()).containsExactly("A", "B");
    assertThat(t.item("C")).isEmpty();
  }

  @Test
  void groupSourcesMayBeOmittedOrGivenAsForItems() {
    Instrument t =
        read(
            ITEM_A + "," + ITEM_B,
            "{\"id\":\"g\",\"label\":\"G\",\"itemIds\":[\"A\"]},"
                + "{\"id\":\"h\",\"label\":\"H\",\"itemIds\":[\"B\"],\"sources\":"
                + "[{\"citation\":\"Someone 2020\",\"doi\":\"10.1/x\",\"locator\":\"Table 2\"}]}");
    assertThat(t.group("g").orElseThrow().sources()).isEmpty();
    assertThat(t.group("h").orElseThrow().sources())
        .containsExactly(org.impsci.assessment.Source.of("Someone 2020", "10.1/x", "Table 2"));
    String json = ImpsciJson.write(t);
    assertThat(json).contains("\"sources\":[{\"citation\":\"Someone 2020\"");
    assertThat(ImpsciJson.read(json, Instrument.class, "again.json")).isEqualTo(t);
  }

  @Test
  void groupSourceWithAResolverPrefixIsNamedWithItsPath() {
    assertThatThrownBy(
            () ->
                read(
                    ITEM_A,
                    "{\"id\":\"g\",\"label\":\"G\",\"itemIds\":[\"A\"],\"sources\":"
                        + "[{\"citation\":\"c\",\"doi\":\"https://doi.org/10.1/x\"}]}"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("groups[0].sources[0]")
        .hasMessageContaining("DOI must start with '10.'");
  }

  @Test
  void duplicateItemIds() {
    assertThatThrownBy(() -> read(ITEM_A + "," + ITEM_A, ""))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "t.json, line 1, at items[1].id: instrument 't' has two items with id 'A', also at"
                + " items[0]");
  }

  @Test
  void groupNamingAMissingItem() {
    assertThatThrownBy(() -> read(ITEM_A, "{\"id\":\"g\",\"label\":\"G\",\"itemIds\":[\"A\",\"Z\"]}"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageEndingWith(
            "at groups[0].itemIds[1]: group 'g' names item 'Z', which the instrument lacks");
  }

  @Test
  void groupsThatContainEachOther() {
    assertThatThrownBy(
            () ->
                read(
                    ITEM_A,
                    "{\"id\":\"g\",\"label\":\"G\",\"groupIds\":[\"h\"]},"
                        + "{\"id\":\"h\",\"label\":\"H\",\"groupIds\":[\"g\"]}"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("group 'g' contains itself");
  }

  @Test
  void groupWithItemsAndSubgroups() {
    assertThatThrownBy(
            () -> read(ITEM_A, "{\"id\":\"g\",\"label\":\"G\",\"itemIds\":[\"A\"],\"groupIds\":[\"g\"]}"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("group 'g' must list either itemIds or groupIds, not both or neither");
  }

  @Test
  void ordinalScaleWithFractionalEnds() {
    String item = "{\"id\":\"A\",\"prompt\":\"p\",\"scale\":{\"kind\":\"ORDINAL\",\"min\":0.5,\"max\":5}}";
    assertThatThrownBy(() -> read(item, ""))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("an ordinal scale needs whole-number ends, got 0.5..5.0");
  }

  @Test
  void scaleWithMinAboveMax() {
    String item = "{\"id\":\"A\",\"prompt\":\"p\",\"scale\":{\"kind\":\"NUMERIC\",\"min\":10,\"max\":0}}";
    assertThatThrownBy(() -> read(item, ""))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("a response scale needs finite min < max, got 10.0..0.0");
  }

  @Test
  void labelOutsideTheScale() {
    String item =
        "{\"id\":\"A\",\"prompt\":\"p\",\"scale\":{\"kind\":\"ORDINAL\",\"min\":1,\"max\":5,"
            + "\"labels\":{\"7\":\"x\"}}}";
    assertThatThrownBy(() -> read(item, ""))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("label for point 7 lies outside 1..5");
  }

  @Test
  void nonSubstantiveCodeThatLooksLikeANumber() {
    String item =
        "{\"id\":\"A\",\"prompt\":\"p\",\"scale\":{\"kind\":\"ORDINAL\",\"min\":1,\"max\":5,"
            + "\"nonSubstantiveOptions\":[{\"code\":\"9\",\"label\":\"n/a\"}]}}";
    assertThatThrownBy(() -> read(item, ""))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("non-substantive code '9' must be lower-case letters");
  }

  @Test
  void badItemId() {
    String item = "{\"id\":\"A 1\",\"prompt\":\"p\",\"scale\":{\"kind\":\"ORDINAL\",\"min\":1,\"max\":5}}";
    assertThatThrownBy(() -> read(item, ""))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("item id 'A 1' must be letters, digits");
  }

  @Test
  void unknownPropertyIsNamedWithItsPath() {
    String item =
        "{\"id\":\"A\",\"prompt\":\"p\",\"reversed\":true,"
            + "\"scale\":{\"kind\":\"ORDINAL\",\"min\":1,\"max\":5}}";
    assertThatThrownBy(() -> read(item, ""))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("t.json, line 1, at items[0].reversed:");
  }

  @Test
  void wrongEnumValue() {
    String item = "{\"id\":\"A\",\"prompt\":\"p\",\"scale\":{\"kind\":\"LIKERT\",\"min\":1,\"max\":5}}";
    assertThatThrownBy(() -> read(item, ""))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("items[0].scale.kind")
        .hasMessageContaining("LIKERT");
  }

  @Test
  void malformedAndTruncatedJson() {
    assertThatThrownBy(() -> ImpsciJson.read("{\"id\":\"t\",", Instrument.class, "cut.json"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("cut.json, line 1");
    assertThatThrownBy(() -> ImpsciJson.read("{} {}", Instrument.class, "two.json"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("two.json");
  }

  @Test
  void duplicateKeysAreRejected() {
    assertThatThrownBy(
            () -> ImpsciJson.read("{\"citation\":\"a\",\"citation\":\"b\"}",
                org.impsci.assessment.Source.class, "dup.json"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Duplicate field 'citation'");
  }

  @Test
  void deepNestingIsRefused() {
    String deep = "[".repeat(ImpsciJson.MAX_NESTING_DEPTH + 5);
    assertThatThrownBy(
            () ->
                ImpsciJson.read(
                    new java.io.ByteArrayInputStream(deep.getBytes(StandardCharsets.UTF_8)),
                    Instrument.class,
                    "deep.json"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("deep.json");
  }

  @Test
  void aCreatorsOwnProblemIsReportedInItsWordsWithThePath() {
    assertThatThrownBy(
            () ->
                ImpsciJson.read(
                    "{\"refs\":[\"npt:coherence\",\"no colon\"]}", RefHolder.class, "refs.json"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("refs.json, line 1, at refs[1]: ")
        .hasMessageNotContaining("Cannot construct");
  }

  /** A holder of construct references, read from JSON. */
  record RefHolder(java.util.List<org.impsci.assessment.framework.ConstructRef> refs) {}

  @Test
  void answersThatAreNotNumbersCodesOrNull() {
    assertThatThrownBy(
            () ->
                ImpsciJson.read(
                    "{\"respondentId\":\"r\",\"answers\":{\"A\":true}}", Response.class, "r.json"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("answers")
        .hasMessageContaining("an answer is a number, a string code or null");
    assertThatThrownBy(
            () ->
                ImpsciJson.read(
                    "{\"respondentId\":\"r\",\"answers\":{\"A\":\" \"}}", Response.class, "r.json"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("must not be blank");
  }
}
