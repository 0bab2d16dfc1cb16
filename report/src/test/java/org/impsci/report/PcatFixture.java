package org.impsci.report;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.impsci.assessment.io.ReadMode;
import org.impsci.barriers.pcat.PcatCsvReader;
import org.impsci.barriers.pcat.PcatItemSummary;
import org.impsci.barriers.pcat.PcatSummaries;

/**
 * pCAT answers in pcatR's long form at one site, with their hand-worked shares. Item 1: a strong
 * barrier, a weak barrier, a neutral answer and a strong facilitator (each 1/4 of 4 complete
 * answers; mean display code (-2 - 1 + 0 + 2) / 4 = -0.25). Item 2: two weak and one strong
 * facilitator among 3 complete answers (2/3 and 1/3; mean code (1 + 1 + 2) / 3 = 1.33), and a
 * barrier without its effect, which is not complete.
 */
final class PcatFixture {
  static final String CSV =
      "respondent_id,site_id,item_id,direction,effect\n"
          + "r1,S1,1,1,1\nr2,S1,1,1,0\nr3,S1,1,2,NA\nr4,S1,1,3,1\n"
          + "r1,S1,2,3,0\nr2,S1,2,3,0\nr3,S1,2,1,NA\nr4,S1,2,3,1\n";

  static List<PcatItemSummary> summaries() {
    return PcatSummaries.summarise(
        PcatCsvReader.of(ReadMode.STRICT).read(
            new ByteArrayInputStream(CSV.getBytes(StandardCharsets.UTF_8)), "pcat.csv"),
        List.of("site_id"));
  }

  private PcatFixture() {}
}
