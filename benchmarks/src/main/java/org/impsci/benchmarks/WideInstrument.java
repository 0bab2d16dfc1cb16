package org.impsci.benchmarks;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;
import org.impsci.assessment.scoring.Instruments;
import org.impsci.assessment.scoring.ScoredInstrument;

/**
 * A synthetic instrument as wide as a national staff survey: {@code items} items answered 1-5,
 * {@code W001}, {@code W002}, ..., in scales of {@code perScale} consecutive items, scored as the
 * mean of at least half of a scale's items. Written in the JSON form of {@code impsci instruments
 * ID --format json} and read through {@link Instruments#load}, as a user's own instrument is.
 */
final class WideInstrument {
  private WideInstrument() {}

  /** The instrument with its rules. */
  static ScoredInstrument of(int items, int perScale) {
    return Instruments.load(
        new ByteArrayInputStream(json(items, perScale).getBytes(StandardCharsets.UTF_8)),
        "wide-" + items + ".json");
  }

  /** Its JSON text. */
  static String json(int items, int perScale) {
    String source = "{\"citation\":\"impsci benchmarks\",\"locator\":\"WideInstrument\"}";
    String scale =
        "{\"kind\":\"ORDINAL\",\"min\":1.0,\"max\":5.0,\"labels\":{\"1\":\"low\",\"5\":\"high\"},"
            + "\"nonSubstantiveOptions\":[]}";
    StringJoiner itemList = new StringJoiner(",", "[", "]");
    StringJoiner groups = new StringJoiner(",", "[", "]");
    StringJoiner members = new StringJoiner(",", "[", "]");
    for (int i = 1; i <= items; i++) {
      String id = String.format("W%03d", i);
      itemList.add("{\"id\":\"" + id + "\",\"prompt\":\"Synthetic item " + i + ".\",\"scale\":"
          + scale + ",\"reverseScored\":false,\"sources\":[" + source + "]}");
      members.add("\"" + id + "\"");
      if (i % perScale == 0 || i == items) {
        int g = (i - 1) / perScale + 1;
        groups.add("{\"id\":\"scale-" + g + "\",\"label\":\"Scale " + g + "\",\"itemIds\":"
            + members + ",\"groupIds\":[],\"sources\":[" + source + "]}");
        members = new StringJoiner(",", "[", "]");
      }
    }
    return "{\"instrument\":{\"id\":\"wide-" + items + "\",\"name\":\"Synthetic " + items
        + "-item instrument\",\"version\":\"1\",\"items\":" + itemList + ",\"groups\":" + groups
        + ",\"sources\":[" + source + "]},\"rules\":{\"minimumAnswered\":{\"kind\":\"FRACTION\","
        + "\"value\":0.5},\"aggregation\":\"MEAN\",\"applyReverseScoring\":true,"
        + "\"transform\":\"NONE\"},\"options\":[],\"publishedAlpha\":[]}";
  }
}
