package org.impsci.assessment.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.Source;
import org.impsci.assessment.io.ImpsciJson;
import org.junit.jupiter.api.Test;

class FrameworkNavigationTest {
  private final Framework toy = FrameworkLoader.loadResource(getClass(), "toy.json");

  private static List<String> ids(List<Construct> constructs) {
    return constructs.stream().map(Construct::id).toList();
  }

  @Test
  void loadsTheFixture() {
    assertThat(toy.id()).isEqualTo("toy");
    assertThat(toy.version()).isEqualTo("2024");
    assertThat(toy.constructs()).hasSize(6);
    assertThat(toy.sources())
        .containsExactly(Source.of("Doe and Roe 2024", "10.1000/toy.2024", "Table 1"));
  }

  @Test
  void rootsAndChildrenFollowTheirOrderNotTheListOrder() {
    assertThat(ids(toy.roots())).containsExactly("people", "place");
    assertThat(ids(toy.children("people")))
        .containsExactly("people.motivation", "people.skills");
    assertThat(toy.children("place.resources")).isEmpty();
  }

  @Test
  void parentsAncestorsAndDepth() {
    assertThat(toy.parentOf("people.motivation.reward")).map(Construct::id)
        .contains("people.motivation");
    assertThat(toy.parentOf("people")).isEmpty();
    assertThat(ids(toy.ancestors("people.motivation.reward")))
        .containsExactly("people.motivation", "people");
    assertThat(toy.depth("people")).isZero();
    assertThat(toy.depth("people.skills")).isEqualTo(1);
    assertThat(toy.depth("people.motivation.reward")).isEqualTo(2);
  }

  @Test
  void descendantsAreDepthFirstInOrder() {
    assertThat(ids(toy.descendants("people")))
        .containsExactly("people.motivation", "people.motivation.reward", "people.skills");
    assertThat(ids(toy.descendants("place"))).containsExactly("place.resources");
  }

  @Test
  void findsByIdExactlyAndByAliasIgnoringCase() {
    assertThat(toy.construct("people.skills")).map(Construct::label).contains("Skills");
    assertThat(toy.construct("ps")).map(Construct::id).contains("people.skills");
    assertThat(toy.construct("ABILITIES")).map(Construct::id).contains("people.skills");
    assertThat(toy.construct("People")).isEmpty();
    assertThat(toy.require("Pm").id()).isEqualTo("people.motivation");
  }

  @Test
  void requireNamesTheFrameworkAndTheUnknownId() {
    assertThatThrownBy(() -> toy.require("people.money"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("framework 'toy'")
        .hasMessageContaining("people.money")
        .hasMessageContaining("place.resources");
    assertThatThrownBy(() -> toy.children("nowhere")).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void sourcesFallBackToTheFrameworks() {
    assertThat(toy.sourcesOf(toy.require("place")))
        .containsExactly(Source.builder().citation("Roe 2023").locator("p. 4").build());
    assertThat(toy.sourcesOf(toy.require("people"))).isEqualTo(toy.sources());
  }

  @Test
  void roundTripsThroughJson() {
    String json = ImpsciJson.write(toy);
    assertThat(ImpsciJson.mapper().valueToTree(toy).fieldNames())
        .toIterable()
        .containsExactly("id", "name", "version", "sources", "constructs");
    Framework again = ImpsciJson.read(json, Framework.class, "round-trip");
    assertThat(again).isEqualTo(toy);
    assertThat(ImpsciJson.write(again)).isEqualTo(json);
  }

  @Test
  void isValidatedWhenBuiltInCode() {
    Construct orphan =
        Construct.builder()
            .id("orphan")
            .label("Orphan")
            .definition("Has no parent in the framework.")
            .kind("construct")
            .parent("missing")
            .order(1)
            .build();
    Framework.Builder builder =
        Framework.builder()
            .id("code")
            .name("Built in code")
            .version("1")
            .addSources(Source.builder().citation("Doe 2024").build())
            .addConstructs(toy.require("people"), orphan);
    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "at constructs[1].parent: construct 'orphan' names parent 'missing', which does not"
                + " exist");
  }

  @Test
  void aConstructIsValidatedOnItsOwn() {
    assertThatThrownBy(() -> Construct.builder().from(toy.require("people")).order(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("at order: construct 'people' has order 0; allowed: 1 or more");
  }
}
