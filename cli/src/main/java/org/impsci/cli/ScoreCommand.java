package org.impsci.cli;

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
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.impsci.assessment.instrument.ItemGroup;
import org.impsci.assessment.io.CsvLayout;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.assessment.io.ScoredRow;
import org.impsci.assessment.io.SurveyCsvReader;
import org.impsci.assessment.reliability.CaseHandling;
import org.impsci.assessment.scoring.ScaleScore;
import org.impsci.assessment.scoring.Scorer;
import org.impsci.assessment.survey.SurveyAnalysis;
import org.impsci.assessment.survey.SurveyReport;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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

  /** Strict or lenient reading. */
  static final class ModeChoice {
    @Option(names = "--strict", description = "Stop at the first bad row (the default).")
    boolean strict;

    @Option(names = "--lenient", description = "Score good rows and report every bad row.")
    boolean lenient;
  }

  @Spec CommandSpec spec;

  @Option(
      names = "--instrument",
      required = true,
      completionCandidates = SurveyInstrument.Ids.class,
      description = "The instrument: ${COMPLETION-CANDIDATES}.")
  String instrument;

  @Option(names = "--input", required = true, paramLabel = "FILE.csv", description = "The export, UTF-8.")
  Path input;

  @Option(names = "--id-column", defaultValue = "respondent_id", description = "Respondent id column (default: ${DEFAULT-VALUE}).")
  String idColumn;

  @Option(names = "--group", paramLabel = "COLUMN", description = "A grouping column to summarise by (repeatable).")
  List<String> groups = new ArrayList<>();

  @ArgGroup(exclusive = true)
  ModeChoice mode = new ModeChoice();

  @Option(names = "--handling", defaultValue = "PAIRWISE", description = "Missing answers in reliability: LISTWISE or PAIRWISE (default: ${DEFAULT-VALUE}).")
  CaseHandling handling;

  @Option(names = "--format", defaultValue = "json", description = "json or csv (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--output", paramLabel = "FILE", description = "Write here instead of standard output.")
  Path output;

  @Override
  public void run() {
    Scorer scorer =
        SurveyInstrument.scorer(instrument)
            .orElseThrow(
                () ->
                    new ParameterException(
                        spec.commandLine(),
                        "unknown instrument '" + instrument + "'; known: "
                            + String.join(", ", new SurveyInstrument.Ids())));
    CsvLayout layout = CsvLayout.builder().respondentIdColumn(idColumn).addAllGroupColumns(groups).build();
    SurveyCsvReader.Mode readMode = mode.lenient ? SurveyCsvReader.Mode.LENIENT : SurveyCsvReader.Mode.STRICT;
    SurveyAnalysis analysis = SurveyAnalysis.of(scorer, layout, readMode, handling);
    try (InputStream in = open(input)) {
      if (output == null) {
        PrintWriter out = spec.commandLine().getOut();
        write(analysis, scorer, in, out);
        out.flush();
      } else {
        try (Writer out = writer(output)) {
          write(analysis, scorer, in, out);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(SurveyAnalysis analysis, Scorer scorer, InputStream in, Writer out)
      throws IOException {
    if (format == Format.json) {
      writeJson(analysis, in, out);
    } else {
      SurveyReport report = writeCsv(analysis, scorer, in, out);
      Summary.print(report, spec.commandLine().getErr());
    }
  }

  private InputStream open(Path file) throws IOException {
    try {
      return Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw new ParameterException(spec.commandLine(), "no such input file: " + file);
    }
  }

  private static Writer writer(Path file) throws IOException {
    return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8));
  }

  private void writeJson(SurveyAnalysis analysis, InputStream in, Writer out) throws IOException {
    ObjectMapper mapper = ImpsciJson.mapper();
    ObjectWriter writer = mapper.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
    try (JsonGenerator json =
        mapper.getFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
      json.writeStartObject();
      json.writeStringField("instrument", instrument);
      json.writeArrayFieldStart("respondents");
      Consumer<ScoredRow> perRow =
          row -> {
            try {
              writer.writeValue(json, row.scores());
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          };
      SurveyReport report = analysis.analyse(in, input.getFileName().toString(), perRow);
      json.writeEndArray();
      json.writeFieldName("summary");
      writer.writeValue(json, report);
      json.writeEndObject();
      json.writeRaw('\n');
    }
  }

  private SurveyReport writeCsv(SurveyAnalysis analysis, Scorer scorer, InputStream in, Writer out)
      throws IOException {
    List<String> header = new ArrayList<>();
    header.add(idColumn);
    header.addAll(groups);
    scorer.instrument().groups().stream().map(ItemGroup::id).forEach(header::add);
    out.write(String.join(",", header.stream().map(CsvCells::quote).toList()) + "\n");
    StringBuilder line = new StringBuilder();
    return analysis.analyse(
        in,
        input.getFileName().toString(),
        row -> {
          line.setLength(0);
          line.append(CsvCells.quote(row.scores().respondentId()));
          for (String g : groups) {
            line.append(',').append(CsvCells.quote(row.scores().groups().get(g)));
          }
          for (ScaleScore s : row.scores().scores()) {
            line.append(',');
            s.score().ifPresent(line::append);
          }
          try {
            out.write(line.append('\n').toString());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
