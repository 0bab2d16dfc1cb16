package org.impsci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import javax.imageio.ImageIO;
import org.impsci.assessment.scoring.GroupSummary;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;

class ProfileChartTest {
  private static GroupSummary summary(String group, String scale, Double mean) {
    return GroupSummary.builder()
        .column("site")
        .group(group)
        .scaleId(scale)
        .n(mean == null ? 0 : 3)
        .notScored(mean == null ? 3 : 0)
        .mean(mean == null ? OptionalDouble.empty() : OptionalDouble.of(mean))
        .build();
  }

  private final List<GroupSummary> summaries =
      List.of(
          summary("H02", "coherence", 3.5),
          summary("H02", "reflexive-monitoring", 2.25),
          summary("H01", "coherence", 4.0),
          summary("H01", "reflexive-monitoring", null));

  @Test
  void oneSeriesPerScaleOverTheGroupsInSortedOrder() {
    CategoryChart chart =
        ProfileChart.of("t", summaries, List.of("coherence", "reflexive-monitoring"), 1, 5);
    assertThat(chart.getSeriesMap()).containsOnlyKeys("coherence", "reflexive-monitoring");
    assertThat(List.<Object>copyOf(chart.getSeriesMap().get("coherence").getXData()))
        .containsExactly("H01", "H02");
    assertThat(new ArrayList<Number>(chart.getSeriesMap().get("coherence").getYData()))
        .containsExactly(4.0, 3.5);
    assertThat(new ArrayList<Number>(chart.getSeriesMap().get("reflexive-monitoring").getYData()))
        .containsExactly(null, 2.25);
    assertThat(chart.getStyler().getYAxisMin()).isEqualTo(1.0);
    assertThat(chart.getStyler().getYAxisMax()).isEqualTo(5.0);
  }

  @Test
  void drawsAPngHeadless() throws IOException {
    byte[] png = ProfileChart.png(ProfileChart.of("t", summaries, List.of("coherence"), 1, 5));
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isEqualTo(960);
    assertThat(image.getHeight()).isEqualTo(440);
    assertThat(System.getProperty("java.awt.headless")).isEqualTo("true");
    assertThat(ProfileChart.dataUrl(ProfileChart.of("t", summaries, List.of("coherence"), 1, 5)))
        .startsWith("data:image/png;base64,iVBORw0KGgo");
  }
}
