package org.impsci.assessment.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Laying a user's own item wording over the paraphrased prompts. */
class WordingOverlayTest {
  private final Instrument toy = TestData.toyInstrument();

  @Test
  void replacesNamedPromptsAndKeepsTheRest(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("wording.json");
    Files.writeString(file, "{\"A1\": \"Official text one \", \"B2\": \"Official text two\"}");
    Instrument worded = WordingOverlay.apply(toy, file);
    assertThat(worded.item("A1").orElseThrow().prompt()).isEqualTo("Official text one");
    assertThat(worded.item("B2").orElseThrow().prompt()).isEqualTo("Official text two");
    assertThat(worded.item("A2").orElseThrow().prompt()).isEqualTo(toy.item("A2").orElseThrow().prompt());
    assertThat(worded.items()).hasSameSizeAs(toy.items());
    assertThat(worded.item("A3").orElseThrow().reverseScored()).isTrue();
    assertThat(worded.groups()).isEqualTo(toy.groups());
    assertThat(worded.group("a").orElseThrow().sources()).isNotEmpty();
  }

  @Test
  void anUnknownItemIsNamed() {
    assertThatThrownBy(() -> WordingOverlay.apply(toy, Map.of("Z9", "text"), "w.json"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "w.json, item Z9, at Z9: the wording names an item that instrument 'toy' does not have"
                + " (value 'Z9'); allowed: A1, A2, A3, B1, B2, N1");
  }

  @Test
  void blankTextIsRejected() {
    assertThatThrownBy(() -> WordingOverlay.apply(toy, Map.of("A1", " "), "w.json"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("must not be blank");
  }

  @Test
  void malformedFileSaysWhere(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{\"A1\": [\"x\"]}");
    assertThatThrownBy(() -> WordingOverlay.apply(toy, file))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("bad.json, line 1, at A1");
  }
}
