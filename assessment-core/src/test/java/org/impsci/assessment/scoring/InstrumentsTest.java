package org.impsci.assessment.scoring;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.impsci.assessment.ImpsciException;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.instrument.Answer;
import org.impsci.assessment.instrument.Item;
import org.impsci.assessment.instrument.Response;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.assessment.spi.InstrumentProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The instrument registry and the JSON form of an instrument with its scoring: providers found
 * through ServiceLoader, unknown ids named with the known ones, a written instrument read back
 * equal, and bad files named by source, line, JSON path and item.
 */
class InstrumentsTest {

  static final class Clashing implements InstrumentProvider {
    @Override
    public List<ScoredInstrument> instruments() {
      return List.of(TestInstrumentProvider.scored(TestInstrumentProvider.ID));
    }
  }

  /** Two instruments, each counting its builds; the registry never asks for them all at once. */
  static final class Counting implements InstrumentProvider {
    final AtomicInteger builtA = new AtomicInteger();
    final AtomicInteger builtB = new AtomicInteger();

    @Override
    public List<ScoredInstrument> instruments() {
      throw new AssertionError("the registry builds one instrument at a time");
    }

    @Override
    public Map<String, Supplier<ScoredInstrument>> suppliers() {
      return Map.of("a", () -> build(builtA, "a"), "b", () -> build(builtB, "b"));
    }

    private static ScoredInstrument build(AtomicInteger count, String id) {
      count.incrementAndGet();
      return TestInstrumentProvider.scored(id);
    }
  }

  private static ScoredInstrument load(String json) {
    return Instruments.load(new ByteArrayInputStream(json.getBytes(UTF_8)), "mine.json");
  }

  @Test
  void bundledFindsTheProviderOnTheClassPath() {
    Instruments bundled = Instruments.bundled();
    assertThat(Instruments.bundled()).isSameAs(bundled);
    assertThat(bundled.ids()).contains(TestInstrumentProvider.ID);
    ScoredInstrument toy = bundled.get(TestInstrumentProvider.ID);
    assertThat(toy.publishedAlphaByScale()).containsExactly(Map.entry("both", 0.8));
    assertThat(toy.options()).extracting(ScoringOption::id).containsExactly("minimumAnswered");
  }

  @Test
  void unknownIdIsAnErrorListingTheKnownOnes() {
    Instruments two =
        Instruments.of(List.of(TestInstrumentProvider.scored("b"), TestInstrumentProvider.scored("a")));
    assertThat(two.ids()).containsExactly("a", "b");
    assertThat(two.find("c")).isEmpty();
    assertThatThrownBy(() -> two.get("c"))
        .isInstanceOf(ImpsciException.class)
        .hasMessage("no instrument 'c'; known: a, b");
    assertThatThrownBy(() -> Instruments.of(List.of()).get("c")).hasMessage("no instrument 'c'; known: none");
    assertThatThrownBy(() -> two.with(TestInstrumentProvider.scored("a")))
        .isInstanceOf(ImpsciException.class)
        .hasMessage("an instrument with id 'a' is already registered");
  }

  @Test
  void twoProvidersOfOneIdAreNamed() {
    assertThatThrownBy(
            () -> Instruments.fromProviders(List.of(new TestInstrumentProvider(), new Clashing())))
        .isInstanceOf(ImpsciException.class)
        .hasMessage(
            "instrument '" + TestInstrumentProvider.ID + "' is supplied by both "
                + TestInstrumentProvider.class.getName() + " and " + Clashing.class.getName());
  }

  @Test
  void anInstrumentIsBuiltWhenFirstAskedForAndKept() {
    Counting counting = new Counting();
    Instruments registry = Instruments.fromProviders(List.of(counting));
    assertThat(registry.ids()).containsExactly("a", "b");
    assertThat(counting.builtA).hasValue(0);
    ScoredInstrument a = registry.get("a");
    assertThat(a).isEqualTo(TestInstrumentProvider.scored("a"));
    assertThat(registry.find("a")).containsSame(a);
    assertThat(counting.builtA).hasValue(1);
    assertThat(counting.builtB).hasValue(0);
    assertThat(registry.all()).extracting(ScoredInstrument::id).containsExactly("a", "b");
    assertThat(counting.builtA).hasValue(1);
    assertThat(counting.builtB).hasValue(1);
    assertThat(registry.with(TestInstrumentProvider.scored("c")).find("c"))
        .hasValue(TestInstrumentProvider.scored("c"));
  }

  @Test
  void anInstrumentBuiltUnderAnotherIdIsAnError() {
    InstrumentProvider wrong =
        new InstrumentProvider() {
          @Override
          public List<ScoredInstrument> instruments() {
            return List.of();
          }

          @Override
          public Map<String, Supplier<ScoredInstrument>> suppliers() {
            return Map.of("a", () -> TestInstrumentProvider.scored("b"));
          }
        };
    Instruments registry = Instruments.fromProviders(List.of(wrong));
    assertThatThrownBy(() -> registry.get("a"))
        .isInstanceOf(ImpsciException.class)
        .hasMessage(wrong.getClass().getName() + " built instrument 'b' when asked for 'a'");
  }

  @Test
  void byDefaultAProviderSuppliesItsBuiltInstruments() {
    Map<String, Supplier<ScoredInstrument>> suppliers = new TestInstrumentProvider().suppliers();
    assertThat(suppliers).containsOnlyKeys(TestInstrumentProvider.ID);
    assertThat(suppliers.get(TestInstrumentProvider.ID).get())
        .isEqualTo(TestInstrumentProvider.scored(TestInstrumentProvider.ID));
  }

  @Test
  void theScorerUsesTheRulesAndLeavesSingleItemsOut() {
    ScoredInstrument toy = TestInstrumentProvider.scored("toy");
    assertThat(toy.instrument().singleItems()).extracting(Item::id).containsExactly("Q3");
    // By hand: Q1 = 4, Q2 = 2 reverse-scored as 5 + 1 - 2 = 4; mean (4 + 4) / 2 = 4.
    Response r = Response.builder().respondentId("p1").putAnswers("Q1", Answer.of(4))
        .putAnswers("Q2", Answer.of(2))
        .putAnswers("Q3", Answer.of(9)).build();
    assertThat(toy.scorer().score(r).scores()).singleElement()
        .satisfies(s -> assertThat(s.score()).hasValue(4.0));
    // One answer of two falls short of the rule's count of 2: no score, with the reason.
    Response half = Response.builder().respondentId("p2").putAnswers("Q1", Answer.of(4)).build();
    assertThat(toy.scorer().score(half).scores().get(0).score()).isEmpty();
  }

  @Test
  void writtenJsonReadsBackEqual(@TempDir Path dir) throws Exception {
    ScoredInstrument toy = TestInstrumentProvider.scored("toy");
    Path file = dir.resolve("toy.json");
    Files.writeString(file, ImpsciJson.write(toy));
    assertThat(Instruments.load(file)).isEqualTo(toy);
    assertThat(ImpsciJson.read(ImpsciJson.write(toy), ScoredInstrument.class, "toy.json")).isEqualTo(toy);
  }

  @Test
  void optionsAndFiguresMayBeLeftOut() {
    String instrument = ImpsciJson.write(TestInstrumentProvider.instrument("mine"));
    ScoredInstrument mine =
        load("{\"instrument\":" + instrument
            + ",\"rules\":{\"minimumAnswered\":{\"kind\":\"FRACTION\",\"value\":0.5}}}");
    assertThat(mine.rules()).isEqualTo(ScoringRules.meanOf(MinimumAnswered.fraction(0.5)));
    assertThat(mine.options()).isEmpty();
    assertThat(mine.publishedAlpha()).isEmpty();
  }

  @Test
  void badFilesAreNamedBySourceLinePathAndItem() {
    String instrument = ImpsciJson.write(TestInstrumentProvider.instrument("mine"));
    String rules = "\"rules\":{\"minimumAnswered\":{\"kind\":\"COUNT\",\"value\":2}}";
    // An item's broken rule inside the nested instrument keeps its full path.
    String twoQ1 = instrument.replace("\"id\":\"Q2\"", "\"id\":\"Q1\"");
    assertThat(twoQ1).isNotEqualTo(instrument);
    assertThatThrownBy(() -> load("{\"instrument\":" + twoQ1 + "," + rules + "}"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("mine.json")
        .hasMessageContaining("at instrument.items[1].id")
        .hasMessageContaining("two items with id 'Q1'");
    // A count of 3 cannot apply to a scale of 2 members.
    assertThatThrownBy(
            () -> load("{\"instrument\":" + instrument
                + ",\"rules\":{\"minimumAnswered\":{\"kind\":\"COUNT\",\"value\":3}}}"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("mine.json, line 1, at rules:");
    assertThatThrownBy(
            () -> load("{\"instrument\":" + instrument
                + ",\"rules\":{\"minimumAnswered\":{\"kind\":\"FRACTION\",\"value\":1.5}}}"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("at rules.minimumAnswered")
        .hasMessageContaining("a minimum fraction must lie in (0, 1], got 1.5");
    assertThatThrownBy(
            () -> load("{\"instrument\":" + instrument + "," + rules
                + ",\"publishedAlpha\":[{\"scaleId\":\"none\",\"alpha\":0.7,"
                + "\"source\":{\"citation\":\"Doe 2024\"}}]}"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("at publishedAlpha[0].scaleId")
        .hasMessageContaining("instrument 'mine' has no scale 'none'; its scales: both");
    assertThatThrownBy(() -> load("{\"instrument\":" + instrument + "," + rules + ",\"rule\":1}"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("rule")
        .hasMessageContaining("instrument, rules, options, publishedAlpha");
  }
}
