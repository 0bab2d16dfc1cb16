package org.impsci.qda;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.impsci.assessment.InputLocation;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.framework.ConstructRef;
import org.impsci.assessment.framework.Frameworks;
import org.impsci.assessment.internal.csv.CsvHeader;
import org.impsci.assessment.internal.csv.CsvRecordReader;

/**
 * Reads the mapping files of {@link QdpxOptions} from CSV (UTF-8, comma-separated, with a header;
 * other columns are ignored, blank rows skipped). Strict: the first bad row fails with an {@link
 * InvalidInputException} naming the file, row and column.
 *
 * <ul>
 *   <li>Code mapping: columns {@code code} (the code's name in the project) and {@code construct}
 *       ({@code framework:construct}, read by {@link Frameworks#reference}: aliases in any case,
 *       stored by full id).
 *   <li>Source mapping: columns {@code source} (the source's name in the project), {@code
 *       participant}, {@code role}, {@code site} and optionally {@code wave}.
 * </ul>
 *
 * <p>Thread-safe: it has only static methods and immutable, lazily loaded data.
 */
public final class QdaMappings {
  private QdaMappings() {}

  /**
   * Reads a code mapping, its constructs checked against the registry.
   *
   * @param in the CSV (not closed)
   * @param registry the frameworks the constructs belong to
   * @throws InvalidInputException for a bad header, a reference to no known construct (with a
   *     "did you mean") or a code listed twice
   */
  public static Map<String, ConstructRef> readCodeMapping(
      InputStream in, String sourceName, Frameworks registry) {
    Map<String, ConstructRef> out = new LinkedHashMap<>();
    CsvRecordReader csv = CsvRecordReader.open(in, sourceName, ',');
    CsvHeader header = CsvHeader.read(csv);
    int code = header.require("code");
    int construct = header.require("construct");
    header.checkComplete();
    rows(csv, header, (fields, at) -> {
      ConstructRef ref = registry.reference(fields[construct], at.withColumn("construct"));
      put(out, fields[code].trim(), ref, at.withColumn("code"));
    });
    return out;
  }

  /**
   * Reads a source mapping.
   *
   * @param in the CSV (not closed)
   * @throws InvalidInputException for a bad header, a blank value or a source listed twice
   */
  public static Map<String, SourceAttribution> readSourceMapping(InputStream in, String sourceName) {
    Map<String, SourceAttribution> out = new LinkedHashMap<>();
    CsvRecordReader csv = CsvRecordReader.open(in, sourceName, ',');
    CsvHeader header = CsvHeader.read(csv);
    int source = header.require("source");
    int participant = header.require("participant");
    int role = header.require("role");
    int site = header.require("site");
    int wave = header.find("wave");
    header.checkComplete();
    rows(csv, header, (fields, at) -> {
      SourceAttribution who =
          SourceAttribution.builder()
              .participantId(value(fields, participant, "participant", at))
              .role(value(fields, role, "role", at))
              .site(value(fields, site, "site", at))
              .wave(wave < 0 || fields[wave].isBlank()
                  ? Optional.empty() : Optional.of(fields[wave].trim()))
              .build();
      put(out, value(fields, source, "source", at), who, at.withColumn("source"));
    });
    return out;
  }

  private static void rows(
      CsvRecordReader csv, CsvHeader header, BiConsumer<String[], InputLocation> row) {
    for (String[] fields = csv.next(); fields != null; fields = csv.next()) {
      if (csv.isBlank()) {
        continue;
      }
      InputLocation at = InputLocation.in(csv.sourceName()).withRow(csv.row());
      if (fields.length != header.width()) {
        throw new InvalidInputException(
            at, "the row has " + fields.length + " fields but the header has " + header.width());
      }
      row.accept(fields, at);
    }
  }

  private static String value(String[] fields, int column, String name, InputLocation at) {
    String v = fields[column].trim();
    if (v.isEmpty()) {
      throw new InvalidInputException(at.withColumn(name), "the " + name + " is blank");
    }
    return v;
  }

  private static <V> void put(Map<String, V> out, String key, V value, InputLocation at) {
    if (key.isEmpty()) {
      throw new InvalidInputException(at, "the name is blank");
    }
    if (out.putIfAbsent(key, value) != null) {
      throw new InvalidInputException(at, "'" + key + "' is listed twice", key, "each name once");
    }
  }
}
