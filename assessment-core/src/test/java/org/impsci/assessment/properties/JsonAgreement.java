package org.impsci.assessment.properties;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.assessment.testing.RandomValues;
import org.impsci.assessment.testing.SeededCase;

/**
 * What the agreement tests of the streaming readers with databind share: pools of JSON values of a
 * fitting, a coercible or a wrong type, documents built from them, and the check that both
 * readers accept the same documents and build equal values.
 */
final class JsonAgreement {
  /** Values for a text property: text, scalars that databind coerces to text, and wrong types. */
  static final String[] TEXT = {
    "\"A b\"", "\"\"", "\" \"", "1", "-0", "1.50", "1e2", "true", "false", "null", "[]", "{}",
    "[\"x\"]"
  };
  /** Values for a list of {@code Source}s. */
  static final String[] SOURCES = {
    "[{\"citation\": \"Doe\"}]", "[]", "null", "{}", "\"\"", "[null]", "[\"x\"]", "[{}]",
    "[{\"citation\": \"D\", \"doi\": \"10.1/x\", \"locator\": \"T1\"}]",
    "[{\"citation\": 7, \"doi\": null, \"locator\": 2}]", "[{\"citation\": \"D\", \"doi\": \"x\"}]",
    "[{\"citation\": null}]", "[{\"citation\": \"D\", \"pages\": 1}]", "[[]]"
  };

  private JsonAgreement() {}

  /** {@code size} numbers from 0 to 999 that choose, one after another, what a document holds. */
  static Iterator<Integer> choices(Random random, int size) {
    return RandomValues.listOf(random, size, size, () -> RandomValues.between(random, 0, 999))
        .iterator();
  }

  /**
   * Asserts that of the documents that {@code document} builds from the choices of cases 0 to
   * {@code count - 1} (each {@code size} choices), both readers agree on each, and more than 10%
   * are accepted and more than 10% rejected: the generator reaches both outcomes.
   */
  static <T> void assertBothOutcomesCommon(
      int count,
      int size,
      Function<Iterator<Integer>, String> document,
      Class<T> type,
      BiFunction<InputStream, String, T> loader) {
    int accepted = 0;
    for (int i = 0; i < count; i++) {
      String json = document.apply(choices(SeededCase.of(i).random(), size));
      accepted += agree(json, type, loader) ? 1 : 0;
    }
    assertThat(accepted * 10).as("accepted of %d", count).isGreaterThan(count);
    assertThat((count - accepted) * 10).as("rejected of %d", count).isGreaterThan(count);
  }

  /**
   * Asserts that databind (binding {@code type}) and the streaming {@code loader} both accept the
   * document and build equal values, or both reject it, the loader naming the source.
   *
   * @return whether the document was accepted
   */
  static <T> boolean agree(String json, Class<T> type, BiFunction<InputStream, String, T> loader) {
    byte[] bytes = json.getBytes(UTF_8);
    T databind = null;
    try {
      databind = ImpsciJson.mapper().readValue(bytes, type);
    } catch (Exception rejected) {
      // compared below
    }
    T streaming = null;
    try {
      streaming = loader.apply(new ByteArrayInputStream(bytes), "gen.json");
    } catch (InvalidInputException rejected) {
      assertThat(rejected.location().source()).contains("gen.json");
    }
    assertThat(streaming).as(json).isEqualTo(databind);
    return databind != null;
  }

  /** Adds the field mostly with the likely value (left out if null), else any from the pool. */
  static void field(
      List<String> fields, String name, Iterator<Integer> c, String[] pool, String likely) {
    int pick = c.next();
    String value = pick < 940 ? likely : pick < 950 ? null : pool[pick % pool.length];
    if (value != null) {
      fields.add("\"" + name + "\": " + value);
    }
  }

  /**
   * An object with the valid value of each field, but field {@code f} with {@code value} (left
   * out if null); a valid value that is null is left out too.
   */
  static String objectWith(String[] names, String[] valid, int f, String value) {
    List<String> fields = new ArrayList<>();
    for (int g = 0; g < names.length; g++) {
      String v = g == f ? value : valid[g];
      if (v != null) {
        fields.add("\"" + names[g] + "\": " + v);
      }
    }
    return "{" + String.join(", ", fields) + "}";
  }

  /**
   * Each value of each field's pool, or none, in turn in an otherwise valid object, which {@code
   * document} places in an otherwise valid document; returns how many documents were accepted.
   */
  static <T> int everyValueAlone(
      String[] names,
      String[][] pools,
      String[] valid,
      UnaryOperator<String> document,
      Class<T> type,
      BiFunction<InputStream, String, T> loader) {
    int accepted = 0;
    for (int f = 0; f < names.length; f++) {
      List<String> values = new ArrayList<>();
      values.add(null);
      values.addAll(List.of(pools[f]));
      for (String v : values) {
        accepted += agree(document.apply(objectWith(names, valid, f, v)), type, loader) ? 1 : 0;
      }
    }
    return accepted;
  }
}
