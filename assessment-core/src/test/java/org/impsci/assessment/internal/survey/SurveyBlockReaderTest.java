package org.impsci.assessment.internal.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.impsci.assessment.TestData;
import org.impsci.assessment.internal.scoring.AnswerBlock;
import org.impsci.assessment.internal.scoring.ValueIndex;
import org.impsci.assessment.io.ReadMode;
import org.impsci.assessment.scoring.MinimumAnswered;
import org.impsci.assessment.scoring.Scorer;
import org.impsci.assessment.scoring.ScoringRules;
import org.impsci.assessment.survey.CsvLayout;
import org.junit.jupiter.api.Test;

/** Blocks handed back to the reader are filled again, and what each hand-over holds is right. */
class SurveyBlockReaderTest {
  private static final int ROWS = 2 * SurveyBlockReader.BLOCK_ROWS + 100;

  /** Row i (0-based) has id i, site S(i % 3) and A1 = 1 + i % 5; the other items are blank. */
  private static byte[] file() {
    StringBuilder csv = new StringBuilder("id,site,A1,A2,A3,B1,B2,N1\n");
    for (int i = 0; i < ROWS; i++) {
      csv.append(i).append(",S").append(i % 3).append(',').append(1 + i % 5).append(",,,,,\n");
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static SurveyBlockReader reader() {
    Scorer scorer =
        Scorer.of(TestData.toyInstrument(), ScoringRules.meanOf(MinimumAnswered.fraction(0.5)));
    CsvLayout layout = CsvLayout.builder().respondentIdColumn("id").addGroupColumns("site").build();
    return new SurveyBlockReader(scorer, layout, ReadMode.STRICT);
  }

  /** Reads the file, checking every row of every block handed over; returns the blocks' sizes. */
  private static List<Integer> read(
      SurveyBlockReader reader, boolean recycle, Map<AnswerBlock, Boolean> seen) {
    List<Integer> sizes = new ArrayList<>();
    ValueIndex[] sites = ValueIndex.forColumns(1);
    int[] next = {0};
    reader.read(new ByteArrayInputStream(file()), "blocks.csv", sites, block -> {
      seen.put(block, true);
      sizes.add(block.size());
      for (int r = 0; r < block.size(); r++, next[0]++) {
        int i = next[0];
        assertThat(block.id(r)).isEqualTo(Integer.toString(i));
        assertThat(block.row(r)).isEqualTo(i + 2);
        assertThat(block.groupValue(r, 0)).isEqualTo("S" + i % 3);
        assertThat(block.value(r, 0)).isEqualTo(1 + i % 5);
        assertThat(block.value(r, 1)).isNaN();
      }
      if (recycle) {
        reader.recycle(block);
      }
    });
    assertThat(next[0]).isEqualTo(ROWS);
    return sizes;
  }

  @Test
  void aBlockHandedBackIsFilledAgainWithTheNextRows() {
    Map<AnswerBlock, Boolean> seen = new IdentityHashMap<>();

    assertThat(read(reader(), true, seen)).containsExactly(512, 512, 100);
    assertThat(seen).hasSize(1);
  }

  @Test
  void withoutHandingBackEveryBlockIsNew() {
    Map<AnswerBlock, Boolean> seen = new IdentityHashMap<>();

    assertThat(read(reader(), false, seen)).containsExactly(512, 512, 100);
    assertThat(seen).hasSize(3);
  }
}
