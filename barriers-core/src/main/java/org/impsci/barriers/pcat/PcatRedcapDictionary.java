package org.impsci.barriers.pcat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.impsci.assessment.instrument.Instrument;
import org.impsci.assessment.instrument.Item;
import org.impsci.assessment.io.RedcapDictionary;

/**
 * pCAT as a REDCap data dictionary, in the columns of {@link RedcapDictionary#COLUMNS}: form
 * {@code pcat}, the {@code record_id} field, then for each item a section of three fields named
 * as pcatR's wide form names its columns: {@code item01_direction} (radio, 1 barrier, 2 neutral,
 * 3 facilitator; annotated {@code impsci item 1} as every dictionary names an item's field),
 * {@code item01_effect} (radio, 0 weak or no effect, 1 strong effect; shown only when the
 * direction is 1 or 3) and {@code item01_comment} (notes, free text).
 *
 * <p>Thread-safe: it has only static methods.
 */
public final class PcatRedcapDictionary {
  /** The effect's choices, 0 and 1 as pcatR codes them. */
  static final String EFFECT_CHOICES = "0, Weak or no effect | 1, Strong effect";

  private PcatRedcapDictionary() {}

  /**
   * The dictionary's rows after the header, each with a cell for each of {@link
   * RedcapDictionary#COLUMNS}; the prompts are those of {@code pcat} (the bundled paraphrases, or
   * the user's wording laid over them).
   *
   * @throws IllegalArgumentException if {@code pcat} is not pCAT: another id, or an item 1-14
   *     missing
   */
  public static List<List<String>> rows(Instrument pcat) {
    if (!pcat.id().equals(Pcat.ID)) {
      throw new IllegalArgumentException("not pCAT but instrument '" + pcat.id() + "'");
    }
    String form = RedcapDictionary.formName(pcat);
    List<List<String>> rows = new ArrayList<>();
    rows.add(field(form, "record_id", "", "text", "Record ID", "", "", ""));
    for (int n = 1; n <= Pcat.ITEMS; n++) {
      String id = Integer.toString(n);
      Item item =
          pcat.item(id).orElseThrow(() -> new IllegalArgumentException("pCAT without item " + id));
      String prefix = String.format(Locale.ROOT, "item%02d_", n);
      String direction = prefix + "direction";
      rows.add(
          field(form, direction, "Item " + n, "radio", item.prompt(),
              RedcapDictionary.choices(item.scale()), "", RedcapDictionary.ANNOTATION + " " + id));
      rows.add(
          field(form, prefix + "effect", "", "radio", "How strong is its effect here?",
              EFFECT_CHOICES,
              "[" + direction + "] = '1' or [" + direction + "] = '3'",
              ""));
      rows.add(field(form, prefix + "comment", "", "notes", "Comment (optional)", "", "", ""));
    }
    return rows;
  }

  private static List<String> field(
      String form, String name, String section, String type, String label, String choices,
      String branching, String annotation) {
    String[] row = new String[RedcapDictionary.COLUMNS.size()];
    Arrays.fill(row, "");
    row[0] = name;
    row[1] = form;
    row[2] = section;
    row[3] = type;
    row[4] = label;
    row[5] = choices;
    row[11] = branching;
    row[17] = annotation;
    return List.of(row);
  }
}
