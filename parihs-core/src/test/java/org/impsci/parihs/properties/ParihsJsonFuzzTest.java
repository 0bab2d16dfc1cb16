package org.impsci.parihs.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.impsci.assessment.ImpsciException;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.parihs.IParihsAssessment;
import org.impsci.parihs.ParihsAssessment;
import org.impsci.parihs.ParihsOptions;

/**
 * parihs-core's JSON value types read from mutated valid documents and arbitrary text: a value or
 * the library's own exception, within a time bound; valid values round-trip.
 */
class ParihsJsonFuzzTest {
  static final String VALID =
      "{\"site\":\"w\",\"placements\":[{\"subElement\":\"evidence.research\",\"point\":3,"
          + "\"rationale\":\"r\"}]}";

  @Provide
  Arbitrary<String> documents() {
    Arbitrary<String> mutated =
        Combinators.combine(
                Arbitraries.integers().between(0, VALID.length() - 1),
                Arbitraries.of('"', ',', ':', '{', '}', '[', ']', '9', '-', 'e', '\\', '\u0000'))
            .as((at, c) -> new int[] {at, c})
            .list().ofMinSize(1).ofMaxSize(5)
            .map(edits -> {
              char[] out = VALID.toCharArray();
              for (int[] e : edits) {
                out[e[0]] = (char) e[1];
              }
              return new String(out);
            });
    return Arbitraries.oneOf(mutated, Arbitraries.strings().ofMaxLength(300),
        Arbitraries.bytes().array(byte[].class).ofMaxSize(300)
            .map(b -> new String(b, StandardCharsets.ISO_8859_1)));
  }

  @Property(tries = 200)
  void readsOrFailsWithTheLibrarysException(@ForAll("documents") String json) {
    for (Class<?> type : new Class<?>[] {ParihsAssessment.class, IParihsAssessment.class,
        ParihsOptions.class}) {
      assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
        try {
          Object value = ImpsciJson.read(json, type, "p.json");
          assertThat(ImpsciJson.read(ImpsciJson.write(value), type, "again")).isEqualTo(value);
        } catch (ImpsciException expected) {
          assertThat(expected.getMessage()).isNotBlank();
        }
      });
    }
  }
}
