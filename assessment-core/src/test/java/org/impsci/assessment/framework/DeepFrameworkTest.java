package org.impsci.assessment.framework;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.coding.CodingFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Frameworks as deep or as long as their input makes them: a 30,000-level chain of parents (its
 * validation walked every ancestor chain, 30,000^2 / 2 steps), ids of thousands of dotted segments
 * (a regular expression's repeated group overflowed the stack at about 2,000), and cycles among
 * many constructs. The expected depths and counts follow from how the input is built; the
 * timeouts only stop a run that would not end, and are far above what the work needs.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DeepFrameworkTest {
  private static final int LEVELS = 30_000;

  /** A construct as a line of framework JSON. */
  private static String construct(String id, String parent) {
    return "{\"id\":\"" + id + "\",\"label\":\"L\",\"definition\":\"D.\",\"kind\":\"k\",\"order\":1"
        + (parent == null ? "" : ",\"parent\":\"" + parent + "\"") + "}";
  }

  private static Framework load(List<String> constructs) {
    String json = "{\"id\":\"deep\",\"name\":\"Deep\",\"version\":\"1\","
        + "\"sources\":[{\"citation\":\"Generated\"}],\"constructs\":["
        + String.join(",\n", constructs) + "]}";
    return FrameworkLoader.load(new ByteArrayInputStream(json.getBytes(UTF_8)), "deep.json");
  }

  /** Constructs c0 (the root) to c{n-1}, each the parent of the next. */
  private static List<String> chain(int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(construct("c" + i, i == 0 ? null : "c" + (i - 1)));
    }
    return out;
  }

  @Test
  void validatesAndWalksAThirtyThousandLevelChain() {
    Framework f = load(chain(LEVELS));
    String deepest = "c" + (LEVELS - 1);
    assertThat(f.depth(deepest)).isEqualTo(LEVELS - 1);
    assertThat(f.depth("c0")).isZero();
    assertThat(f.ancestors(deepest)).hasSize(LEVELS - 1);
    assertThat(f.ancestors(deepest).get(0).id()).isEqualTo("c" + (LEVELS - 2));
    assertThat(f.descendants("c0")).hasSize(LEVELS - 1);
    assertThat(f.descendants("c0").get(LEVELS - 2).id()).isEqualTo(deepest);
    assertThat(f.children("c" + (LEVELS - 2))).extracting(Construct::id).containsExactly(deepest);
    CodingFrame frame = CodingFrame.of(f);
    assertThat(frame.codes()).hasSize(LEVELS);
    assertThat(frame.codes().get(LEVELS - 1).depth()).isEqualTo(LEVELS - 1);
  }

  @Test
  void listsThirtyThousandSiblingsAndTheirTreeOrder() {
    // One root with 30,000 children, listed in reverse order of their order field.
    List<String> constructs = new ArrayList<>(List.of(construct("root", null)));
    for (int i = 0; i < LEVELS; i++) {
      constructs.add(construct("s" + i, "root").replace("\"order\":1", "\"order\":" + (LEVELS - i)));
    }
    Framework f = load(constructs);
    assertThat(f.children("root")).hasSize(LEVELS);
    assertThat(f.children("root").get(0).id()).isEqualTo("s" + (LEVELS - 1));
    assertThat(CodingFrame.of(f).codes().get(LEVELS).code().construct()).isEqualTo("s0");
  }

  @Test
  void reportsTheFirstConstructOnACycleWithTheWholeCycle() {
    // c0..c29999 a valid chain, then w -> x -> y -> z -> x: w leads into the cycle but is not on
    // it, so x (the first construct on it) is reported, with the cycle walked from x.
    List<String> constructs = chain(LEVELS);
    constructs.add(construct("w", "x"));
    constructs.add(construct("x", "y"));
    constructs.add(construct("y", "z"));
    constructs.add(construct("z", "x"));
    assertThatThrownBy(() -> load(constructs))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("at constructs[" + (LEVELS + 1) + "].parent")
        .hasMessageEndingWith("construct 'x' is its own ancestor: x -> y -> z -> x");
  }

  @Test
  void reportsACycleThroughThirtyThousandConstructs() {
    // The chain's root made the child of its last construct: every construct is on the cycle,
    // and c0, the first, is reported.
    List<String> constructs = chain(LEVELS);
    constructs.set(0, construct("c0", "c" + (LEVELS - 1)));
    assertThatThrownBy(() -> load(constructs))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("at constructs[0].parent")
        .hasMessageContaining("construct 'c0' is its own ancestor: c0 -> c29999 -> c29998 -> ")
        .hasMessageEndingWith(" -> c2 -> c1 -> c0");
  }

  @Test
  void acceptsIdsOfThousandsOfDottedSegments() {
    // 2,000 segments, 3,999 characters: about where the regular expression overflowed.
    String id = "a." .repeat(1_999) + "a";
    ConstructRef ref = ConstructRef.parse("deep:" + id);
    assertThat(ref.construct()).hasSize(3_999);
    Framework f = load(List.of(construct("root", null), construct(id, "root")));
    assertThat(f.require(id).parent()).contains("root");
    String tooLong = "b-".repeat(100_000) + "b";
    assertThat(ConstructRef.parse(tooLong + ":" + tooLong).framework()).isEqualTo(tooLong);
    assertThatThrownBy(() -> ConstructRef.parse("deep:" + id + "."))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("is not a valid construct id");
  }
}
