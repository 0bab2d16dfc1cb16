package org.impsci.fhir;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.Type;
import org.impsci.assessment.ImpsciException;
import org.impsci.assessment.Source;
import org.impsci.assessment.instrument.Instrument;
import org.impsci.assessment.instrument.Item;
import org.impsci.assessment.instrument.ItemGroup;
import org.impsci.assessment.instrument.NonSubstantiveOption;
import org.impsci.assessment.instrument.ResponseScale;
import org.impsci.fhir.internal.FhirIds;
import org.impsci.fhir.internal.ItemForm;

/**
 * An instrument as a FHIR R4 {@link Questionnaire}, with the {@link CodeSystem}s of its answers
 * and scales. Items keep their ids as {@code linkId}s and their prompts as impsci's paraphrases
 * (apply a {@link org.impsci.assessment.instrument.WordingOverlay} of your own for the official
 * wording); each scale is a group (a scale of subscales a group of groups); items in no scale
 * (NoMAD's general items) follow the groups. An ordinal scale with a label on every point, or with
 * non-substantive answers, is a {@code choice} of codes of the answers' CodeSystem, each point
 * carrying the ordinalValue extension with the number scored and each non-substantive answer
 * none; other ordinal scales are {@code integer}s and numeric ranges {@code decimal}s, with
 * minValue and maxValue. Sources are listed in {@code description} and, as DOI links, in {@code
 * derivedFrom}; {@code copyright} says whose the instrument is. pCAT, whose answers have two
 * parts and a comment, has a group per item instead (its direction, its effect enabled when the
 * direction is not neutral, and a comment) and direction and effect codes in its answer
 * CodeSystem. Immutable and thread-safe.
 */
public final class QuestionnaireExport {
  private final Canonicals canonicals;

  private QuestionnaireExport(Canonicals canonicals) {
    this.canonicals = Objects.requireNonNull(canonicals, "canonicals");
  }

  /** An export under the default canonical base ({@link Canonicals#defaults()}). */
  public static QuestionnaireExport withDefaults() {
    return new QuestionnaireExport(Canonicals.defaults());
  }

  /** An export under the given canonical URLs. */
  public static QuestionnaireExport under(Canonicals canonicals) {
    return new QuestionnaireExport(canonicals);
  }

  /** The canonical URLs of what it writes. */
  public Canonicals canonicals() {
    return canonicals;
  }

  /**
   * The instrument as a Questionnaire.
   *
   * @throws ImpsciException if a scale's id is also an item's id (both would be the same linkId)
   */
  public Questionnaire questionnaire(Instrument instrument) {
    Questionnaire q = new Questionnaire();
    describe(q, instrument);
    q.setUrl(canonicals.questionnaire(instrument.id()));
    for (Source s : instrument.sources()) {
      s.doi().ifPresent(doi -> q.addDerivedFrom("https://doi.org/" + doi));
    }
    q.setDescription(description(instrument));
    q.setCopyright(
        "The instrument belongs to its authors (see the sources in the description); use it on"
            + " the terms they set. The item prompts here are impsci's paraphrases, not the"
            + " published wording; a user who holds the official wording can overlay it.");
    if (PcatForm.isPcat(instrument)) {
      PcatForm.addItems(q, instrument, canonicals.answers(instrument.id()));
      return q;
    }
    Set<String> placed = new HashSet<>();
    for (ItemGroup top : topGroups(instrument)) {
      q.addItem(group(instrument, top, placed));
    }
    for (Item item : instrument.items()) {
      if (placed.add(item.id())) {
        q.addItem(question(instrument, item));
      }
    }
    return q;
  }

  /**
   * The CodeSystem of the instrument's coded answers: every point of its coded ordinal scales
   * (code = the number, display = its label where one is given) and every non-substantive answer
   * (code = its code). Where two scales label the same point differently, the first label is the
   * concept's display; each answer option keeps its own scale's label. pCAT's are {@code
   * direction-1} to {@code direction-3} and {@code effect-0}, {@code effect-1}.
   */
  public CodeSystem answerCodes(Instrument instrument) {
    Map<String, String> concepts =
        PcatForm.isPcat(instrument) ? PcatForm.answerCodes(instrument) : scaleAnswers(instrument);
    CodeSystem cs =
        codeSystem(
            instrument, "-answers", "Answers", canonicals.answers(instrument.id()),
            "The coded answers of " + instrument.name() + " (" + instrument.id() + ")"
                + (PcatForm.isPcat(instrument)
                    ? PcatForm.ANSWERS
                    : ": scale points, whose number is the ordinalValue of the answer options, and"
                        + " non-substantive answers, which have no number and are never scored."));
    concepts.forEach((code, display) -> cs.addConcept().setCode(code).setDisplay(display));
    return cs;
  }

  /** The codes of the points of coded scales and of non-substantive answers, with displays. */
  private static Map<String, String> scaleAnswers(Instrument instrument) {
    Map<String, String> concepts = new LinkedHashMap<>();
    for (Item item : instrument.items()) {
      ResponseScale scale = item.scale();
      if (ItemForm.of(scale) == ItemForm.CHOICE) {
        for (long p = (long) scale.min(); p <= (long) scale.max(); p++) {
          concepts.putIfAbsent(Long.toString(p), pointLabel(scale, p));
        }
      }
      for (NonSubstantiveOption o : scale.nonSubstantiveOptions()) {
        concepts.putIfAbsent(o.code(), o.label());
      }
    }
    return concepts;
  }

  /** The CodeSystem of the instrument's scales (code = scale id, display = its label). */
  public CodeSystem scaleCodes(Instrument instrument) {
    CodeSystem cs =
        codeSystem(
            instrument, "-scales", "Scales", canonicals.scales(instrument.id()),
            "The scales and subscales of " + instrument.name() + " (" + instrument.id() + ")"
                + ", the codes of the Observations of their scores.");
    for (ItemGroup g : instrument.groups()) {
      cs.addConcept().setCode(g.id()).setDisplay(g.label());
    }
    return cs;
  }

  /** The CodeSystem of the counts in a score's components, the same for every instrument. */
  public CodeSystem scoreCountCodes() {
    CodeSystem cs = new CodeSystem();
    cs.setId("score-counts");
    cs.setUrl(canonicals.scoreCounts());
    cs.setName("ImpsciScoreCounts");
    cs.setTitle("What an impsci scale score rests on");
    cs.setStatus(PublicationStatus.ACTIVE);
    cs.setPublisher("impsci");
    cs.setDescription("Counts of a scale's members behind a score.");
    cs.setText(narrative(cs.getTitle()));
    cs.setCaseSensitive(true);
    cs.setContent(CodeSystem.CodeSystemContentMode.COMPLETE);
    cs.addConcept().setCode(ScoreCount.ANSWERED.code()).setDisplay(ScoreCount.ANSWERED.display());
    cs.addConcept()
        .setCode(ScoreCount.NON_SUBSTANTIVE.code())
        .setDisplay(ScoreCount.NON_SUBSTANTIVE.display());
    cs.addConcept().setCode(ScoreCount.MISSING.code()).setDisplay(ScoreCount.MISSING.display());
    return cs;
  }

  private CodeSystem codeSystem(
      Instrument instrument, String suffix, String kind, String url, String description) {
    CodeSystem cs = new CodeSystem();
    describe(cs, instrument, suffix, kind);
    cs.setUrl(url);
    cs.setDescription(description);
    cs.setCaseSensitive(true);
    cs.setContent(CodeSystem.CodeSystemContentMode.COMPLETE);
    return cs;
  }

  private static void describe(Questionnaire q, Instrument instrument) {
    if (FhirIds.isValid(instrument.id())) {
      q.setId(instrument.id());
    }
    q.setVersion(instrument.version());
    q.setName(FhirIds.computableName(instrument.id()));
    q.setTitle(instrument.name());
    q.setStatus(PublicationStatus.ACTIVE);
    q.setPublisher("impsci");
    q.setText(narrative(instrument.name() + " (" + instrument.id() + ", version " + instrument.version() + ")"));
  }

  private static void describe(CodeSystem cs, Instrument instrument, String suffix, String kind) {
    if (FhirIds.isValid(instrument.id() + suffix)) {
      cs.setId(instrument.id() + suffix);
    }
    cs.setVersion(instrument.version());
    cs.setName(FhirIds.computableName(instrument.id()) + kind);
    cs.setTitle(instrument.name() + ": " + kind.toLowerCase(Locale.ROOT));
    cs.setStatus(PublicationStatus.ACTIVE);
    cs.setPublisher("impsci");
    cs.setText(narrative(cs.getTitle()));
  }

  /** A generated narrative: the text as one paragraph. */
  private static Narrative narrative(String text) {
    Narrative n = new Narrative().setStatus(Narrative.NarrativeStatus.GENERATED);
    n.setDivAsString(
        "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>"
            + text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            + "</p></div>");
    return n;
  }

  private static String description(Instrument instrument) {
    StringJoiner text =
        new StringJoiner("\n")
            .add(
                instrument.name() + ", exported by impsci with prompts paraphrased in impsci's"
                    + " own words. Sources:");
    for (Source s : instrument.sources()) {
      StringBuilder line = new StringBuilder("- ").append(s.citation());
      s.doi().ifPresent(d -> line.append(", doi:").append(d));
      s.locator().ifPresent(l -> line.append(", ").append(l));
      text.add(line);
    }
    return text.toString();
  }

  /** The groups that are no other group's subgroup, in reporting order. */
  private static List<ItemGroup> topGroups(Instrument instrument) {
    Set<String> subgroups = new HashSet<>();
    instrument.groups().forEach(g -> subgroups.addAll(g.groupIds()));
    return instrument.groups().stream().filter(g -> !subgroups.contains(g.id())).toList();
  }

  /**
   * A group with its items or subgroups, each item and group placed once (in the first group
   * that lists it). The depth is bounded by the instrument's groups, which have no cycle.
   */
  private QuestionnaireItemComponent group(
      Instrument instrument, ItemGroup group, Set<String> placed) {
    if (instrument.item(group.id()).isPresent()) {
      throw new ImpsciException(
          "instrument '" + instrument.id() + "': scale '" + group.id()
              + "' has the id of an item, and a Questionnaire needs a linkId of each");
    }
    QuestionnaireItemComponent g =
        new QuestionnaireItemComponent()
            .setLinkId(group.id())
            .setText(group.label())
            .setType(QuestionnaireItemType.GROUP);
    placed.add(group.id());
    for (String itemId : group.itemIds()) {
      if (placed.add(itemId)) {
        g.addItem(question(instrument, instrument.item(itemId).orElseThrow()));
      }
    }
    for (String sub : group.groupIds()) {
      if (!placed.contains(sub)) {
        g.addItem(group(instrument, instrument.group(sub).orElseThrow(), placed));
      }
    }
    return g;
  }

  private QuestionnaireItemComponent question(Instrument instrument, Item item) {
    QuestionnaireItemComponent q =
        new QuestionnaireItemComponent().setLinkId(item.id()).setText(item.prompt());
    ResponseScale scale = item.scale();
    switch (ItemForm.of(scale)) {
      case CHOICE -> {
        q.setType(QuestionnaireItemType.CHOICE);
        String system = canonicals.answers(instrument.id());
        for (long p = (long) scale.min(); p <= (long) scale.max(); p++) {
          Coding point = new Coding(system, Long.toString(p), pointLabel(scale, p));
          point.addExtension(Canonicals.ORDINAL_VALUE, new DecimalType(p));
          q.addAnswerOption().setValue(point);
        }
        for (NonSubstantiveOption o : scale.nonSubstantiveOptions()) {
          q.addAnswerOption().setValue(new Coding(system, o.code(), o.label()));
        }
      }
      case INTEGER -> {
        q.setType(QuestionnaireItemType.INTEGER);
        limits(q, new IntegerType((int) scale.min()), new IntegerType((int) scale.max()));
      }
      case DECIMAL -> {
        q.setType(QuestionnaireItemType.DECIMAL);
        limits(q, new DecimalType(scale.min()), new DecimalType(scale.max()));
      }
    }
    return q;
  }

  private static void limits(QuestionnaireItemComponent q, Type min, Type max) {
    q.addExtension(Canonicals.MIN_VALUE, min);
    q.addExtension(Canonicals.MAX_VALUE, max);
  }

  /** The label of a point, or its number where the scale gives none. */
  static String pointLabel(ResponseScale scale, long point) {
    String label = scale.labels().get((int) point);
    return label == null ? Long.toString(point) : label;
  }
}
