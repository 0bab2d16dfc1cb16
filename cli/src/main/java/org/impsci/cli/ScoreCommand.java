package org.impsci.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.impsci.assessment.instrument.ItemGroup;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.assessment.scoring.ScaleScore;
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
 * {"instrument", "respondents": [...], "summary": {...}}}, written as rows are scored. CSV output is
 * one row per respondent (id, grouping columns, one column per scale, blank where not scored), with
 * the summary as text on standard error.
 */
@Command(name = "score", description = "Score a survey export (one row per respondent).")
final class ScoreCommand implements Runnable {
  /** Output formats. */
  enum Format {
    json,
    csv
  }

  @Spec CommandSpec spec;

  @Mixin SurveyOptions survey;

  @Option(names = "--format", defaultValue = "json", description = "json or csv (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--output", paramLabel = "FILE", description = "Write here instead of standard output.")
  Path output;

  @Override
  public void run() {
    Scorer scorer = survey.scorer();
    SurveyAnalysis analysis = survey.analysis(scorer);
    try (InputStream in = survey.open()) {
      if (format == Format.json) {
        writeJson(analysis, scorer, in);
      } else if (output == null) {
        PrintWriter out = spec.commandLine().getOut();
        writeCsv(analysis, scorer, in, out);
        out.flush();
      } else {
        try (Writer out = writer(output)) {
          writeCsv(analysis, scorer, in, out);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Writer writer(Path file) throws IOException {
    return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8));
  }

  /**
   * A JSON generator on standard output (left open), or on the output file as UTF-8 bytes, which
   * spares the character encoder that a writer would add.
   */
  private JsonGenerator jsonTarget(JsonFactory factory) throws IOException {
    if (output == null) {
      return factory
          .createGenerator(spec.commandLine().getOut())
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }
    return factory.createGenerator(Files.newOutputStream(output), JsonEncoding.UTF8);
  }

  private void writeJson(SurveyAnalysis analysis, Scorer scorer, InputStream in)
      throws IOException {
    ObjectMapper mapper = ImpsciJson.mapper();
    ObjectWriter writer = mapper.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
    int scales = scorer.instrument().groups().size();
    ScoreText text = new ScoreText();
    try (JsonGenerator json = jsonTarget(mapper.getFactory())) {
      json.writeStartObject();
      json.writeStringField("instrument", survey.instrument);
      json.writeArrayFieldStart("respondents");
      // The fields of RespondentScores, in its order, written from the row view.
      Consumer<ScoredRowView> perRow =
          row -> {
            try {
              json.writeStartObject();
              json.writeStringField("respondentId", row.respondentId());
              json.writeObjectFieldStart("groups");
              for (int g = 0; g < survey.groups.size(); g++) {
                json.writeStringField(survey.groups.get(g), row.group(g));
              }
              json.writeEndObject();
              json.writeArrayFieldStart("scores");
              for (int s = 0; s < scales; s++) {
                writeScale(json, row.scaleScore(s), text);
              }
              json.writeEndArray();
              json.writeEndObject();
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          };
      SurveyReport report =
          analysis.analyseRows(in, survey.sourceName(), survey.withProgress(perRow));
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
    json.writeStringField("scaleId", score.scaleId());
    if (score.score().isPresent()) {
      json.writeFieldName("score");
      json.writeNumber(text.of(score.score().getAsDouble()));
    }
    json.writeNumberField("members", score.members());
    json.writeNumberField("answered", score.answered());
    json.writeNumberField("nonSubstantive", score.nonSubstantive());
    json.writeObjectFieldStart("nonSubstantiveCodes");
    for (Map.Entry<String, Integer> code : score.nonSubstantiveCodes().entrySet()) {
      json.writeNumberField(code.getKey(), code.getValue());
    }
    json.writeEndObject();
    json.writeNumberField("missing", score.missing());
    if (score.reason().isPresent()) {
      json.writeStringField("reason", score.reason().get());
    }
    json.writeEndObject();
  }

  private void writeCsv(SurveyAnalysis analysis, Scorer scorer, InputStream in, Writer out)
      throws IOException {
    List<String> header = new ArrayList<>();
    header.add(survey.idColumn);
    header.addAll(survey.groups);
    scorer.instrument().groups().stream().map(ItemGroup::id).forEach(header::add);
    CsvRowBuffer rows = new CsvRowBuffer(out);
    header.forEach(rows::cell);
    rows.endRow();
    ScoreText text = new ScoreText();
    int scales = scorer.instrument().groups().size();
    SurveyReport report = analysis.analyseRows(
        in,
        survey.sourceName(),
        survey.withProgress(row -> {
          rows.cell(row.respondentId());
          for (int g = 0; g < survey.groups.size(); g++) {
            rows.cell(row.group(g));
          }
          for (int s = 0; s < scales; s++) {
            rows.plainCell(text.of(row.score(s)));
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
