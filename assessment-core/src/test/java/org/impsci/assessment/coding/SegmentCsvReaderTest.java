package org.impsci.assessment.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.TestData;
import org.impsci.assessment.framework.ConstructRef;
import org.impsci.assessment.framework.Frameworks;
import org.impsci.assessment.io.ReadMode;
import org.impsci.assessment.io.ReadReport;
import org.impsci.assessment.io.RejectedRow;
import org.junit.jupiter.api.Test;

class SegmentCsvReaderTest {
  private static final String CSV =
      "Document,Speaker,Role,Hospital,Begin,End,Segment,Codes,Valence\n"
          + "p1.txt,P1,nurse,A,0,4,\"Time\",toy:PS; toy:place.resources,barrier\n"
          + "p1.txt,P1,nurse,A,5,3,\"x\",toy:people,\n"
          + "\n"
          + "p2.txt,P2,manager,B,0,2,ok,toy:nowhere,\n"
          + "p2.txt,P2,manager,B,0,2,ok,toy:people,maybe\n";

  private final SegmentCsvLayout layout =
      SegmentCsvLayout.builder()
          .sourceColumn("Document")
          .participantColumn("Speaker")
          .roleColumn("Role")
          .siteColumn("Hospital")
          .startColumn("Begin")
          .endColumn("End")
          .textColumn("Segment")
          .codesColumn("Codes")
          .valenceColumn("Valence")
          .build();
  private final Frameworks registry = Frameworks.of(List.of(TestData.toyFramework()));

  private static InputStream in(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void lenientReadsGoodRowsAndReportsEveryBadOne() {
    List<CodedSegment> good = new ArrayList<>();
    ReadReport report = SegmentCsvReader.of(registry, layout, ReadMode.LENIENT).read(in(CSV), "codes.csv", good::add);
    assertThat(good).hasSize(1);
    CodedSegment s = good.get(0);
    assertThat(s.codes())
        .containsExactly(ConstructRef.of("toy", "people.skills"), ConstructRef.of("toy", "place.resources"));
    assertThat(s.valence()).contains(Valence.BARRIER);
    assertThat(s.wave()).isEmpty();
    assertThat(report.rowsRead()).isEqualTo(4);
    assertThat(report.scored()).isEqualTo(1);
    assertThat(report.blankRows()).isEqualTo(1);
    assertThat(report.rejected())
        .extracting(RejectedRow::row, r -> r.column().orElse(""), RejectedRow::reason)
        .containsExactly(
            tuple(3L, "", "segment of 'p1.txt' at 5-3: end (3) must not be before start (5)"),
            tuple(5L, "Codes", "framework 'toy' has no construct or alias 'nowhere'"),
            tuple(6L, "Valence", "unknown valence"));
    assertThat(report.rejected().get(0).recordId()).contains("P1");
  }

  @Test
  void strictStopsAtTheFirstBadRow() {
    assertThatThrownBy(() -> SegmentCsvReader.of(registry, layout, ReadMode.STRICT).readAll(in(CSV), "codes.csv"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("codes.csv, row 3: segment of 'p1.txt' at 5-3");
  }

  @Test
  void headerMustHaveTheRequiredColumns() {
    assertThatThrownBy(
            () -> SegmentCsvReader.of(registry, SegmentCsvLayout.defaults(), ReadMode.LENIENT)
                .readAll(in("source,participant,role,site,start,end,text\n"), "codes.csv"))
        .hasMessageContaining("codes.csv, row 1: the header lacks column(s) codes");
  }
}
