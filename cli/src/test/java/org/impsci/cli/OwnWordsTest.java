package org.impsci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.impsci.assessment.io.ImpsciJson;
import org.junit.jupiter.api.Test;

/**
 * Own words: no definition, prompt, note or description bundled in any module repeats a published
 * quotation that the bundled data mark as such (a source's {@code quote}). A text copies a quote
 * when they share a run of 8 words, or, for a quote of fewer than 9 words, all its words but one
 * in a row (at least 3), so that a short published definition with one word added is still
 * caught. Words are compared lower-cased, letters and digits only.
 *
 * <p>Lives in the command line's tests because its build sees every module; it reads each
 * module's {@code src/main/resources} JSON, so a new module's resources are covered too.
 */
class OwnWordsTest {
  private static final Set<String> OWN_WORDS = Set.of("definition", "prompt", "note", "description");
  private static final int RUN = 8;

  private record Text(String where, String text) {}

  @Test
  void noBundledDefinitionOrPromptRepeatsAMarkedQuotation() throws IOException {
    List<Text> texts = new ArrayList<>();
    List<Text> quotes = new ArrayList<>();
    try (Stream<Path> modules = Files.list(Path.of("..").toAbsolutePath().normalize())) {
      for (Path resources : modules.map(m -> m.resolve("src/main/resources")).filter(Files::isDirectory).toList()) {
        try (Stream<Path> files = Files.walk(resources)) {
          for (Path json : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
            collect(ImpsciJson.mapper().readTree(json.toFile()), json.getFileName().toString(), texts, quotes);
          }
        }
      }
    }
    // The quotes bcw.json keeps: Michie et al. 2011 Table 1's definitions of incentivisation,
    // coercion and modelling; and thousands of own-words texts across the modules.
    assertThat(quotes).extracting(Text::where).contains(
        "bcw.json:/constructs/2/sources/0/quote", "bcw.json:/constructs/3/sources/0/quote",
        "bcw.json:/constructs/7/sources/0/quote");
    assertThat(texts).hasSizeGreaterThan(500);
    List<String> copies = new ArrayList<>();
    for (Text quote : quotes) {
      for (Text text : texts) {
        copied(text.text(), quote.text()).ifPresent(run -> copies.add(text.where() + " repeats '" + run + "' of " + quote.where()));
      }
    }
    assertThat(copies).isEmpty();
  }

  @Test
  void theRuleCatchesTheDefinitionsThatCopiedTheirSource() {
    // The three BCW definitions bundled before this test existed (git history of bcw.json),
    // against the wording Michie et al. 2011 Table 1 prints.
    assertThat(copied("Creating an expectation of reward.", "Creating expectation of reward"))
        .contains("expectation of reward");
    assertThat(copied("Creating an expectation of punishment or cost.", "Creating expectation of punishment or cost"))
        .contains("expectation of punishment or cost");
    assertThat(copied("Offering an example for people to aspire to or copy.",
            "Providing an example for people to aspire to or imitate"))
        .contains("an example for people to aspire to or");
    // Seven words of a long quote in a row are not a copy; punctuation and case do not matter.
    assertThat(copied("an example, for people to aspire to!", "Providing an example for people to aspire to or imitate")).isEmpty();
    assertThat(copied("AN EXAMPLE FOR PEOPLE -- TO ASPIRE TO, OR ...", "Providing an example for people to aspire to or imitate"))
        .contains("an example for people to aspire to or");
    assertThat(copied("reward", "reward")).isEmpty();
  }

  /** The run of words a text shares with a quote, if it copies it by the rule above. */
  static Optional<String> copied(String text, String quote) {
    List<String> q = words(quote);
    int run = q.size() < RUN + 1 ? q.size() - 1 : RUN;
    if (run < 3) {
      return Optional.empty();
    }
    String t = " " + String.join(" ", words(text)) + " ";
    for (int i = 0; i + run <= q.size(); i++) {
      String piece = String.join(" ", q.subList(i, i + run));
      if (t.contains(" " + piece + " ")) {
        return Optional.of(piece);
      }
    }
    return Optional.empty();
  }

  private static List<String> words(String s) {
    return Arrays.stream(s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
  }

  private static void collect(JsonNode node, String where, List<Text> texts, List<Text> quotes) {
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), where + "/" + i, texts, quotes);
      }
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> f = it.next();
        String at = (where.contains(":") ? where : where + ":") + "/" + f.getKey();
        if (f.getValue().isTextual() && f.getKey().equals("quote")) {
          quotes.add(new Text(at, f.getValue().asText()));
        } else if (f.getValue().isTextual() && OWN_WORDS.contains(f.getKey())) {
          texts.add(new Text(at, f.getValue().asText()));
        } else {
          collect(f.getValue(), at, texts, quotes);
        }
      }
    }
  }
}
