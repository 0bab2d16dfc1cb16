package org.impsci.assessment.internal.json;

import com.fasterxml.jackson.core.io.NumberInput;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.instrument.Instrument;
import org.impsci.assessment.instrument.Item;
import org.impsci.assessment.instrument.ItemGroup;
import org.impsci.assessment.instrument.NonSubstantiveOption;
import org.impsci.assessment.instrument.ResponseScale;
import org.impsci.assessment.scoring.MinimumAnswered;
import org.impsci.assessment.scoring.PublishedAlpha;
import org.impsci.assessment.scoring.ScoredInstrument;
import org.impsci.assessment.scoring.ScoringOption;
import org.impsci.assessment.scoring.ScoringRules;

/**
 * Reads an {@link Instrument}, alone or with its scoring ({@link ScoredInstrument}), with jackson-core's streaming parser into the Immutables builders, so
 * that loading an instrument needs no databind. It accepts what binding {@code Instrument.class}
 * with {@code ImpsciJson.mapper()} accepts: the same parser settings ({@link SafeJson}), text from
 * any scalar, a number from a number or numeric text, a boolean from a boolean, a whole number or
 * true/false text, a label's point from its key as an {@code Integer} map key is read, and {@code
 * null} as an absent value (but not for {@code min}, {@code max} or {@code reverseScored}, nor in a
 * list or a map of labels). Each problem is an {@link InvalidInputException} with the source, line
 * and JSON path, naming the item or group it lies in.
 */
public final class InstrumentJson extends JsonValueReader {
  private static final String INSTRUMENT_FIELDS = "id, name, version, items, groups, sources";
  private static final String ITEM_FIELDS =
      "id, constructId, prompt, scale, reverseScored, sources";
  private static final String SCALE_FIELDS = "kind, min, max, labels, nonSubstantiveOptions";
  private static final String OPTION_FIELDS = "code, label";
  private static final String SCORED_FIELDS = "instrument, rules, options, publishedAlpha";
  private static final String RULES_FIELDS =
      "minimumAnswered, aggregation, applyReverseScoring, transform";
  private static final String MINIMUM_FIELDS = "kind, value";
  private static final String OPTION_NOTE_FIELDS = "id, value, rationale";
  private static final String ALPHA_FIELDS = "scaleId, alpha, source";
  private static final String GROUP_FIELDS = "id, label, constructId, itemIds, groupIds, sources";

  private InstrumentJson(byte[] json, String sourceName) {
    super(json, sourceName);
  }

  /**
   * Reads and validates an instrument.
   *
   * @throws InvalidInputException if the JSON is malformed or the instrument is invalid
   */
  public static Instrument read(byte[] json, String sourceName) {
    InstrumentJson reader = new InstrumentJson(json, sourceName);
    return reader.document("instrument", reader::instrument);
  }

  /**
   * Reads and validates an instrument with its scoring rules, options and published figures.
   *
   * @throws InvalidInputException if the JSON is malformed or any part is invalid
   */
  public static ScoredInstrument readScored(byte[] json, String sourceName) {
    InstrumentJson reader = new InstrumentJson(json, sourceName);
    return reader.document("scored instrument", reader::scored);
  }

  private ScoredInstrument scored() throws IOException {
    object();
    ScoredInstrument.Builder b = ScoredInstrument.builder();
    for (String name = nextField(); name != null; name = nextField()) {
      switch (name) {
        case "instrument" -> nested(this::instrument, b::instrument);
        case "rules" -> nested(this::rules, b::rules);
        case "options" -> elements(k -> scoringOption(), b::addOptions);
        case "publishedAlpha" -> elements(k -> publishedAlpha(), b::addPublishedAlpha);
        default -> throw unknown(name, SCORED_FIELDS);
      }
    }
    return build(b::build, "");
  }

  private ScoringRules rules() throws IOException {
    object();
    String at = here();
    ScoringRules.Builder b = ScoringRules.builder();
    for (String name = nextField(); name != null; name = nextField()) {
      switch (name) {
        case "minimumAnswered" -> nested(this::minimum, b::minimumAnswered);
        case "aggregation" -> constant(ScoringRules.Aggregation.class, b::aggregation);
        case "applyReverseScoring" -> bool(b::applyReverseScoring);
        case "transform" -> constant(ScoringRules.Transform.class, b::transform);
        default -> throw unknown(name, RULES_FIELDS);
      }
    }
    return build(b::build, at);
  }

  private MinimumAnswered minimum() throws IOException {
    object();
    String at = here();
    MinimumAnswered.Builder b = MinimumAnswered.builder();
    for (String name = nextField(); name != null; name = nextField()) {
      switch (name) {
        case "kind" -> constant(MinimumAnswered.Kind.class, b::kind);
        case "value" -> decimal(b::value);
        default -> throw unknown(name, MINIMUM_FIELDS);
      }
    }
    return build(b::build, at);
  }

  private ScoringOption scoringOption() throws IOException {
    object();
    String at = here();
    ScoringOption.Builder b = ScoringOption.builder();
    for (String name = nextField(); name != null; name = nextField()) {
      switch (name) {
        case "id" -> text(b::id);
        case "value" -> text(b::value);
        case "rationale" -> text(b::rationale);
        default -> throw unknown(name, OPTION_NOTE_FIELDS);
      }
    }
    return build(b::build, at);
  }

  private PublishedAlpha publishedAlpha() throws IOException {
    object();
    String at = here();
    PublishedAlpha.Builder b = PublishedAlpha.builder();
    for (String name = nextField(); name != null; name = nextField()) {
      switch (name) {
        case "scaleId" -> text(b::scaleId);
        case "alpha" -> decimal(b::alpha);
        case "source" -> b.source(source());
        default -> throw unknown(name, ALPHA_FIELDS);
      }
    }
    return build(b::build, at);
  }

  private Instrument instrument() throws IOException {
    object();
    String at = here();
    Instrument.Builder b = Instrument.builder();
    for (String name = nextField(); name != null; name = nextField()) {
      switch (name) {
        case "id" -> text(b::id);
        case "name" -> text(b::name);
        case "version" -> text(b::version);
        case "items" -> elements(this::item, b::addItems);
        case "groups" -> elements(this::group, b::addGroups);
        case "sources" -> sources(b::addSources);
        default -> throw unknown(name, INSTRUMENT_FIELDS);
      }
    }
    return build(b::build, at);
  }

  private Item item(int i) throws IOException {
    enter("item");
    String at = here();
    Item.Builder b = Item.builder();
    for (String name = nextField(); name != null; name = nextField()) {
      switch (name) {
        case "id" -> text(id -> b.id(named(id)));
        case "constructId" -> text(b::constructId);
        case "prompt" -> text(b::prompt);
        case "scale" -> nested(this::scale, b::scale);
        case "reverseScored" -> bool(b::reverseScored);
        case "sources" -> sources(b::addSources);
        default -> throw unknown(name, ITEM_FIELDS);
      }
    }
    return leave(b::build, at);
  }

  private ResponseScale scale() throws IOException {
    object();
    String at = here();
    ResponseScale.Builder b = ResponseScale.builder();
    for (String name = nextField(); name != null; name = nextField()) {
      switch (name) {
        case "kind" -> constant(ResponseScale.Kind.class, b::kind);
        case "min" -> decimal(b::min);
        case "max" -> decimal(b::max);
        case "labels" -> nested(this::labels, b::putAllLabels);
        case "nonSubstantiveOptions" -> elements(k -> option(), b::addNonSubstantiveOptions);
        default -> throw unknown(name, SCALE_FIELDS);
      }
    }
    return build(b::build, at);
  }

  /**
   * The labels by point. A key is read as databind reads an {@code Integer} key (a sign and
   * digits, no white space); where two keys name one point, the later label stands.
   */
  private Map<Integer, String> labels() throws IOException {
    object();
    Map<Integer, String> labels = new LinkedHashMap<>();
    for (String key = nextField(); key != null; key = nextField()) {
      Integer point = null;
      try {
        point = key.isEmpty() ? null : NumberInput.parseInt(key);
      } catch (NumberFormatException e) {
        // not a whole number: reported below
      }
      if (point == null) {
        throw fail("label key '" + key + "' is not a whole number", null, null);
      }
      labels.put(point, requiredText());
    }
    return labels;
  }

  private NonSubstantiveOption option() throws IOException {
    object();
    String at = here();
    NonSubstantiveOption.Builder b = NonSubstantiveOption.builder();
    for (String name = nextField(); name != null; name = nextField()) {
      switch (name) {
        case "code" -> text(b::code);
        case "label" -> text(b::label);
        default -> throw unknown(name, OPTION_FIELDS);
      }
    }
    return build(b::build, at);
  }

  private ItemGroup group(int i) throws IOException {
    enter("group");
    String at = here();
    ItemGroup.Builder b = ItemGroup.builder();
    for (String name = nextField(); name != null; name = nextField()) {
      switch (name) {
        case "id" -> text(id -> b.id(named(id)));
        case "label" -> text(b::label);
        case "constructId" -> text(b::constructId);
        case "itemIds" -> texts(b::addItemIds);
        case "groupIds" -> texts(b::addGroupIds);
        case "sources" -> sources(b::addSources);
        default -> throw unknown(name, GROUP_FIELDS);
      }
    }
    return leave(b::build, at);
  }
}
