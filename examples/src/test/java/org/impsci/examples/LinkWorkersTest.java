package org.impsci.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.impsci.assessment.coding.CodedSegment;
import org.impsci.assessment.coding.CodingAnalysis;
import org.impsci.assessment.coding.ConstructFrequency;
import org.impsci.assessment.coding.SegmentCsvLayout;
import org.impsci.assessment.coding.SegmentCsvReader;
import org.impsci.assessment.framework.Frameworks;
import org.impsci.assessment.io.ReadMode;
import org.impsci.assessment.io.ReadReport;
import org.impsci.npt.CodingManualConstruct;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs example 4 and recomputes its counts from the CMO configurations the segments were tagged
 * with (not from their codes, and without the coding analysis): per wave, segments and distinct
 * (site, participant) pairs per CMO domain and primary construct, and the change between waves.
 */
class LinkWorkersTest {
  private static final List<String> WAVES = List.of(LinkWorkers.BASELINE, LinkWorkers.FOLLOW_UP);

  @Test
  void domainAndConstructCountsPerWaveMatchAHandCountOfTheConfigurations() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    LinkWorkers.Result result = LinkWorkers.run(new PrintStream(printed, true, StandardCharsets.UTF_8));
    String text = printed.toString(StandardCharsets.UTF_8);
    List<LinkWorkers.TaggedSegment> segments = result.segments();

    // Reproducible; seven sites; follow-up 9 to 12 months later, only of people seen at baseline.
    assertThat(segments).isEqualTo(LinkWorkers.segments(LinkWorkers.SEED, new TreeMap<>()));
    assertThat(segments.stream().map(t -> t.segment().site()).distinct()).hasSize(7);
    assertThat(result.followUpMonths().values()).allSatisfy(m -> assertThat(m).isBetween(9, 12));
    Set<String> baseline = people(segments, LinkWorkers.BASELINE, null);
    Set<String> followUp = people(segments, LinkWorkers.FOLLOW_UP, null);
    assertThat(baseline).containsAll(followUp);
    assertThat(followUp).isEqualTo(result.followUpMonths().keySet()).hasSizeLessThan(baseline.size());
    long baselineSegments = count(segments, LinkWorkers.BASELINE, null);
    long followUpSegments = count(segments, LinkWorkers.FOLLOW_UP, null);
    assertThat(text).contains("SYNTHETIC DATA, seed 407").contains(String.format(
        "baseline: %d segments from %d participants; follow-up 9-12 months later: %d segments from %d participants",
        baselineSegments, baseline.size(), followUpSegments, followUp.size()));

    for (CodingManualConstruct domain : LinkWorkers.DOMAINS) {
      long[] counts = new long[4];
      for (int w = 0; w < 2; w++) {
        CodingAnalysis analysis = result.byWave().get(WAVES.get(w));
        ConstructFrequency f = analysis.frequency(domain.ref());
        counts[2 * w] = count(segments, WAVES.get(w), domain);
        counts[2 * w + 1] = people(segments, WAVES.get(w), domain).size();
        assertThat(f.segments()).as(domain + " " + WAVES.get(w)).isEqualTo(counts[2 * w]);
        assertThat(f.participants()).as(domain + " " + WAVES.get(w)).isEqualTo(counts[2 * w + 1]);
      }
      assertThat(text).containsPattern(domain.id() + " +" + counts[0] + " / +" + counts[1]
          + " -> +" + counts[2] + " / +" + counts[3]);
    }

    long grewMost = Long.MIN_VALUE;
    CodingManualConstruct grew = null;
    for (CodingManualConstruct c : CodingManualConstruct.values()) {
      if (c.isPrimaryConstruct()) {
        long a = count(segments, LinkWorkers.BASELINE, c);
        long b = count(segments, LinkWorkers.FOLLOW_UP, c);
        assertThat(result.byWave().get(LinkWorkers.BASELINE).frequency(c.ref()).segments()).as(c.id()).isEqualTo(a);
        assertThat(result.byWave().get(LinkWorkers.FOLLOW_UP).frequency(c.ref()).segments()).as(c.id()).isEqualTo(b);
        assertThat(text).containsPattern(c.id() + " +" + a + ", +" + people(segments, LinkWorkers.BASELINE, c).size()
            + " -> +" + b + ", +" + people(segments, LinkWorkers.FOLLOW_UP, c).size() + " +" + java.util.regex.Pattern.quote(String.format("%+d", b - a)));
        if (b - a > grewMost) {
          grewMost = b - a;
          grew = c;
        }
      }
    }
    // The generator favours sustainment at the follow-up; with seed 407 it grows most.
    assertThat(grew).isEqualTo(CodingManualConstruct.SUSTAINMENT);
    assertThat(count(segments, LinkWorkers.FOLLOW_UP, CodingManualConstruct.OUTCOME))
        .isGreaterThan(count(segments, LinkWorkers.BASELINE, CodingManualConstruct.OUTCOME));
  }

  /**
   * Notebook 04 reads the file {@code writeSegments} writes: the kernel's segment reader, strict,
   * must accept every row and give back the generated segments, in order (header as row 1).
   */
  @Test
  void writtenSegmentsReadBackThroughTheSegmentReader(@TempDir Path dir) throws IOException {
    List<LinkWorkers.TaggedSegment> tagged = LinkWorkers.segments(LinkWorkers.SEED, new TreeMap<>());
    Path file = LinkWorkers.writeSegments(tagged, dir.resolve("new").resolve("segments.csv"));
    assertThat(Files.readAllLines(file)).hasSize(tagged.size() + 1)
        .first().isEqualTo("source,participant,role,site,wave,start,end,text,codes");
    List<CodedSegment> read = new ArrayList<>();
    ReadReport report = SegmentCsvReader.of(Frameworks.bundled(), SegmentCsvLayout.defaults(), ReadMode.STRICT)
        .read(file, read::add);
    assertThat(report.rowsRead()).isEqualTo(tagged.size());
    assertThat(report.scored()).isEqualTo(tagged.size());
    assertThat(read).isEqualTo(tagged.stream().map(LinkWorkers.TaggedSegment::segment).toList());
  }

  /** The configuration's filled slots. */
  private static Stream<CodingManualConstruct> slots(LinkWorkers.TaggedSegment t) {
    return Stream.of(t.cmo().context(), t.cmo().mechanism(), t.cmo().outcome()).flatMap(Optional::stream);
  }

  /** Whether a slot value is {@code c} or lies below it; {@code null} matches every segment. */
  private static boolean touches(LinkWorkers.TaggedSegment t, CodingManualConstruct c) {
    return c == null || slots(t).anyMatch(s -> {
      for (CodingManualConstruct at = s; at != null; at = at.parent().orElse(null)) {
        if (at == c) {
          return true;
        }
      }
      return false;
    });
  }

  private static long count(List<LinkWorkers.TaggedSegment> segments, String wave, CodingManualConstruct c) {
    return segments.stream()
        .filter(t -> t.segment().wave().orElseThrow().equals(wave) && touches(t, c)).count();
  }

  private static Set<String> people(List<LinkWorkers.TaggedSegment> segments, String wave, CodingManualConstruct c) {
    Set<String> people = new HashSet<>();
    segments.stream()
        .filter(t -> t.segment().wave().orElseThrow().equals(wave) && touches(t, c))
        .forEach(t -> people.add(t.segment().site() + "/" + t.segment().participantId()));
    return people;
  }
}
