package org.impsci.assessment.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.TestData;
import org.impsci.assessment.framework.ConstructRef;
import org.impsci.assessment.framework.Frameworks;
import org.junit.jupiter.api.Test;

/**
 * A worked example on the toy framework: people (motivation (reward), skills), place (resources).
 *
 * <pre>
 *   segment  site participant role     codes                    rolled up
 *   s1       A    P1          nurse    skills, motivation       + people
 *   s2       A    P1          nurse    reward                   + motivation, people
 *   s3       A    P2          manager  skills, resources        + people, place
 *   s4       B    P1          nurse    resources                + place
 *   s5       A    P1          nurse    skills                   + people
 * </pre>
 *
 * By hand: people is touched by s1, s2, s3, s5 = 4 segments (s1 once, though coded with two of its
 * children), none coded with people itself, by (A,P1) and (A,P2) = 2 participants at 1 site.
 * Place: s3, s4 = 2 segments by (A,P2) and (B,P1) = 2 participants at 2 sites (P1 at B is not P1
 * at A). Skills: s1, s3, s5 = 3 segments, 2 participants. Motivation: s1, s2 = 2 (1 direct).
 */
class CodingAnalysisTest {
  private static final ConstructRef PEOPLE = ref("people");
  private static final ConstructRef MOTIVATION = ref("people.motivation");
  private static final ConstructRef REWARD = ref("people.motivation.reward");
  private static final ConstructRef SKILLS = ref("people.skills");
  private static final ConstructRef PLACE = ref("place");
  private static final ConstructRef RESOURCES = ref("place.resources");

  private final Frameworks registry = Frameworks.of(List.of(TestData.toyFramework()));
  private final CodingAnalysis analysis =
      CodingAnalysis.of(
          registry,
          List.of(
              segment("A", "P1", "nurse", SKILLS, MOTIVATION),
              segment("A", "P1", "nurse", REWARD),
              segment("A", "P2", "manager", SKILLS, RESOURCES),
              segment("B", "P1", "nurse", RESOURCES),
              segment("A", "P1", "nurse", SKILLS)));

  static ConstructRef ref(String construct) {
    return ConstructRef.of("toy", construct);
  }

  static CodedSegment segment(String site, String participant, String role, ConstructRef... codes) {
    return CodedSegment.builder()
        .source(participant + "-" + site + ".txt")
        .participantId(participant)
        .participantRole(role)
        .site(site)
        .start(0)
        .end(4)
        .text("text")
        .addAllCodes(Arrays.asList(codes))
        .build();
  }

  @Test
  void rollsSubConstructsUpCountingEachSegmentOncePerAncestor() {
    assertThat(analysis.frequencies())
        .extracting(f -> f.construct().construct(), ConstructFrequency::segments,
            ConstructFrequency::directSegments, ConstructFrequency::participants,
            ConstructFrequency::sites, ConstructFrequency::depth)
        .containsExactly(
            tuple("people", 4L, 0L, 2L, 1L, 0),
            tuple("people.motivation", 2L, 1L, 1L, 1L, 1),
            tuple("people.motivation.reward", 1L, 1L, 1L, 1L, 2),
            tuple("people.skills", 3L, 3L, 2L, 1L, 1),
            tuple("place", 2L, 0L, 2L, 2L, 0),
            tuple("place.resources", 2L, 2L, 2L, 2L, 1));
  }

  @Test
  void givesCountsAtAnyLevel() {
    assertThat(analysis.frequencies("toy", 0))
        .extracting(ConstructFrequency::construct, ConstructFrequency::segments)
        .containsExactly(
            tuple(PEOPLE, 4L),
            tuple(PLACE, 2L));
    assertThat(analysis.frequencies("toy", 1))
        .extracting(ConstructFrequency::construct)
        .containsExactly(MOTIVATION, SKILLS, RESOURCES);
    assertThat(analysis.frequency(ref("people.motivation.reward")).segments()).isEqualTo(1);
  }

  @Test
  void distinctParticipantsAreNotMentions() {
    List<CodedSegment> thirty =
        java.util.stream.IntStream.range(0, 30)
            .mapToObj(i -> segment("A", "P1", "nurse", SKILLS))
            .toList();
    ConstructFrequency skills = CodingAnalysis.of(registry, thirty).frequency(SKILLS);
    assertThat(skills.segments()).isEqualTo(30);
    assertThat(skills.participants()).isEqualTo(1);
    assertThat(skills.sites()).isEqualTo(1);
  }

  @Test
  void uncodedConstructHasZeros() {
    CodingAnalysis one = CodingAnalysis.of(registry, List.of(segment("A", "P1", "nurse", SKILLS)));
    assertThat(one.frequency(RESOURCES).segments()).isZero();
    assertThat(one.frequency(RESOURCES).label()).isEqualTo("Resources");
  }

  @Test
  void countsBySiteAndRole() {
    assertThat(analysis.segmentsBySite()).containsExactly(Map.entry("A", 4L), Map.entry("B", 1L));
    assertThat(analysis.segmentsByRole())
        .containsExactly(Map.entry("manager", 1L), Map.entry("nurse", 4L));
  }

  @Test
  void constructBySiteAndByRoleMatrices() {
    CrossTab bySite = analysis.constructBySite();
    assertThat(bySite.columns()).containsExactly("A", "B");
    assertThat(bySite.rows()).extracting(CrossTabRow::construct)
        .containsExactly(PEOPLE, MOTIVATION, REWARD, SKILLS, PLACE, RESOURCES);
    assertThat(bySite.count(PEOPLE, "A")).isEqualTo(4);
    assertThat(bySite.count(PEOPLE, "B")).isZero();
    assertThat(bySite.count(PLACE, "A")).isEqualTo(1);
    assertThat(bySite.count(PLACE, "B")).isEqualTo(1);
    assertThat(bySite.count(SKILLS, "A")).isEqualTo(3);

    CrossTab byRole = analysis.constructByRole();
    assertThat(byRole.columns()).containsExactly("manager", "nurse");
    assertThat(byRole.count(PEOPLE, "manager")).isEqualTo(1);
    assertThat(byRole.count(PEOPLE, "nurse")).isEqualTo(3);
    assertThat(byRole.count(PLACE, "nurse")).isEqualTo(1);
    assertThat(byRole.count(REWARD, "manager")).isZero();
  }

  @Test
  void coOccurrenceAsAppliedAndAtTheTopLevel() {
    // s1 pairs motivation and skills; s3 pairs skills and resources.
    assertThat(analysis.coOccurrences())
        .extracting(CoOccurrence::first, CoOccurrence::second, CoOccurrence::segments)
        .containsExactly(
            tuple(MOTIVATION, SKILLS, 1L),
            tuple(SKILLS, RESOURCES, 1L));
    // Lifted to depth 0, s1 is {people} (no pair); only s3 pairs people and place.
    assertThat(analysis.coOccurrences(0))
        .extracting(CoOccurrence::first, CoOccurrence::second, CoOccurrence::segments)
        .containsExactly(tuple(PEOPLE, PLACE, 1L));
  }

  @Test
  void unknownCodeNamesTheSegment() {
    List<CodedSegment> bad = List.of(segment("A", "P1", "nurse", SKILLS), segment("A", "P9", "nurse", ref("nowhere")));
    assertThatThrownBy(() -> CodingAnalysis.of(registry, bad))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("segment 2")
        .hasMessageContaining("P9")
        .hasMessageContaining("no construct 'nowhere'");
    List<CodedSegment> otherFramework =
        List.of(segment("A", "P1", "nurse", ConstructRef.of("npt", "coherence")));
    assertThatThrownBy(() -> CodingAnalysis.of(registry, otherFramework))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("no framework 'npt'");
  }

  @Test
  void segmentIsValidated() {
    assertThatThrownBy(() -> CodedSegment.builder().source("s").participantId("p")
            .participantRole("r").site("x").start(5).end(4).text("").addCodes(SKILLS).build())
        .hasMessageContaining("end (4) must not be before start (5)");
    assertThatThrownBy(() -> CodedSegment.builder().source("s").participantId("p")
            .participantRole("r").site("x").start(0).end(0).text("").build())
        .hasMessageContaining("at least one code");
    assertThatThrownBy(() -> CodedSegment.builder().source("s").participantId(" ")
            .participantRole("r").site("x").start(0).end(0).text("").addCodes(SKILLS).build())
        .hasMessageContaining("participant id is blank");
  }
}
