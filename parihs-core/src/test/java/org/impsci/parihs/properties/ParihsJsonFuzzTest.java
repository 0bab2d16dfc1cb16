package org.impsci.parihs.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.impsci.assessment.ImpsciException;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.assessment.testing.ByteEdits;
import org.impsci.assessment.testing.RandomValues;
import org.impsci.assessment.testing.SeededCase;
import org.impsci.assessment.testing.SeededCases;
import org.impsci.parihs.ParihsAssessment;
import org.impsci.parihs.ParihsOptions;
import org.impsci.parihs.iparihs.IParihsAssessment;
import org.junit.jupiter.api.BeforeAll;

/**
 * parihs-core's JSON value types read from mutated valid documents and arbitrary text, generated
 * from fixed seeds ({@link SeededCases}): a value or the library's own exception, within a time
 * bound; valid values round-trip.
 */
class ParihsJsonFuzzTest {
  static final String VALID =
      "{\"site\":\"w\",\"placements\":[{\"subElement\":\"evidence.research\",\"point\":3,"
          + "\"rationale\":\"r\"}]}";
  /** The characters that edits put in place of the valid document's (all ASCII). */
  static final byte[] EDIT_CHARS = "\",:{}[]9-e\\\u0000".getBytes(StandardCharsets.US_ASCII);

  /**
   * The valid document with 1 to 5 of its characters replaced, any text up to 300 characters, or
   * up to 300 bytes each taken as one character, each as often.
   */
  static String document(Random r) {
    return switch (r.nextInt(3)) {
      case 0 -> new String(
          ByteEdits.replaced(r, VALID.getBytes(StandardCharsets.US_ASCII), EDIT_CHARS, 5),
          StandardCharsets.US_ASCII);
      case 1 -> RandomValues.text(r, 0, 300);
      default -> new String(RandomValues.bytes(r, 300), StandardCharsets.ISO_8859_1);
    };
  }

  private static final Class<?>[] TYPES = {
    ParihsAssessment.class, IParihsAssessment.class, ParihsOptions.class
  };

  /**
   * The valid document, read once as each type before the timed cases, so that the first case's
   * time bound does not take in loading the reader's classes.
   */
  @BeforeAll
  static void validDocumentReadsOrFailsWithTheLibrarysException() {
    for (Class<?> type : TYPES) {
      readsOrFailsWithTheLibrarysException(VALID, type);
    }
  }

  @SeededCases(200)
  void readsOrFailsWithTheLibrarysException(SeededCase c) {
    String json = document(c.random());
    for (Class<?> type : TYPES) {
      assertTimeoutPreemptively(
          Duration.ofSeconds(5), () -> readsOrFailsWithTheLibrarysException(json, type));
    }
  }

  /** A value that round-trips, or the library's own exception with a message. */
  static void readsOrFailsWithTheLibrarysException(String json, Class<?> type) {
    try {
      Object value = ImpsciJson.read(json, type, "p.json");
      assertThat(ImpsciJson.read(ImpsciJson.write(value), type, "again")).isEqualTo(value);
    } catch (ImpsciException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }
}
