package org.impsci.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.impsci.assessment.coding.CodedSegment;
import org.impsci.assessment.coding.ConstructFrequency;
import org.impsci.assessment.framework.ConstructRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs example 1 and recomputes its site means from the CSV it wrote, without the library. */
class SecondaryFracturePreventionTest {
  private static final String[] CONSTRUCTS = {
    "coherence", "cognitive-participation", "collective-action", "reflexive-monitoring"
  };
  private static final String[] PREFIXES = {"CO", "CP", "CA", "RM"};
  private static final int[] ITEMS = {4, 4, 7, 5};

  @TempDir Path dir;

  @Test
  void siteMeansMatchAHandComputationFromTheCsv() throws IOException {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    SecondaryFracturePrevention.Result result =
        SecondaryFracturePrevention.run(dir, new PrintStream(printed, true, StandardCharsets.UTF_8));

    Map<String, double[][]> expected = siteMeans(Files.readAllLines(result.survey()));
    assertThat(result.report().read().scored()).isEqualTo(43);
    assertThat(result.report().read().rejected()).isEmpty();
    assertThat(result.profiles().keySet()).containsExactlyElementsOf(expected.keySet()).hasSize(11);
    expected.forEach((site, sums) -> {
      for (int c = 0; c < CONSTRUCTS.length; c++) {
        double mean = sums[c][0] / sums[c][1];
        assertThat(result.profiles().get(site).entry(CONSTRUCTS[c]).orElseThrow().score().getAsDouble())
            .as(site + " " + CONSTRUCTS[c])
            .isCloseTo(mean, within(1e-12));
      }
    });

    String weakest = null;
    double lowest = Double.MAX_VALUE;
    for (Map.Entry<String, double[][]> e : expected.entrySet()) {
      double mean = e.getValue()[2][0] / e.getValue()[2][1];
      if (mean < lowest) {
        lowest = mean;
        weakest = e.getKey();
      }
    }
    String text = printed.toString(StandardCharsets.UTF_8);
    assertThat(text)
        .contains("SYNTHETIC DATA, seed 1143")
        .contains("43 professionals read, 43 scored, 0 rejected, 11 hospitals")
        .contains(String.format(Locale.ROOT, "collective action is weakest in %s (%.2f)", weakest, lowest));

    BufferedImage chart = ImageIO.read(result.chart().toFile());
    assertThat(chart.getWidth()).isEqualTo(960);

    // Extended NPT: count by hand the segments with at least one code under each top component.
    List<CodedSegment> segments = result.coding().segments();
    assertThat(segments).hasSizeBetween(43 * 2, 43 * 4);
    for (String component : List.of("capability", "capacity", "potential", "contribution")) {
      long expectedSegments = segments.stream()
          .filter(s -> s.codes().stream().anyMatch(c -> c.construct().startsWith(component + ".")))
          .count();
      long expectedPeople = segments.stream()
          .filter(s -> s.codes().stream().anyMatch(c -> c.construct().startsWith(component + ".")))
          .map(CodedSegment::participantId)
          .distinct()
          .count();
      ConstructFrequency f = result.coding().frequency(ConstructRef.of("enpt", component));
      assertThat(f.segments()).as(component).isEqualTo(expectedSegments).isPositive();
      assertThat(f.participants()).as(component).isEqualTo(expectedPeople);
      assertThat(text).containsPattern(component + " +" + expectedSegments + " segments, +" + expectedPeople + " participants");
    }
    assertThat(text).contains("extended NPT coding of " + segments.size() + " interview segments (SYNTHETIC)");
  }

  /** Per site and construct: {sum of respondent scores, respondents scored}. */
  private static Map<String, double[][]> siteMeans(List<String> lines) {
    List<String> header = List.of(lines.get(0).split(","));
    Map<String, double[][]> sums = new TreeMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      double[][] site = sums.computeIfAbsent(cells[1], k -> new double[CONSTRUCTS.length][2]);
      for (int c = 0; c < CONSTRUCTS.length; c++) {
        List<Double> answered = new ArrayList<>();
        for (int i = 1; i <= ITEMS[c]; i++) {
          String cell = cells[header.indexOf(PREFIXES[c] + i)];
          if (cell.matches("[1-5]")) {
            double v = Double.parseDouble(cell);
            answered.add(PREFIXES[c].equals("CA") && i == 2 ? 6 - v : v);
          }
        }
        // Default NoMAD rule: at least half of the construct's items answered, rounded up.
        if (answered.size() >= (ITEMS[c] + 1) / 2) {
          site[c][0] += answered.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
          site[c][1]++;
        }
      }
    }
    return sums;
  }
}
