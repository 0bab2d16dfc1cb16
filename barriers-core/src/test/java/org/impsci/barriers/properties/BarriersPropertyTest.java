package org.impsci.barriers.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.impsci.assessment.ImpsciException;
import org.impsci.assessment.Source;
import org.impsci.assessment.framework.ConstructRef;
import org.impsci.assessment.framework.Frameworks;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.assessment.io.ReadMode;
import org.impsci.barriers.rating.ConstructRating;
import org.impsci.barriers.rating.RatingCsvReader;
import org.impsci.barriers.rating.RatingReadReport;
import org.impsci.barriers.strategy.Endorsement;
import org.impsci.barriers.strategy.EndorsementReader;
import org.impsci.barriers.strategy.EndorsementTable;
import org.impsci.barriers.strategy.ImmutableEndorsement;
import org.impsci.barriers.strategy.RankedStrategy;
import org.impsci.barriers.strategy.StrategyMatcher;
import org.impsci.barriers.strategy.StrategyRanking;

/**
 * Strategy matching's ranking invariant, JSON round trips of barriers-core's value types, and the
 * two CSV readers and the JSON endorsement reader under arbitrary and mutated input.
 */
class BarriersPropertyTest {
  static final EndorsementTable TABLE = EndorsementReader.bundled();
  static final List<ConstructRef> BARRIERS =
      TABLE.entries().stream().map(Endorsement::barrier).distinct().toList();

  @Provide
  Arbitrary<Set<ConstructRef>> barrierSets() {
    return Arbitraries.of(BARRIERS).set().ofMaxSize(8).map(LinkedHashSet::new);
  }

  static Map<String, Double> cumulative(StrategyRanking ranking) {
    Map<String, Double> out = new HashMap<>();
    for (RankedStrategy s : ranking.strategies()) {
      out.put(s.strategy(), s.cumulativePercent());
    }
    return out;
  }

  @Property
  void addingABarrierNeverLowersAStrategysCumulativePercent(
      @ForAll("barrierSets") Set<ConstructRef> barriers, @ForAll("barrier") ConstructRef extra) {
    Map<String, Double> before = cumulative(StrategyMatcher.rank(TABLE, barriers));
    List<ConstructRef> more = new ArrayList<>(barriers);
    more.add(extra);
    Map<String, Double> after = cumulative(StrategyMatcher.rank(TABLE, more));
    before.forEach((strategy, percent) ->
        assertThat(after.getOrDefault(strategy, 0.0)).as(strategy)
            .isGreaterThanOrEqualTo(percent));
  }

  @Property
  void rankingIsSortedAndIndependentOfBarrierOrder(
      @ForAll("barrierSets") Set<ConstructRef> barriers) {
    StrategyRanking ranking = StrategyMatcher.rank(TABLE, barriers);
    List<ConstructRef> reversed = new ArrayList<>(barriers);
    java.util.Collections.reverse(reversed);
    // The order of strategies and their figures do not depend on the order of the barriers; each
    // strategy lists its barriers in the order given.
    assertThat(StrategyMatcher.rank(TABLE, reversed).strategies())
        .extracting(RankedStrategy::strategy, RankedStrategy::cumulativePercent)
        .isEqualTo(ranking.strategies().stream()
            .map(r -> org.assertj.core.groups.Tuple.tuple(r.strategy(), r.cumulativePercent()))
            .toList());
    for (int i = 1; i < ranking.strategies().size(); i++) {
      assertThat(ranking.strategies().get(i).cumulativePercent())
          .isLessThanOrEqualTo(ranking.strategies().get(i - 1).cumulativePercent());
    }
  }

  @Provide
  Arbitrary<ConstructRef> barrier() {
    return Arbitraries.of(BARRIERS);
  }

  // ---- JSON round trips ----

  @Provide
  Arbitrary<Endorsement> endorsements() {
    return Combinators.combine(
            barrier(), Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12),
            Arbitraries.doubles().between(0, 100),
            Arbitraries.strings().ofMinLength(1).ofMaxLength(12).filter(s -> !s.isBlank()))
        .as((b, s, p, c) -> ImmutableEndorsement.builder().barrier(b).strategy(s).percent(p)
            .source(Source.of(c, "10.1/x", "Table 1")).build());
  }

  @Property
  void endorsementRoundTrips(@ForAll("endorsements") Endorsement e) {
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

  @Property(tries = 20)
  void constructRatingRoundTrips(@ForAll("ratings") ConstructRating r) {
    assertThat(ImpsciJson.read(ImpsciJson.write(r), ConstructRating.class, "r")).isEqualTo(r);
  }

  @Provide
  Arbitrary<ConstructRating> ratings() {
    return Arbitraries.of(RATINGS);
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

  static Arbitrary<byte[]> mutated(String valid) {
    byte[] base = valid.getBytes(StandardCharsets.UTF_8);
    return Combinators.combine(
            Arbitraries.integers().between(0, base.length - 1),
            Arbitraries.of((byte) ',', (byte) '"', (byte) '\n', (byte) ';', (byte) ':', (byte) '}',
                (byte) '+', (byte) '-', (byte) 0, (byte) 0xFF, (byte) 'E'))
        .as((at, b) -> new int[] {at, b})
        .list().ofMinSize(1).ofMaxSize(6)
        .map(edits -> {
          byte[] out = base.clone();
          for (int[] e : edits) {
            out[e[0]] = (byte) e[1];
          }
          return out;
        });
  }

  static Arbitrary<byte[]> fuzz(String valid) {
    return Arbitraries.oneOf(
        mutated(valid), Arbitraries.bytes().array(byte[].class).ofMaxSize(1024));
  }

  static void parses(Runnable parse) {
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
      try {
        parse.run();
      } catch (ImpsciException | UncheckedIOException expected) {
        assertThat(expected.getMessage()).isNotBlank();
      }
    });
  }

  @Provide
  Arbitrary<byte[]> ratingCsv() {
    return fuzz(RATING_CSV);
  }

  @Provide
  Arbitrary<byte[]> endorsementCsv() {
    return fuzz(ENDORSEMENT_CSV);
  }

  @Provide
  Arbitrary<byte[]> endorsementJson() {
    return fuzz(ENDORSEMENT_JSON);
  }

  @Property(tries = 200)
  void ratingCsvReader(@ForAll("ratingCsv") byte[] input) {
    for (ReadMode mode : ReadMode.values()) {
      parses(() -> {
        RatingReadReport report = RatingCsvReader.of(Frameworks.bundled(), mode)
            .read(new ByteArrayInputStream(input), "r.csv");
        assertThat(report).isNotNull();
      });
    }
  }

  @Property(tries = 200)
  void endorsementReaderCsv(@ForAll("endorsementCsv") byte[] input) {
    for (ReadMode mode : ReadMode.values()) {
      parses(() -> EndorsementReader.readCsv(new ByteArrayInputStream(input), "e.csv", mode));
    }
  }

  @Property(tries = 200)
  void endorsementReaderJson(@ForAll("endorsementJson") byte[] input) {
    for (ReadMode mode : ReadMode.values()) {
      parses(() -> EndorsementReader.readJson(new ByteArrayInputStream(input), "e.json", mode));
    }
  }
}
