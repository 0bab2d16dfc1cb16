package org.impsci.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.impsci.assessment.io.ImpsciJson;
import org.junit.jupiter.api.Test;

class EmbeddedNomadScoringTest {
  @Test
  void scoresTheExampleRequestAsWorkedByHand() throws IOException {
    JsonNode body = ImpsciJson.mapper().readTree(EmbeddedNomadScoring.handle(EmbeddedNomadScoring.EXAMPLE_REQUEST));
    JsonNode scores = body.get("scores");
    // Coherence: CO4 is Option B, so (4 + 5 + 3) / 3.
    assertThat(scores.get("coherence").asDouble()).isEqualTo(4.0);
    assertThat(scores.get("cognitive-participation").asDouble()).isEqualTo(4.5);
    // Collective action: CA2 = 2 reversed to 4, so (4 + 4 + 4 + 3 + 3 + 2 + 2) / 7.
    assertThat(scores.get("collective-action").asDouble()).isEqualTo(22.0 / 7);
    // Reflexive monitoring: RM5 blank, so (3 + 4 + 4 + 5) / 4.
    assertThat(scores.get("reflexive-monitoring").asDouble()).isEqualTo(4.0);
    assertThat(body.get("strongestFirst").get(0).asText()).isEqualTo("cognitive-participation");
    assertThat(body.get("strongestFirst").get(3).asText()).isEqualTo("collective-action");
    assertThat(body.get("general").get("G1").asDouble()).isEqualTo(7.0);
  }

  @Test
  void aBadRequestGetsTheLibrarysMessage() throws IOException {
    JsonNode body = ImpsciJson.mapper().readTree(EmbeddedNomadScoring.handle(EmbeddedNomadScoring.BAD_REQUEST));
    assertThat(body.get("error").asText()).contains("CO1").contains("6");
    assertThat(body.has("scores")).isFalse();
  }

  @Test
  void mainPrintsBothExchanges() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    EmbeddedNomadScoring.run(new PrintStream(printed, true, StandardCharsets.UTF_8));
    assertThat(printed.toString(StandardCharsets.UTF_8).lines())
        .hasSize(5)
        .anyMatch(l -> l.startsWith("response: {\"respondentId\":\"synthetic-1\",\"scores\":{\"coherence\":4.0,"))
        .anyMatch(l -> l.startsWith("response: {\"error\":"));
  }
}
