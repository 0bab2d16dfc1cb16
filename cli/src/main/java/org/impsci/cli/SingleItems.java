package org.impsci.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.List;
import org.impsci.assessment.instrument.Instrument;
import org.impsci.assessment.instrument.Item;
import org.impsci.assessment.survey.ScoredRowView;

/**
 * The items of an instrument that belong to no scale ({@link Instrument#singleItems()}, NoMAD's
 * G1-G3): their ids and positions, and their answers written per respondent.
 */
final class SingleItems {
  private static final SerializableString ITEMS = new SerializedString("items");

  private final List<String> ids;
  private final int[] positions;
  private final SerializableString[] names;

  private SingleItems(List<String> ids, int[] positions) {
    this.ids = ids;
    this.positions = positions;
    this.names = ids.stream().map(SerializedString::new).toArray(SerializableString[]::new);
  }

  static SingleItems of(Instrument instrument) {
    List<Item> singles = instrument.singleItems();
    List<Item> items = instrument.items();
    return new SingleItems(
        singles.stream().map(Item::id).toList(),
        singles.stream().mapToInt(items::indexOf).toArray());
  }

  /** The items' ids, in the instrument's order. */
  List<String> ids() {
    return ids;
  }

  /** The items' positions in the instrument's item order. */
  int[] positions() {
    return positions;
  }

  /**
   * The field {@code "items": {"G1": 7, "G2": null, ...}}, the number answered or null, when the
   * instrument has such items.
   */
  void writeJson(JsonGenerator json, ScoredRowView row, ScoreText text) throws IOException {
    if (positions.length == 0) {
      return;
    }
    json.writeFieldName(ITEMS);
    json.writeStartObject();
    for (int k = 0; k < positions.length; k++) {
      json.writeFieldName(names[k]);
      double answer = row.answer(positions[k]);
      if (Double.isNaN(answer)) {
        json.writeNull();
      } else {
        json.writeNumber(text.of(answer));
      }
    }
    json.writeEndObject();
  }
}
