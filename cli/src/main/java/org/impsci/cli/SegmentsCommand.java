package org.impsci.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.impsci.assessment.framework.Frameworks;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.qda.PositionUnit;
import org.impsci.qda.QdaCoding;
import org.impsci.qda.QdaMappings;
import org.impsci.qda.QdpxImport;
import org.impsci.qda.QdpxOptions;
import org.impsci.qda.QdpxReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code impsci segments PROJECT.qdpx}: the coded segments of a REFI-QDA project from NVivo,
 * MAXQDA, ATLAS.ti, QualCoder or impsci, one row per code applied to a selection, as CSV or JSON,
 * with an import report. Codes map to the bundled frameworks' constructs as {@link QdpxReader}
 * says (a code mapping file first); people come from a source mapping file or the project's cases.
 * Nothing is printed unless the whole project is read.
 */
@Command(
    name = "segments",
    mixinStandardHelpOptions = true,
    description = "Print the coded segments of a REFI-QDA project (.qdpx) as CSV or JSON.")
final class SegmentsCommand implements Runnable {
  /** Output formats. */
  enum Format {
    csv,
    json
  }

  /** What to do with a coding whose code maps to no construct. */
  enum Unmapped {
    keep,
    ignore,
    error
  }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PROJECT", description = "A REFI-QDA project file (.qdpx).")
  Path project;

  @Option(names = "--code-map", paramLabel = "FILE",
      description = "CSV with columns code,construct (framework:construct) mapping code names to constructs.")
  Path codeMap;

  @Option(names = "--source-map", paramLabel = "FILE",
      description = "CSV with columns source,participant,role,site[,wave] for projects without cases.")
  Path sourceMap;

  @Option(names = "--unmapped", defaultValue = "keep",
      description = "Codings whose code maps to no construct: keep (construct left empty), ignore or"
          + " error (default: ${DEFAULT-VALUE}).")
  Unmapped unmapped;

  @Mixin PositionUnitOption positionUnit;

  @Option(names = "--format", defaultValue = "csv", description = "csv or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Mixin CsvGuardOption csvGuard;

  @Override
  public void run() {
    QdpxImport read =
        QdpxReader.of(Frameworks.bundled(), options()).read(InputFiles.check(spec, project));
    List<QdaCoding> rows = read.codings().stream()
        .filter(c -> unmapped == Unmapped.keep || c.construct().isPresent())
        .toList();
    long mapped = read.codings().stream().filter(c -> c.construct().isPresent()).count();
    long unmappedCount = read.codings().size() - mapped;
    String text = format == Format.csv ? csv(rows) : json(rows, read, mapped, unmappedCount);
    spec.commandLine().getOut().print(text);
    spec.commandLine().getOut().flush();
    if (format == Format.csv) {
      var err = spec.commandLine().getErr();
      err.println("report: " + read.codings().size() + " segments read, " + mapped + " mapped, "
          + unmappedCount + " unmapped (" + (unmapped == Unmapped.keep ? "kept" : "left out")
          + "), " + read.warnings().size() + " warnings");
      read.warnings().forEach(w -> err.println("warning: " + w));
      err.flush();
    }
  }

  private QdpxOptions options() {
    QdpxOptions.Builder b =
        QdpxOptions.builder().ignoreUnmappedCodes(unmapped != Unmapped.error);
    if (codeMap != null) {
      try (InputStream in = InputFiles.open(spec, codeMap)) {
        b.putAllCodeMapping(QdaMappings.readCodeMapping(
            in, codeMap.getFileName().toString(), Frameworks.bundled()));
      } catch (IOException e) {
        throw new UncheckedIOException("could not read " + codeMap, e);
      }
    }
    if (sourceMap != null) {
      try (InputStream in = InputFiles.open(spec, sourceMap)) {
        b.putAllSources(QdaMappings.readSourceMapping(in, sourceMap.getFileName().toString()));
      } catch (IOException e) {
        throw new UncheckedIOException("could not read " + sourceMap, e);
      }
    }
    positionUnit.unit(spec).ifPresent(b::positionUnit);
    return b.build();
  }

  /**
   * One line per row; the code path's names joined by " > "; positions in code points; text
   * cells guarded against formula injection unless --no-csv-guard ({@link CsvCells}).
   */
  private String csv(List<QdaCoding> rows) {
    StringWriter out = new StringWriter();
    CsvRowBuffer csv = new CsvRowBuffer(out, csvGuard.on);
    try {
      csv.row(List.of("source", "participant", "site", "role", "wave", "code_path", "construct",
          "start", "end", "text"));
      for (QdaCoding c : rows) {
        List.of(c.source(), c.participantId().orElse(""), c.site().orElse(""),
                c.participantRole().orElse(""), c.wave().orElse(""), String.join(" > ", c.codePath()))
            .forEach(csv::cell);
        // A construct id and positions are written as they are.
        csv.plainCell(c.construct().map(Object::toString).orElse(""));
        csv.plainCell(Integer.toString(c.start()));
        csv.plainCell(Integer.toString(c.end()));
        csv.cell(c.text());
        csv.endRow();
      }
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private String json(List<QdaCoding> rows, QdpxImport read, long mapped, long unmappedCount) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    ObjectNode report = root.putObject("report");
    report.put("read", read.codings().size());
    report.put("mapped", mapped);
    report.put("unmapped", unmappedCount);
    report.put("unmappedCodes", unmapped.name());
    report.put("origin", read.origin().orElse(null));
    report.put("positionUnit", read.positionUnit().name());
    ArrayNode warnings = report.putArray("warnings");
    read.warnings().forEach(warnings::add);
    ArrayNode segments = root.putArray("segments");
    for (QdaCoding c : rows) {
      ObjectNode s = segments.addObject();
      s.put("source", c.source());
      put(s, "participant", c.participantId());
      put(s, "site", c.site());
      put(s, "role", c.participantRole());
      put(s, "wave", c.wave());
      ArrayNode path = s.putArray("codePath");
      c.codePath().forEach(path::add);
      put(s, "construct", c.construct().map(Object::toString));
      s.put("start", c.start());
      s.put("end", c.end());
      s.put("text", c.text());
    }
    return ImpsciJson.write(root) + "\n";
  }

  private static void put(ObjectNode node, String field, Optional<String> value) {
    if (value.isPresent()) {
      node.put(field, value.get());
    } else {
      node.putNull(field);
    }
  }
}
