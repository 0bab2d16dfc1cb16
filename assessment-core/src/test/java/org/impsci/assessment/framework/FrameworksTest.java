package org.impsci.assessment.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.impsci.assessment.ImpsciException;
import org.impsci.assessment.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.impsci.assessment.spi.FrameworkProvider;

class FrameworksTest {
  private final Framework toy = FrameworkLoader.loadResource(getClass(), "toy.json");

  /** A second provider class supplying the same id as the test provider. */
  static final class Clashing implements FrameworkProvider {
    @Override
    public List<Framework> frameworks() {
      return List.of(TestFrameworkProvider.framework(TestFrameworkProvider.ID));
    }
  }

  @Test
  void bundledFindsProvidersThroughServiceLoaderAndCachesThem() {
    Frameworks bundled = Frameworks.bundled();
    assertThat(bundled.find(TestFrameworkProvider.ID)).isPresent();
    assertThat(bundled.get(TestFrameworkProvider.ID).require("only").label()).isEqualTo("Only");
    assertThat(Frameworks.bundled()).isSameAs(bundled);
  }

  @Test
  void aUserFrameworkFromJsonJoinsTheBundledOnes() {
    Frameworks registry = Frameworks.bundled().with(toy);
    assertThat(registry.resolve("toy:place.resources").label()).isEqualTo("Resources");
    assertThat(registry.resolve(ConstructRef.of("test-bundled", "only")).id()).isEqualTo("only");
    assertThat(Frameworks.bundled().find("toy")).isEmpty();
  }

  @Test
  void allIsInIdOrder() {
    Frameworks registry =
        Frameworks.of(
            List.of(
                toy, TestFrameworkProvider.framework("b"), TestFrameworkProvider.framework("a")));
    assertThat(registry.all()).extracting(Framework::id).containsExactly("a", "b", "toy");
  }

  @Test
  void addingAFrameworkIdTwiceNamesIt() {
    Frameworks registry = Frameworks.of(List.of(toy));
    assertThatThrownBy(() -> registry.with(toy))
        .isInstanceOf(ImpsciException.class)
        .hasMessageContaining("'toy'");
  }

  @Test
  void getListsTheKnownIds() {
    Frameworks registry = Frameworks.of(List.of(toy, TestFrameworkProvider.framework("a")));
    assertThat(registry.find("npt")).isEmpty();
    assertThatThrownBy(() -> registry.get("npt"))
        .isInstanceOf(ImpsciException.class)
        .hasMessage("no framework 'npt'; known: a, toy");
  }

  @Test
  void resolvingAnUnknownConstructNamesFrameworkAndId() {
    Frameworks registry = Frameworks.of(List.of(toy));
    assertThatThrownBy(() -> registry.resolve("toy:people.money"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("framework 'toy'")
        .hasMessageContaining("people.money");
    assertThatThrownBy(() -> registry.resolve("npt:coherence"))
        .isInstanceOf(ImpsciException.class)
        .hasMessageContaining("no framework 'npt'");
  }

  @Test
  void twoProvidersOfOneIdAreNamedBoth() {
    assertThatThrownBy(
            () -> Frameworks.fromProviders(List.of(new TestFrameworkProvider(), new Clashing())))
        .isInstanceOf(ImpsciException.class)
        .hasMessage(
            "framework 'test-bundled' is supplied by both "
                + TestFrameworkProvider.class.getName() + " and " + Clashing.class.getName());
  }
}
