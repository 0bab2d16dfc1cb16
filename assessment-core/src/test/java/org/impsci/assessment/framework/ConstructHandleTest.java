package org.impsci.assessment.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.impsci.assessment.InvalidInputException;
import org.junit.jupiter.api.Test;

class ConstructHandleTest {
  private static final Framework TOY =
      FrameworkLoader.loadResource(ConstructHandleTest.class, "toy.json");

  /** Handles to the toy fixture, leaving out {@code place.resources} on purpose. */
  enum Toy implements ConstructHandle {
    PEOPLE("people"),
    MOTIVATION("people.motivation"),
    REWARD("people.motivation.reward"),
    SKILLS("people.skills"),
    PLACE("place");

    private final String id;

    Toy(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public Framework framework() {
      return TOY;
    }

    static Optional<Toy> find(String idOrAlias) {
      return ConstructHandle.find(values(), TOY, idOrAlias);
    }

    static Toy of(String idOrAlias) {
      return ConstructHandle.of(values(), TOY, idOrAlias);
    }
  }

  @Test
  void findsAndResolvesByIdOrAliasIgnoringCase() {
    assertThat(Toy.find("people.skills")).contains(Toy.SKILLS);
    assertThat(Toy.find("abilities")).contains(Toy.SKILLS);
    assertThat(Toy.find("people.money")).isEmpty();
    assertThat(Toy.of("pm")).isEqualTo(Toy.MOTIVATION);
    assertThat(Toy.of("people.motivation.reward")).isEqualTo(Toy.REWARD);
  }

  @Test
  void refConstructAndKindComeFromTheResource() {
    assertThat(Toy.SKILLS.ref()).isEqualTo(ConstructRef.of("toy", "people.skills"));
    assertThat(Toy.SKILLS.construct()).isSameAs(TOY.constructsById().get("people.skills"));
    assertThat(Toy.SKILLS.construct().label()).isEqualTo("Skills");
    assertThat(Toy.PEOPLE.kind()).isEqualTo("domain");
    assertThat(Toy.REWARD.kind()).isEqualTo("sub-construct");
  }

  @Test
  void anUnknownIdIsTheFrameworksInvalidInput() {
    assertThatThrownBy(() -> Toy.of("people.money"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("framework 'toy'")
        .hasMessageContaining("people.money");
  }

  @Test
  void aConstructWithoutAHandleIsAnIllegalState() {
    assertThatThrownBy(() -> Toy.of("place.resources"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("place.resources")
        .hasMessageContaining("toy");
    assertThatThrownBy(() -> Toy.find("PR")).isInstanceOf(IllegalStateException.class);
  }
}
