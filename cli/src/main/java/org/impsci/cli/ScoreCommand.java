package org.impsci.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.impsci.assessment.instrument.ItemGroup;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.assessment.scoring.ScaleScore;
import org.impsci.assessment.scoring.ScoredInstrument;
import org.impsci.assessment.scoring.Scorer;
import org.impsci.assessment.survey.SurveyAnalysis;
import org.impsci.assessment.survey.ScoredRowView;
import org.impsci.assessment.survey.SurveyReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code impsci score}: scores a wide CSV export. JSON output is one document: {@code
 * {"instrument", "respondents": [...], "summary": {...}}}, written as rows are scored; each
 * respondent's {@code items} holds the answers to the instrument's items in no scale (NoMAD's
 * G1-G3), {@code null} where none. CSV output is one row per respondent (id, grouping columns, one
 * column per scale, blank where not scored, then one column per item in no scale), with the summary
 * as text on standard error.
 * Output is streamed, never held whole; a run that fails (in strict mode, at the first bad row)
 * leaves no output that can pass for a result: see {@link ResultOutput}.
 */
@Command(
    name = "score",
    description = "Score a survey export (one row per respondent).",
    footer = {
      "%nOutput is streamed as rows are scored. If the run fails (with --strict, at the first bad"
          + " row), --output FILE is left as it was: the result goes to a temporary file in the"
          + " same folder, moved onto FILE only on success. Standard output, JSON and CSV alike,"
          + " stays empty if the run fails within its first 64 K characters; after that, what was"
          + " written stays, followed by a last line that opens a quoted text and never closes it,"
          + " \"impsci: INCOMPLETE OUTPUT, ..., which JSON parsers and strict CSV parsers reject."
          + " Check the exit code."
    })
final class ScoreCommand implements Runnable {
  /** Output formats. */
  enum Format {
    json,
    csv
  }

  // Field names written for every respondent, quoted and encoded once.
  private static final SerializableString RESPONDENT_ID = new SerializedString("respondentId");
  private static final SerializableString GROUPS = new SerializedString("groups");
  private static final SerializableString SCORES = new SerializedString("scores");
  private static final SerializableString SCALE_ID = new SerializedString("scaleId");
  private static final SerializableString SCORE = new SerializedString("score");
  private static final SerializableString MEMBERS = new SerializedString("members");
  private static final SerializableString ANSWERED = new SerializedString("answered");
  private static final SerializableString NON_SUBSTANTIVE = new SerializedString("nonSubstantive");
  private static final SerializableString NON_SUBSTANTIVE_CODES =
      new SerializedString("nonSubstantiveCodes");
  private static final SerializableString MISSING = new SerializedString("missing");
  private static final SerializableString REASON = new SerializedString("reason");

  @Spec CommandSpec spec;

  @Mixin SurveyOptions survey;

  @Option(names = "--format", defaultValue = "json", description = "json or csv (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--output", paramLabel = "FILE", description = "Write here instead of standard output.")
  Path output;

  @Mixin CsvGuardOption csvGuard;

  @Override
  public void run() {
    ScoredInstrument scored = survey.scored();
    Scorer scorer = scored.scorer();
    SurveyAnalysis analysis = analysis(scorer);
    Path in = survey.inputFile();
    try (ResultOutput target = ResultOutput.of(output, spec.commandLine().getOut())) {
      if (format == Format.json) {
        writeJson(analysis, scorer, in, target);
      } else {
        writeCsv(analysis, scorer, in, target.writer());
      }
      target.succeeded();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The analysis, its layout made (a missing layout or dictionary file is a usage error). */
  private SurveyAnalysis analysis(Scorer scorer) {
    try {
      return survey.analysis(scorer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A JSON generator on the output file as UTF-8 bytes, which spares the character encoder that a
   * writer would add, or on standard output (left open). Closing it does not close the document,
   * so that a failed run's document stays unfinished rather than well-formed.
   */
  private static JsonGenerator jsonTarget(JsonFactory factory, ResultOutput target)
      throws IOException {
    JsonGenerator json =
        target.toFile()
            ? factory.createGenerator(target.stream(), JsonEncoding.UTF8)
            : factory
                .createGenerator(target.writer())
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    return json.disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
  }

  private void writeJson(SurveyAnalysis analysis, Scorer scorer, Path in, ResultOutput target)
      throws IOException {
    ObjectMapper mapper = ImpsciJson.mapper();
    ObjectWriter writer = mapper.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
    int scales = scorer.instrument().groups().size();
    ScoreText text = new ScoreText();
    SingleItems singles = SingleItems.of(scorer.instrument());
    SerializableString[] groupNames =
        survey.layout().groupNames().stream()
            .map(SerializedString::new)
            .toArray(SerializableString[]::new);
    try (JsonGenerator json = jsonTarget(mapper.getFactory(), target)) {
      json.writeStartObject();
      json.writeStringField("instrument", scorer.instrument().id());
      json.writeArrayFieldStart("respondents");
      // The fields of RespondentScores, in its order, written from the row view.
      Consumer<ScoredRowView> perRow =
          row -> {
            try {
              json.writeStartObject();
              json.writeFieldName(RESPONDENT_ID);
              json.writeString(row.respondentId());
              json.writeFieldName(GROUPS);
              json.writeStartObject();
              for (int g = 0; g < groupNames.length; g++) {
                json.writeFieldName(groupNames[g]);
                json.writeString(row.group(g));
              }
              json.writeEndObject();
              json.writeFieldName(SCORES);
              json.writeStartArray();
              for (int s = 0; s < scales; s++) {
                writeScale(json, row.scaleScore(s), text);
              }
              json.writeEndArray();
              singles.writeJson(json, row, text);
              json.writeEndObject();
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          };
      SurveyReport report =
          analysis.analyseRows(in, survey.withProgress(perRow));
      json.writeEndArray();
      json.writeFieldName("summary");
      writer.writeValue(json, report);
      json.writeEndObject();
      json.writeRaw('\n');
    }
  }

  /**
   * A scale score as databind writes it (same fields, order and omissions), without reflection
   * and with the score's text from {@code text}.
   */
  static void writeScale(JsonGenerator json, ScaleScore score, ScoreText text) throws IOException {
    json.writeStartObject();
    json.writeFieldName(SCALE_ID);
    json.writeString(score.scaleId());
    if (score.score().isPresent()) {
      json.writeFieldName(SCORE);
      json.writeNumber(text.of(score.score().getAsDouble()));
    }
    json.writeFieldName(MEMBERS);
    json.writeNumber(score.members());
    json.writeFieldName(ANSWERED);
    json.writeNumber(score.answered());
    json.writeFieldName(NON_SUBSTANTIVE);
    json.writeNumber(score.nonSubstantive());
    json.writeFieldName(NON_SUBSTANTIVE_CODES);
    json.writeStartObject();
    for (Map.Entry<String, Integer> code : score.nonSubstantiveCodes().entrySet()) {
      json.writeNumberField(code.getKey(), code.getValue());
    }
    json.writeEndObject();
    json.writeFieldName(MISSING);
    json.writeNumber(score.missing());
    if (score.reason().isPresent()) {
      json.writeFieldName(REASON);
      json.writeString(score.reason().get());
    }
    json.writeEndObject();
  }

  private void writeCsv(SurveyAnalysis analysis, Scorer scorer, Path in, Writer out)
      throws IOException {
    List<String> header = new ArrayList<>();
    List<String> groups = survey.layout().groupNames();
    header.add(survey.layout().respondentIdColumn());
    header.addAll(groups);
    scorer.instrument().groups().stream().map(ItemGroup::id).forEach(header::add);
    SingleItems singles = SingleItems.of(scorer.instrument());
    header.addAll(singles.ids());
    CsvRowBuffer rows = new CsvRowBuffer(out, csvGuard.on);
    header.forEach(rows::cell);
    rows.endRow();
    ScoreText text = new ScoreText();
    int scales = scorer.instrument().groups().size();
    SurveyReport report = analysis.analyseRows(
        in,
        survey.withProgress(row -> {
          rows.cell(row.respondentId());
          for (int g = 0; g < groups.size(); g++) {
            rows.cell(row.group(g));
          }
          for (int s = 0; s < scales; s++) {
            text.addTo(rows, row.score(s));
          }
          for (int i : singles.positions()) {
            text.addTo(rows, row.answer(i));
          }
          try {
            rows.endRow();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }));
    rows.flush();
    Summary.print(report, spec.commandLine().getErr());
  }
}
