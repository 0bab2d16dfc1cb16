package org.impsci.barriers.pcat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.impsci.assessment.InputLocation;
import org.impsci.assessment.io.ReadMode;
import org.impsci.assessment.io.ReadTally;
import org.impsci.assessment.io.TableReader;

/** The tables pcatR wrote (src/test/resources/pcat/pcatr-*.csv) and the fixtures it read. */
final class PcatrTables {
  private PcatrTables() {}

  /** A fixture, read leniently. */
  static PcatReadReport fixture(String name) {
    try (InputStream in = PcatrTables.class.getResourceAsStream("/pcat/" + name)) {
      return PcatCsvReader.of(ReadMode.LENIENT).read(in, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** pcatR's rows, as text by column name; R's NA is the empty string. */
  static List<Map<String, String>> read(String name) {
    List<Map<String, String>> rows = new ArrayList<>();
    try (InputStream in = PcatrTables.class.getResourceAsStream("/pcat/" + name)) {
      TableReader.of(ReadMode.STRICT).read(in, name, new TableReader.Table() {
        private String[] header;

        @Override
        public void header(String[] names, InputLocation at) {
          header = names;
        }

        @Override
        public void row(String[] fields, InputLocation at, ReadTally tally) {
          Map<String, String> row = new HashMap<>();
          for (int i = 0; i < header.length; i++) {
            row.put(header[i], fields[i]);
          }
          rows.add(row);
          tally.accept();
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
