package org.impsci.barriers.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.impsci.assessment.testing.ReaderAssertions.parses;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.impsci.assessment.Source;
import org.impsci.assessment.framework.ConstructRef;
import org.impsci.assessment.framework.Frameworks;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.assessment.io.ReadMode;
import org.impsci.assessment.testing.ByteEdits;
import org.impsci.assessment.testing.RandomValues;
import org.impsci.assessment.testing.SeededCase;
import org.impsci.assessment.testing.SeededCases;
import org.impsci.barriers.rating.ConstructRating;
import org.impsci.barriers.rating.RatingCsvReader;
import org.impsci.barriers.rating.RatingReadReport;
import org.impsci.barriers.strategy.Endorsement;
import org.impsci.barriers.strategy.EndorsementReader;
import org.impsci.barriers.strategy.EndorsementTable;
import org.impsci.barriers.strategy.RankedStrategy;
import org.impsci.barriers.strategy.StrategyMatcher;
import org.impsci.barriers.strategy.StrategyRanking;
import org.junit.jupiter.api.Test;

/**
 * Strategy matching's ranking invariant, JSON round trips of barriers-core's value types, and the
 * two CSV readers and the JSON endorsement reader under arbitrary and mutated input, with cases
 * generated from fixed seeds ({@link SeededCases}); each read ends in a result or the library's
 * own exception within {@link org.impsci.assessment.testing.ReaderAssertions#BOUND}.
 */
class BarriersPropertyTest {
  static final EndorsementTable TABLE = EndorsementReader.bundled();
  static final List<ConstructRef> BARRIERS =
      TABLE.entries().stream().map(Endorsement::barrier).distinct().toList();

  /** Up to 8 distinct barriers of the bundled table (all of them if it has fewer). */
  static Set<ConstructRef> barrierSet(Random r) {
    Set<ConstructRef> set = new LinkedHashSet<>();
    int size = RandomValues.between(r, 0, Math.min(8, BARRIERS.size()));
    while (set.size() < size) {
      set.add(RandomValues.oneOf(r, BARRIERS));
    }
    return set;
  }

  static Map<String, Double> cumulative(StrategyRanking ranking) {
    Map<String, Double> out = new HashMap<>();
    for (RankedStrategy s : ranking.strategies()) {
      out.put(s.strategy(), s.cumulativePercent());
    }
    return out;
  }

  @SeededCases(1000)
  void addingABarrierNeverLowersAStrategysCumulativePercent(SeededCase c) {
    Random r = c.random();
    Set<ConstructRef> barriers = barrierSet(r);
    ConstructRef extra = RandomValues.oneOf(r, BARRIERS);
    Map<String, Double> before = cumulative(StrategyMatcher.rank(TABLE, barriers));
    List<ConstructRef> more = new ArrayList<>(barriers);
    more.add(extra);
    Map<String, Double> after = cumulative(StrategyMatcher.rank(TABLE, more));
    before.forEach((strategy, percent) ->
        assertThat(after.getOrDefault(strategy, 0.0)).as(strategy)
            .isGreaterThanOrEqualTo(percent));
  }

  @SeededCases(1000)
  void rankingIsSortedAndIndependentOfBarrierOrder(SeededCase c) {
    Set<ConstructRef> barriers = barrierSet(c.random());
    StrategyRanking ranking = StrategyMatcher.rank(TABLE, barriers);
    List<ConstructRef> reversed = new ArrayList<>(barriers);
    Collections.reverse(reversed);
    // The order of strategies and their figures do not depend on the order of the barriers; each
    // strategy lists its barriers in the order given.
    assertThat(StrategyMatcher.rank(TABLE, reversed).strategies())
        .extracting(RankedStrategy::strategy, RankedStrategy::cumulativePercent)
        .isEqualTo(ranking.strategies().stream()
            .map(s -> org.assertj.core.groups.Tuple.tuple(s.strategy(), s.cumulativePercent()))
            .toList());
    for (int i = 1; i < ranking.strategies().size(); i++) {
      assertThat(ranking.strategies().get(i).cumulativePercent())
          .isLessThanOrEqualTo(ranking.strategies().get(i - 1).cumulativePercent());
    }
  }

  // ---- JSON round trips ----

  static Endorsement endorsement(Random r) {
    return Endorsement.builder().barrier(RandomValues.oneOf(r, BARRIERS))
        .strategy(RandomValues.letters(r, 1, 12)).percent(RandomValues.between(r, 0.0, 100.0))
        .source(Source.of(RandomValues.nonBlank(r, 12), "10.1/x", "Table 1")).build();
  }

  @SeededCases(1000)
  void endorsementRoundTrips(SeededCase c) {
    Endorsement e = endorsement(c.random());
    assertThat(ImpsciJson.read(ImpsciJson.write(e), Endorsement.class, "e")).isEqualTo(e);
  }

  static final List<ConstructRating> RATINGS = readRatings();

  static List<ConstructRating> readRatings() {
    String csv = "site,construct,rating,rationale,coder,evidence\n"
        + "s1,cfir-2.0:inner-setting.culture,+1,open team,LD,int 2 l.10; int 5 l.3\n"
        + "s1,cfir-2.0:individuals.roles.innovation-deliverers+motivation,-2,,LD,\n"
        + "s2,cfir-2009:intervention-characteristics.intervention-source,E,,JL,\n";
    return RatingCsvReader.of(Frameworks.bundled(), ReadMode.STRICT)
        .read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "r.csv")
        .ratings().ratings();
  }

  /** Each rating read from the CSV, in turn, round-trips. */
  @Test
  void constructRatingRoundTrips() {
    assertThat(RATINGS).hasSize(3);
    for (ConstructRating r : RATINGS) {
      assertThat(ImpsciJson.read(ImpsciJson.write(r), ConstructRating.class, "r")).isEqualTo(r);
    }
  }

  // ---- fuzzed readers ----

  static final String RATING_CSV =
      "site,construct,rating,rationale,coder,evidence\n"
          + "s1,cfir-2.0:inner-setting.culture,+1,open team,LD,int 2 l.10; int 5 l.3\n"
          + "s2,cfir-2009:intervention-characteristics.intervention-source,E,,JL,\n";
  static final String ENDORSEMENT_CSV =
      "barrier,strategy,percent,citation,doi,locator\n"
          + "cfir-2009:process.planning,facilitation,55,Waltz 2019,10.1186/x,Table 3\n";
  static final String ENDORSEMENT_JSON =
      "{\"entries\": [{\"barrier\": \"cfir-2009:process.planning\", \"strategy\": \"facilitation\","
          + " \"percent\": 55, \"source\": {\"citation\": \"Waltz 2019\"}}]}";
  /** The bytes that edits put in place of the valid file's. */
  static final byte[] EDIT_BYTES = {',', '"', '\n', ';', ':', '}', '+', '-', 0, (byte) 0xFF, 'E'};

  /** The valid file with 1 to 6 of its bytes replaced or, as often, up to 1 KiB of any bytes. */
  static byte[] fuzz(Random r, String valid) {
    return r.nextBoolean()
        ? ByteEdits.replaced(r, valid.getBytes(StandardCharsets.UTF_8), EDIT_BYTES, 6)
        : RandomValues.bytes(r, 1024);
  }

  @SeededCases(200)
  void ratingCsvReader(SeededCase c) {
    byte[] input = fuzz(c.random(), RATING_CSV);
    for (ReadMode mode : ReadMode.values()) {
      parses(() -> {
        RatingReadReport report = RatingCsvReader.of(Frameworks.bundled(), mode)
            .read(new ByteArrayInputStream(input), "r.csv");
        assertThat(report).isNotNull();
      });
    }
  }

  @SeededCases(200)
  void endorsementReaderCsv(SeededCase c) {
    byte[] input = fuzz(c.random(), ENDORSEMENT_CSV);
    for (ReadMode mode : ReadMode.values()) {
      parses(() -> EndorsementReader.readCsv(new ByteArrayInputStream(input), "e.csv", mode));
    }
  }

  @SeededCases(200)
  void endorsementReaderJson(SeededCase c) {
    byte[] input = fuzz(c.random(), ENDORSEMENT_JSON);
    for (ReadMode mode : ReadMode.values()) {
      parses(() -> EndorsementReader.readJson(new ByteArrayInputStream(input), "e.json", mode));
    }
  }
}
