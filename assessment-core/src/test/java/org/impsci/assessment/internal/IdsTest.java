package org.impsci.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IdsTest {

  @Test
  void idsOfAnyScript() {
    // Lower-case Latin with accents (Hungarian), Greek, Cyrillic; scripts without case: Chinese,
    // Arabic, and Devanagari with its vowel signs and virama (combining marks); other digits.
    for (String id : List.of("npt", "inner-setting.culture", "1-oltás-típusa", "ελλάδα", "внедрение",
        "实施-过程", "تنفيذ", "स्वास्थ्य", "٣-أبعاد", "cfir-2.0")) {
      assertThat(Ids.isId(id)).as(id).isTrue();
    }
  }

  @Test
  void notIds() {
    // Upper case; the accent as a separate mark (NFD, not NFC); empty segments; separators at
    // the ends; space, colon, underscore and other punctuation.
    for (String id : List.of("Npt", "Oltás", "olta\u0301s", "", "a..b", "a.-b", "-a", "a-", ".a",
        "a b", "a:b", "a_b", "a/b", "ⅻ")) {
      assertThat(Ids.isId(id)).as(id).isFalse();
    }
  }

  @Test
  void kindsAreAsciiWithHyphens() {
    assertThat(Ids.isKind("sub-construct")).isTrue();
    assertThat(Ids.isKind("code")).isTrue();
    assertThat(Ids.isKind("sub.construct")).isFalse();
    assertThat(Ids.isKind("kód")).isFalse();
    assertThat(Ids.isKind("")).isFalse();
    assertThat(Ids.isKind("a--b")).isFalse();
  }

  @Test
  void longIdsAreCheckedWithoutRecursion() {
    // Issue 18: the old pattern overflowed the stack at about 2,000 dot-separated segments.
    String longId = "a" + ".a".repeat(100_000);
    assertThat(Ids.isId(longId)).isTrue();
    assertThat(Ids.isId(longId + ".")).isFalse();
    assertThat(Ids.isKind("a" + "-a".repeat(100_000))).isTrue();
  }

  @Test
  void slugsKeepLettersOfEveryScript() {
    // Worked by hand from the rule: NFKC, lower case, runs of other characters as one '-'.
    assertThat(Ids.slug("1. Oltás típusa")).isEqualTo("1-oltás-típusa");
    assertThat(Ids.slug("Olta\u0301s")).as("NFD input gives the NFC id").isEqualTo("oltás");
    assertThat(Ids.slug("Lack of time (staff)")).isEqualTo("lack-of-time-staff");
    assertThat(Ids.slug("实施 过程")).isEqualTo("实施-过程");
    assertThat(Ids.slug("Ｆｕｌｌ　ｗｉｄｔｈ")).as("full-width forms and space").isEqualTo("full-width");
    assertThat(Ids.slug("ﬁnance")).as("the fi ligature").isEqualTo("finance");
    assertThat(Ids.slug("Straße")).isEqualTo("straße");
    assertThat(Ids.slug("स्वास्थ्य सेवा")).isEqualTo("स्वास्थ्य-सेवा");
    assertThat(Ids.slug("!!! ???")).isEmpty();
    for (String name : List.of("1. Oltás típusa", "Olta\u0301s", "实施 过程", "Ｆｕｌｌ　ｗｉｄｔｈ", "İstanbul")) {
      assertThat(Ids.isId(Ids.slug(name))).as(name).isTrue();
    }
  }
}
