package org.impsci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The score text, cached or written from digits, is always what Double.toString writes (and so
 * reads back as the same double), however slots collide.
 */
class ScoreTextTest {

  @Test
  void noScoreIsBlank() {
    assertThat(new ScoreText().of(Double.NaN)).isEmpty();
  }

  @Test
  void everyTextEqualsDoubleToStringOnFirstAndRepeatedUse() {
    ScoreText text = new ScoreText();
    // 20,000 distinct values over 1,024 slots: most slots are shared and overwritten.
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < 20_000; i++) {
        double x = i / 7.0;
        assertThat(text.of(x)).isEqualTo(Double.toString(x));
      }
    }
    assertThat(text.of(3.75)).isEqualTo("3.75");
    assertThat(text.of(-0.0)).isEqualTo("-0.0");
    assertThat(text.of(0.0)).isEqualTo("0.0");
  }

  /**
   * Every mean a 1-5 and a 0-10 scale of up to 40 items can have (sum / answered, for every
   * number answered from 1 to 40), and those means on the 0-100 transform, written into a row
   * and compared with Double.toString: the expected texts come from the JDK, not from this code.
   */
  @Test
  void everyMeanOfSmallScalesIsWrittenAsDoubleToStringWritesIt() throws IOException {
    List<Double> scores = new ArrayList<>();
    int[][] ranges = {{1, 5}, {0, 10}};
    for (int[] range : ranges) {
      for (int answered = 1; answered <= 40; answered++) {
        for (int sum = range[0] * answered; sum <= range[1] * answered; sum++) {
          double mean = (double) sum / answered;
          scores.add(mean);
          scores.add((mean - range[0]) / (range[1] - range[0]) * 100.0);
        }
      }
    }
    assertWrittenAsDoubleToString(scores);
  }

  @Test
  void edgesOfTheDirectFormAreWrittenAsDoubleToStringWritesThem() throws IOException {
    // Below 0.001 and from 10^7 on Double.toString writes an exponent; 0.1 + 0.2 has no short
    // decimal form; -0.0 and NaN are special; the rest are written from digits.
    assertWrittenAsDoubleToString(
        List.of(0.001, 0.000999, 9_999_999.5, 1e7, 0.1 + 0.2, -2.5, -0.001, -0.0, 0.0, 1.0,
            12.0, 1234567.125, 0.123456, 0.1234567, Double.NaN));
  }

  private static void assertWrittenAsDoubleToString(List<Double> scores) throws IOException {
    StringWriter out = new StringWriter();
    CsvRowBuffer rows = new CsvRowBuffer(out, true);
    ScoreText text = new ScoreText();
    StringBuilder expected = new StringBuilder();
    for (double score : scores) {
      text.addTo(rows, score);
      rows.endRow();
      expected.append(Double.isNaN(score) ? "" : Double.toString(score)).append('\n');
    }
    rows.flush();
    assertThat(out.toString()).isEqualTo(expected.toString());
    String[] lines = out.toString().split("\n", -1);
    for (int i = 0; i < scores.size(); i++) {
      if (!Double.isNaN(scores.get(i))) {
        assertThat(Double.parseDouble(lines[i])).isEqualTo(scores.get(i));
      }
    }
  }
}
