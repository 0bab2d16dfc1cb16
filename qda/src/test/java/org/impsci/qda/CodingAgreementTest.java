package org.impsci.qda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.impsci.assessment.framework.Frameworks;
import org.impsci.qda.CodingAgreement.CharacterCounts;
import org.impsci.qda.CodingAgreement.CodeAgreement;
import org.impsci.qda.CodingAgreement.SegmentCounts;
import org.impsci.qda.CodingAgreement.SourceAgreement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two coders' NVivo-shaped projects of the same 1,000-character interview (the project layout of
 * {@link QdpxRealProgramsTest}, from NVivo for Windows). Every figure is worked by hand in the
 * comments, with the formulas NVivo's help gives for its coding comparison query ("How is the
 * Kappa coefficient calculated?": expected agreement = coded(A) x coded(B) / N + uncoded(A) x
 * uncoded(B) / N; kappa = (agreed - expected) / (N - expected)).
 */
class CodingAgreementTest {
  private static final String NPT = "3c51efbb-071f-43a7-9f32-228b89668e8d";
  private static final String COHERENCE = "4d62f0cc-182f-44b8-a043-339c90779e9e";
  private static final String REFLEXIVE = "5e73a1dd-293a-45c9-b154-44ad91880f0f";
  private static final double EXACT = 1e-12;

  @TempDir Path dir;

  private int guid;

  /** A selection coded with one code; positions in UTF-16 code units, as NVivo counts them. */
  private String selection(String code, int start, int end) {
    guid++;
    String n = String.format("%012d", guid);
    return "      <PlainTextSelection guid=\"fd960901-8191-4db1-a3dd-" + n + "\" name=\"\" startPosition=\""
        + start + "\" endPosition=\"" + end + "\">\n"
        + "        <Coding guid=\"aa960901-8191-4db1-a3dd-" + n + "\"><CodeRef targetGUID=\"" + code + "\" /></Coding>\n"
        + "      </PlainTextSelection>\n";
  }

  private String source(String sourceGuid, String name, String selections) {
    return "    <TextSource guid=\"" + sourceGuid + "\" name=\"" + name + "\" plainTextPath=\"internal://"
        + sourceGuid + ".txt\">\n" + selections + "    </TextSource>\n";
  }

  private static String project(String sources) {
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        + "<Project xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" name=\"Study\" origin=\"NVivo for Windows 12.6\""
        + " basePath=\"\" xmlns=\"urn:QDA-XML:project:1.0\">\n"
        + "  <CodeBook>\n    <Codes>\n"
        + "      <Code guid=\"" + NPT + "\" name=\"NPT\" isCodable=\"false\">\n"
        + "        <Code guid=\"" + COHERENCE + "\" name=\"Coherence\" isCodable=\"true\" />\n"
        + "        <Code guid=\"" + REFLEXIVE + "\" name=\"Reflexive monitoring\" isCodable=\"true\" />\n"
        + "      </Code>\n    </Codes>\n  </CodeBook>\n"
        + "  <Sources>\n" + sources + "  </Sources>\n</Project>\n";
  }

  private QdpxImport read(String name, String qde, Map<String, String> texts) {
    Map<String, String> entries = new LinkedHashMap<>(texts);
    entries.put("project.qde", qde);
    Path file = QdpxArchives.zip(dir.resolve(name), entries);
    return QdpxReader.of(Frameworks.of(List.of()), QdpxOptions.builder().ignoreUnmappedCodes(true).build()).read(file);
  }

  private static final String ONE = "11111111-1111-4111-8111-111111111111";
  private static final String TWO = "22222222-2222-4222-8222-222222222222";
  private static final String TEXT = "x".repeat(1000);

  private CodingAgreement twoCoders() {
    QdpxImport first = read("first.qdpx", project(
        source(ONE, "Interview 1", selection(COHERENCE, 0, 150) + selection(REFLEXIVE, 300, 400))
            + source(TWO, "Interview 2", selection(COHERENCE, 0, 10))),
        Map.of("Sources/" + ONE + ".txt", TEXT, "Sources/" + TWO + ".txt", "short text here"));
    QdpxImport second = read("second.qdpx", project(
        source(ONE, "Interview 1", selection(COHERENCE, 100, 200) + selection(REFLEXIVE, 305, 400))),
        Map.of("Sources/" + ONE + ".txt", TEXT));
    return CodingAgreement.of(first, second, 0.9);
  }

  @Test
  void charactersAsNvivoCountsThem() {
    CodingAgreement agreement = twoCoders();
    assertThat(agreement.sources()).containsExactly("Interview 1");
    assertThat(agreement.bySource()).extracting(SourceAgreement::code)
        .containsExactly("NPT > Coherence", "NPT > Reflexive monitoring");

    // Coherence: A codes 0-150, B 100-200: both 100-150 = 50, A only 100, B only 50, neither 800.
    // Agreement (50 + 800) / 1000 = 0.85 (NVivo's own example has the same 50/150/800 split).
    // Expected: 150 x 100 / 1000 + 850 x 900 / 1000 = 15 + 765 = 780; kappa (850 - 780) / (1000 - 780) = 70/220.
    CharacterCounts coherence = agreement.bySource().get(0).characters();
    assertThat(coherence).isEqualTo(new CharacterCounts(1000, 50, 100, 50));
    assertThat(coherence.neither()).isEqualTo(800);
    assertThat(coherence.percentAgreement()).isCloseTo(0.85, within(EXACT));
    assertThat(coherence.kappa()).isCloseTo(70.0 / 220, within(EXACT));

    // Reflexive monitoring: A 300-400, B 305-400: both 95, A only 5, B only 0, neither 900.
    // Agreement 995/1000; expected 100 x 95 / 1000 + 900 x 905 / 1000 = 9.5 + 814.5 = 824;
    // kappa (995 - 824) / (1000 - 824) = 171/176.
    CharacterCounts reflexive = agreement.bySource().get(1).characters();
    assertThat(reflexive).isEqualTo(new CharacterCounts(1000, 95, 5, 0));
    assertThat(reflexive.percentAgreement()).isCloseTo(0.995, within(EXACT));
    assertThat(reflexive.kappa()).isCloseTo(171.0 / 176, within(EXACT));
  }

  @Test
  void segmentsAgreeWhenTheyOverlapByTheMinimum() {
    CodingAgreement agreement = twoCoders();
    // Coherence: 0-150 and 100-200 share 50 of the 200 characters either covers: 25% < 90%, so
    // neither segment agrees. Reflexive: 300-400 and 305-400 share 95 of 100: 95% >= 90%, so both agree.
    assertThat(agreement.bySource().get(0).segments()).isEqualTo(new SegmentCounts(1, 1, 0, 0));
    assertThat(agreement.bySource().get(1).segments()).isEqualTo(new SegmentCounts(1, 1, 1, 1));
    assertThat(agreement.bySource().get(0).segments().agreement()).isEqualTo(0.0);
    assertThat(agreement.bySource().get(1).segments().agreement()).isEqualTo(1.0);
    // At a minimum of 25% the coherence segments agree too; just above it, they do not.
    QdpxImport[] projects = projects();
    assertThat(CodingAgreement.of(projects[0], projects[1], 0.25).bySource().get(0).segments().firstMatched()).isEqualTo(1);
    assertThat(CodingAgreement.of(projects[0], projects[1], 0.2501).bySource().get(0).segments().firstMatched()).isZero();
  }

  private QdpxImport[] projects() {
    QdpxImport first = read("a.qdpx", project(source(ONE, "Interview 1", selection(COHERENCE, 0, 150))),
        Map.of("Sources/" + ONE + ".txt", TEXT));
    QdpxImport second = read("b.qdpx", project(source(ONE, "Interview 1", selection(COHERENCE, 100, 200))),
        Map.of("Sources/" + ONE + ".txt", TEXT));
    return new QdpxImport[] {first, second};
  }

  @Test
  void codesAndTheWholePoolEverySource() {
    CodingAgreement agreement = twoCoders();
    assertThat(agreement.byCode()).extracting(CodeAgreement::code, CodeAgreement::sources)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("NPT > Coherence", 1),
            org.assertj.core.groups.Tuple.tuple("NPT > Reflexive monitoring", 1));
    // Overall: 2 codes x 1,000 characters = 2,000; both 50 + 95 = 145, A only 105, B only 50,
    // neither 1,700. Agreement 1,845 / 2,000 = 0.9225. A coded 250, B 195: expected
    // 250 x 195 / 2000 + 1750 x 1805 / 2000 = 24.375 + 1579.375 = 1603.75;
    // kappa (1845 - 1603.75) / (2000 - 1603.75) = 241.25 / 396.25.
    CodeAgreement all = agreement.overall();
    assertThat(all.code()).isEqualTo(CodingAgreement.ALL_CODES);
    assertThat(all.characters()).isEqualTo(new CharacterCounts(2000, 145, 105, 50));
    assertThat(all.characters().percentAgreement()).isCloseTo(0.9225, within(EXACT));
    assertThat(all.characters().kappa()).isCloseTo(241.25 / 396.25, within(EXACT));
    // Segments: 4 in all, 2 agree.
    assertThat(all.segments()).isEqualTo(new SegmentCounts(2, 2, 1, 1));
    assertThat(all.segments().agreement()).isEqualTo(0.5);
  }

  @Test
  void aSourceOfOneCoderOnlyIsLeftOutWithTheReason() {
    assertThat(twoCoders().warnings())
        .containsExactly("source 'Interview 2' is only in the first project; left out");
    QdpxImport first = read("c.qdpx", project(source(ONE, "Interview 1", selection(COHERENCE, 0, 5))),
        Map.of("Sources/" + ONE + ".txt", TEXT));
    QdpxImport shorter = read("d.qdpx", project(source(ONE, "Interview 1", selection(COHERENCE, 0, 5))),
        Map.of("Sources/" + ONE + ".txt", "x".repeat(999)));
    CodingAgreement differ = CodingAgreement.of(first, shorter, 0.9);
    assertThat(differ.sources()).isEmpty();
    assertThat(differ.warnings()).containsExactly("source 'Interview 1' has 1000 characters in the first project"
        + " and 999 in the second, so the coders did not code the same text; left out");
    assertThat(differ.overall().characters().characters()).isZero();
  }

  @Test
  void aCoderOverlappingTheirOwnSelectionsCountsEachCharacterOnce() {
    // A codes 0-100 and 50-150 (150 characters, two segments); B codes 0-150 once.
    QdpxImport first = read("e.qdpx", project(source(ONE, "Interview 1",
        selection(COHERENCE, 0, 100) + selection(COHERENCE, 50, 150))), Map.of("Sources/" + ONE + ".txt", TEXT));
    QdpxImport second = read("f.qdpx", project(source(ONE, "Interview 1", selection(COHERENCE, 0, 150))),
        Map.of("Sources/" + ONE + ".txt", TEXT));
    SourceAgreement row = CodingAgreement.of(first, second, 0.6).bySource().get(0);
    // Complete agreement on characters: kappa 1 (expected 150 x 150 / 1000 + 850 x 850 / 1000 = 745).
    assertThat(row.characters()).isEqualTo(new CharacterCounts(1000, 150, 0, 0));
    assertThat(row.characters().kappa()).isCloseTo(1.0, within(EXACT));
    // Segments: 0-100 shares 100 of 150 with 0-150 (67% >= 60%), 50-150 too; B's 0-150 matches the
    // first of them. All three agree.
    assertThat(row.segments()).isEqualTo(new SegmentCounts(2, 1, 2, 1));
  }

  @Test
  void noCodingByEitherCoderIsCompleteAgreement() {
    CharacterCounts none = new CharacterCounts(1000, 0, 0, 0);
    assertThat(none.percentAgreement()).isEqualTo(1.0);
    assertThat(none.kappa()).isEqualTo(1.0);
    assertThat(new SegmentCounts(0, 0, 0, 0).agreement()).isEqualTo(1.0);
    // A codes everything, B nothing: agreement 0, expected 1000 x 0 / 1000 + 0 x 1000 / 1000 = 0, kappa 0.
    CharacterCounts opposite = new CharacterCounts(1000, 0, 1000, 0);
    assertThat(opposite.percentAgreement()).isEqualTo(0.0);
    assertThat(opposite.kappa()).isEqualTo(0.0);
  }

  @Test
  void theMinimumOverlapMustBeAShare() {
    QdpxImport[] p = projects();
    for (double bad : new double[] {0, -0.1, 1.01, Double.NaN}) {
      assertThatThrownBy(() -> CodingAgreement.of(p[0], p[1], bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("the minimum overlap must be above 0 and at most 1, got ");
    }
    assertThat(CodingAgreement.of(p[0], p[1], 1.0).overall().segments()).isEqualTo(new SegmentCounts(1, 1, 0, 0));
  }

  private static final String ANA = "aaaaaaaa-0000-4000-8000-000000000001";
  private static final String BEN = "bbbbbbbb-0000-4000-8000-000000000002";
  private static final String NAMELESS = "cccccccc-0000-4000-8000-000000000003";

  /** A selection made by one user and coded by another (either may be absent), as NVivo records them. */
  private String selectionBy(String code, int start, int end, String selectionUser, String codingUser) {
    guid++;
    String n = String.format("%012d", guid);
    return "      <PlainTextSelection guid=\"fd960901-8191-4db1-a3dd-" + n + "\" name=\"\" startPosition=\""
        + start + "\" endPosition=\"" + end + "\"" + (selectionUser == null ? "" : " creatingUser=\"" + selectionUser + "\"")
        + ">\n        <Coding guid=\"aa960901-8191-4db1-a3dd-" + n + "\""
        + (codingUser == null ? "" : " creatingUser=\"" + codingUser + "\"") + "><CodeRef targetGUID=\"" + code
        + "\" /></Coding>\n      </PlainTextSelection>\n";
  }

  @Test
  void twoUsersOfOneProjectAsNvivoComparesThem() {
    // NVivo names each user in <Users> and records creatingUser on selections and codings. Ana's
    // coding carries no creatingUser of its own, so its selection's counts; Ben's coding says he
    // coded a selection Ana made. A third user has no name: the GUID stands for it.
    String users = "  <Users>\n    <User guid=\"" + ANA + "\" name=\"Ana\" />\n    <User guid=\"" + BEN
        + "\" name=\"Ben\" />\n    <User guid=\"" + NAMELESS + "\" />\n  </Users>\n";
    String qde = project(source(ONE, "Interview 1",
            selectionBy(COHERENCE, 0, 150, ANA, null) + selectionBy(COHERENCE, 100, 200, ANA, BEN)
                + selectionBy(REFLEXIVE, 300, 400, NAMELESS, null)))
        .replace("  <CodeBook>", users + "  <CodeBook>");
    QdpxImport read = read("users.qdpx", qde, Map.of("Sources/" + ONE + ".txt", TEXT));
    assertThat(read.codings()).extracting(c -> c.coder().orElse("?")).containsExactly("Ana", "Ben", NAMELESS);

    // The figures of the two-project comparison above: coherence 0-150 against 100-200.
    CodingAgreement agreement = CodingAgreement.betweenCoders(read, "Ana", "Ben", 0.9);
    assertThat(agreement.byCode()).extracting(CodeAgreement::code).containsExactly("NPT > Coherence");
    assertThat(agreement.byCode().get(0).characters()).isEqualTo(new CharacterCounts(1000, 50, 100, 50));
    assertThat(agreement.byCode().get(0).characters().kappa()).isCloseTo(70.0 / 220, within(EXACT));
    assertThatThrownBy(() -> CodingAgreement.betweenCoders(read, "Ana", "Bem", 0.9))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no coding by 'Bem' in the project; its coders: Ana, Ben, " + NAMELESS);
    // Codings with no user at all: none named.
    QdpxImport anonymous = read("anon.qdpx", project(source(ONE, "Interview 1", selection(COHERENCE, 0, 5))),
        Map.of("Sources/" + ONE + ".txt", TEXT));
    assertThat(anonymous.codings().get(0).coder()).isEmpty();
    assertThatThrownBy(() -> CodingAgreement.betweenCoders(anonymous, "Ana", "Ben", 0.9))
        .hasMessage("no coding by 'Ana' in the project; its coders: none named");
  }

  @Test
  void sourceLengthsAreCodePointsWhateverTheUnitOfThePositions() {
    // QdpxRealProgramsTest's text: 20 code points, 23 UTF-16 code units.
    QdpxImport read = read("g.qdpx", project(source(ONE, "Interview 1", selection(COHERENCE, 6, 10))),
        Map.of("Sources/" + ONE + ".txt", QdpxRealProgramsTest.TEXT));
    assertThat(read.sourceLengths()).containsExactly(Map.entry("Interview 1", 20));
  }
}
