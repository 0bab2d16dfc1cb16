package org.impsci.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.impsci.assessment.framework.Frameworks;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.qda.CodingAgreement.CharacterCounts;
import org.impsci.qda.CodingAgreement.SegmentCounts;
import org.impsci.qda.CodingAgreement;
import org.impsci.qda.QdpxImport;
import org.impsci.qda.QdpxOptions;
import org.impsci.qda.QdpxReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code impsci agreement FIRST.qdpx SECOND.qdpx} (or {@code FIRST.qdpx --coders ANA,BEN}): how
 * far two coders' REFI-QDA projects of the same sources, or two users of one project, agree, per
 * code and overall, over characters (NVivo's percent agreement and kappa) and over segments
 * (MAXQDA's segment-level agreement); see {@link CodingAgreement}. Codes are matched by their path
 * in the codebook, so no code mapping is needed.
 */
@Command(
    name = "agreement",
    mixinStandardHelpOptions = true,
    description = "Compare two coders' REFI-QDA projects (.qdpx) of the same sources, or two users of one: percent"
        + " agreement and Cohen's kappa over characters, and segment agreement, per code.")
final class AgreementCommand implements Runnable {
  /** Output formats. */
  enum Format {
    csv,
    json
  }

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FIRST", description = "The first coder's project (.qdpx).")
  Path first;

  @Parameters(index = "1", paramLabel = "SECOND", arity = "0..1",
      description = "The second coder's project (.qdpx); without it, --coders compares two users of FIRST.")
  Path second;

  @Option(names = "--coders", paramLabel = "FIRST_USER,SECOND_USER", split = ",",
      description = "Compare two users' codings in one project (user names as the project's <Users> give them).")
  List<String> coders;

  @Option(names = "--minimum-overlap", paramLabel = "PERCENT", defaultValue = "90",
      description = "Segment level: the overlap, in percent of the characters either segment"
          + " covers, at which two segments with the same code agree (default: ${DEFAULT-VALUE}).")
  double minimumOverlap;

  @Option(names = "--by-source", description = "One row per code and source (NVivo's rows) instead of per code.")
  boolean bySource;

  @Option(names = "--format", defaultValue = "csv", description = "csv or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Mixin PositionUnitOption positionUnit;

  @Mixin CsvGuardOption csvGuard;

  @Override
  public void run() {
    if (!(minimumOverlap > 0 && minimumOverlap <= 100)) {
      throw new ParameterException(spec.commandLine(),
          "--minimum-overlap must be above 0 and at most 100 (percent), got " + minimumOverlap);
    }
    var options = QdpxOptions.builder().ignoreUnmappedCodes(true);
    positionUnit.unit(spec).ifPresent(options::positionUnit);
    // No frameworks: codes are compared as the coders named them, never mapped to constructs.
    QdpxReader reader = QdpxReader.of(Frameworks.of(List.of()), options.build());
    QdpxImport a = reader.read(InputFiles.check(spec, first));
    QdpxImport b = second == null ? null : reader.read(InputFiles.check(spec, second));
    CodingAgreement agreement = agreement(a, b);
    var out = spec.commandLine().getOut();
    out.print(format == Format.csv ? csv(agreement) : json(agreement, a, b));
    out.flush();
    if (format == Format.csv) {
      var err = spec.commandLine().getErr();
      err.println("report: " + agreement.sources().size() + " sources compared, "
          + agreement.byCode().size() + " codes, " + agreement.warnings().size() + " left out");
      a.warnings().forEach(w -> err.println("warning: " + first.getFileName() + ": " + w));
      if (b != null) {
        b.warnings().forEach(w -> err.println("warning: " + second.getFileName() + ": " + w));
      }
      agreement.warnings().forEach(w -> err.println("warning: " + w));
      err.flush();
    }
  }

  /** Two projects, or two users of one: exactly one of SECOND and --coders. */
  private CodingAgreement agreement(QdpxImport a, QdpxImport b) {
    var cli = spec.commandLine();
    if ((b == null) == (coders == null)) {
      throw new ParameterException(cli,
          "give a second project, or --coders FIRST_USER,SECOND_USER to compare two users of one project");
    }
    if (b != null) {
      return CodingAgreement.of(a, b, minimumOverlap / 100);
    }
    if (coders.size() != 2) {
      throw new ParameterException(cli, "--coders takes two user names, got " + coders.size());
    }
    try {
      return CodingAgreement.betweenCoders(a, coders.get(0), coders.get(1), minimumOverlap / 100);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(cli, e.getMessage());
    }
  }

  private String csv(CodingAgreement agreement) {
    StringWriter text = new StringWriter();
    CsvRowBuffer csv = new CsvRowBuffer(text, csvGuard.on);
    try {
      csv.row(List.of(bySource ? "source" : "sources", "code", "characters", "both", "first_only",
          "second_only", "neither", "agreement", "kappa", "segments_first", "segments_second",
          "matched_first", "matched_second", "segment_agreement"));
      if (bySource) {
        for (CodingAgreement.SourceAgreement row : agreement.bySource()) {
          csv.cell(row.source());
          csvRow(csv, row.code(), row.characters(), row.segments());
        }
      } else {
        for (CodingAgreement.CodeAgreement row : agreement.byCode()) {
          csv.plainCell(Integer.toString(row.sources()));
          csvRow(csv, row.code(), row.characters(), row.segments());
        }
        CodingAgreement.CodeAgreement all = agreement.overall();
        csv.plainCell(Integer.toString(all.sources()));
        csvRow(csv, all.code(), all.characters(), all.segments());
      }
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  private static void csvRow(CsvRowBuffer csv, String code, CharacterCounts c, SegmentCounts s) throws IOException {
    csv.cell(code);
    boolean counted = c.characters() > 0;
    for (String number : List.of(Long.toString(c.characters()), Long.toString(c.both()),
        Long.toString(c.firstOnly()), Long.toString(c.secondOnly()), Long.toString(c.neither()),
        counted ? Double.toString(c.percentAgreement()) : "", counted ? Double.toString(c.kappa()) : "",
        Integer.toString(s.first()), Integer.toString(s.second()), Integer.toString(s.firstMatched()),
        Integer.toString(s.secondMatched()), Double.toString(s.agreement()))) {
      csv.plainCell(number);
    }
    csv.endRow();
  }

  private String json(CodingAgreement agreement, QdpxImport a, QdpxImport b) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    root.put("minimumOverlap", minimumOverlap / 100);
    ArrayNode sources = root.putArray("sources");
    agreement.sources().forEach(sources::add);
    ArrayNode warnings = root.putArray("warnings");
    a.warnings().forEach(w -> warnings.add(first.getFileName() + ": " + w));
    if (b != null) {
      b.warnings().forEach(w -> warnings.add(second.getFileName() + ": " + w));
    }
    agreement.warnings().forEach(warnings::add);
    ArrayNode codes = root.putArray("byCode");
    agreement.byCode().forEach(c -> figures(codes.addObject().put("code", c.code()).put("sources", c.sources()),
        c.characters(), c.segments()));
    CodingAgreement.CodeAgreement all = agreement.overall();
    figures(root.putObject("overall").put("sources", all.sources()), all.characters(), all.segments());
    if (bySource) {
      ArrayNode rows = root.putArray("bySource");
      agreement.bySource().forEach(r -> figures(rows.addObject().put("source", r.source()).put("code", r.code()),
          r.characters(), r.segments()));
    }
    return ImpsciJson.write(root) + "\n";
  }

  private static void figures(ObjectNode node, CharacterCounts c, SegmentCounts s) {
    ObjectNode characters = node.putObject("characters");
    characters.put("characters", c.characters()).put("both", c.both()).put("firstOnly", c.firstOnly())
        .put("secondOnly", c.secondOnly()).put("neither", c.neither());
    if (c.characters() > 0) {
      characters.put("agreement", c.percentAgreement()).put("kappa", c.kappa());
    }
    node.putObject("segments").put("first", s.first()).put("second", s.second())
        .put("firstMatched", s.firstMatched()).put("secondMatched", s.secondMatched())
        .put("agreement", s.agreement());
  }
}
