package org.impsci.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The one-pass id and kind rules of {@link Ids} on ASCII text against the regular expressions
 * they replace ({@code java.util.regex} as the independent implementation), on every ASCII id the
 * framework tests use, on every short text over a small alphabet, and on ids long enough that the
 * regular expression's repeated group overflows the stack.
 */
class IdRuleTest {
  private static final Pattern ID = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");
  private static final Pattern KIND = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /** Ids and kinds from the framework, construct-reference and loader tests, good and bad. */
  private static final String[] FROM_TESTS = {
    "npt", "cfir-2.0", "inner-setting.culture", "coherence", "toy", "people.skills", "a", "b",
    "domain", "sub-construct", "construct", "NPT", "", "Coherence", "Skills_2", "Toy Framework",
    "npt:", "a.", ".a", "a..b", "a-.b", "a.-b", "-a", "a-", "a b", "0", "9.9", "a--b"
  };

  @Test
  void agreesWithTheRegularExpressionsOnTheTestsIds() {
    for (String text : FROM_TESTS) {
      assertThat(Ids.isId(text)).as(text).isEqualTo(ID.matcher(text).matches());
      assertThat(Ids.isKind(text)).as(text).isEqualTo(KIND.matcher(text).matches());
    }
    assertThat(Ids.isId("cfir-2.0")).isTrue();
    assertThat(Ids.isKind("cfir-2.0")).isFalse();
  }

  @Test
  void agreesWithTheRegularExpressionsOnEveryShortText() {
    // Every text of up to 5 characters over an alphabet with one character of each class: 7^5.
    char[] alphabet = {'a', 'z', '0', '.', '-', 'A', '_'};
    for (int length = 0; length <= 5; length++) {
      int count = (int) Math.pow(alphabet.length, length);
      for (int n = 0; n < count; n++) {
        char[] text = new char[length];
        for (int k = 0, rest = n; k < length; k++, rest /= alphabet.length) {
          text[k] = alphabet[rest % alphabet.length];
        }
        String s = new String(text);
        assertThat(Ids.isId(s)).as(s).isEqualTo(ID.matcher(s).matches());
        assertThat(Ids.isKind(s)).as(s).isEqualTo(KIND.matcher(s).matches());
      }
    }
  }

  @Test
  void agreesWithTheRegularExpressionsOnRandomLongerTexts() {
    long seed = 20261203L;
    Random random = new Random(seed);
    String alphabet = "abc019.-.-_A:";
    for (int n = 0; n < 20_000; n++) {
      char[] text = new char[1 + random.nextInt(30)];
      for (int k = 0; k < text.length; k++) {
        text[k] = alphabet.charAt(random.nextInt(alphabet.length()));
      }
      String s = new String(text);
      assertThat(Ids.isId(s)).as("seed %d: %s", seed, s)
          .isEqualTo(ID.matcher(s).matches());
      assertThat(Ids.isKind(s)).as("seed %d: %s", seed, s)
          .isEqualTo(KIND.matcher(s).matches());
    }
  }

  @Test
  void checksIdsOfAMillionCharactersWithoutExhaustingTheStack() {
    // 500,000 segments "a." and a last "a": the regular expression overflows at about 2,000.
    String longId = "a.".repeat(500_000) + "a";
    assertThat(Ids.isId(longId)).isTrue();
    assertThat(Ids.isId(longId + ".")).isFalse();
    assertThat(Ids.isId(longId.replace("a.a.a", "a..a"))).isFalse();
    String longKind = "a-".repeat(500_000) + "a";
    assertThat(Ids.isKind(longKind)).isTrue();
    assertThat(Ids.isKind(longKind + "-")).isFalse();
  }
}
