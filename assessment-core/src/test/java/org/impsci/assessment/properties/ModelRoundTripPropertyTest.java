package org.impsci.assessment.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.impsci.assessment.ImmutableSource;
import org.impsci.assessment.Source;
import org.impsci.assessment.coding.CodedSegment;
import org.impsci.assessment.coding.Valence;
import org.impsci.assessment.framework.Construct;
import org.impsci.assessment.framework.ConstructRef;
import org.impsci.assessment.framework.Framework;
import org.impsci.assessment.framework.ImmutableConstruct;
import org.impsci.assessment.framework.ImmutableFramework;
import org.impsci.assessment.instrument.Answer;
import org.impsci.assessment.instrument.ImmutableInstrument;
import org.impsci.assessment.instrument.ImmutableItem;
import org.impsci.assessment.instrument.ImmutableItemGroup;
import org.impsci.assessment.instrument.ImmutableResponseScale;
import org.impsci.assessment.instrument.Instrument;
import org.impsci.assessment.instrument.Item;
import org.impsci.assessment.instrument.ItemGroup;
import org.impsci.assessment.instrument.NonSubstantiveOption;
import org.impsci.assessment.instrument.Response;
import org.impsci.assessment.instrument.ResponseScale;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.assessment.reliability.CaseHandling;
import org.impsci.assessment.reliability.ImmutableItemStatistics;
import org.impsci.assessment.reliability.ReliabilityResult;
import org.impsci.assessment.scoring.GroupSummary;
import org.impsci.assessment.scoring.ImmutableGroupSummary;
import org.impsci.assessment.scoring.ImmutableRespondentScores;
import org.impsci.assessment.scoring.ImmutableScaleScore;
import org.impsci.assessment.scoring.MinimumAnswered;
import org.impsci.assessment.scoring.RespondentScores;
import org.impsci.assessment.scoring.ScaleScore;
import org.impsci.assessment.scoring.ScoringRules;

/** JSON round trip of generated values of every kernel model type: read(write(x)) equals x. */
class ModelRoundTripPropertyTest {

  static <T> void roundTrips(T value, Class<T> type) {
    String json = ImpsciJson.write(value);
    assertThat(ImpsciJson.read(json, type, "generated")).isEqualTo(value);
  }

  // ---- generators, shared with the framework modules' property tests through copies ----

  /** Text of any Unicode, including blanks and escapes, never empty. */
  static Arbitrary<String> text() {
    return Arbitraries.strings().ofMinLength(1).ofMaxLength(20).filter(s -> !s.isBlank());
  }

  static Arbitrary<String> id() {
    return Arbitraries.strings().withCharRange('a', 'z').numeric().ofMinLength(1).ofMaxLength(8)
        .map(s -> "x" + s);
  }

  static Arbitrary<Double> finite() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().between(-1e6, 1e6),
        Arbitraries.integers().between(-100, 100).map(Integer::doubleValue),
        Arbitraries.of(0.0, -0.0, Double.MIN_VALUE, 1e300, -1e-300));
  }

  @Provide
  static Arbitrary<Source> sources() {
    return Combinators.combine(
            text(),
            id().injectNull(0.5).map(s -> s == null ? null : "10." + s),
            text().injectNull(0.5))
        .as((c, d, l) -> ImmutableSource.builder().citation(c).doi(java.util.Optional.ofNullable(d))
            .locator(java.util.Optional.ofNullable(l)).build());
  }

  @Provide
  static Arbitrary<ResponseScale> scales() {
    Arbitrary<List<NonSubstantiveOption>> options =
        Combinators.combine(id(), text()).as(NonSubstantiveOption::of).list().ofMaxSize(3)
            .uniqueElements(NonSubstantiveOption::code);
    Arbitrary<ResponseScale> ordinal =
        Combinators.combine(
                Arbitraries.integers().between(-5, 5), Arbitraries.integers().between(1, 10),
                text().list().ofMaxSize(3), options)
            .as((min, width, labels, opts) -> {
              Map<Integer, String> map = new LinkedHashMap<>();
              for (int i = 0; i < labels.size() && i <= width; i++) {
                map.put(min + i, labels.get(i));
              }
              return ImmutableResponseScale.builder().kind(ResponseScale.Kind.ORDINAL).min(min)
                  .max(min + width).putAllLabels(map).addAllNonSubstantiveOptions(opts).build();
            });
    Arbitrary<ResponseScale> numeric =
        Combinators.combine(Arbitraries.doubles().between(-1e6, 1e6), Arbitraries.doubles().between(0.001, 1000).ofScale(3), options)
            .as((min, width, opts) -> ImmutableResponseScale.builder()
                .kind(ResponseScale.Kind.NUMERIC).min(min).max(min + width)
                .addAllNonSubstantiveOptions(opts).build());
    return Arbitraries.oneOf(ordinal, numeric);
  }

  @Provide
  static Arbitrary<Item> items() {
    return Combinators.combine(
            id().map(String::toUpperCase), text(), scales(), Arbitraries.of(true, false),
            sources().list().ofMaxSize(2), id().injectNull(0.5))
        .as((id, prompt, scale, reverse, srcs, construct) -> ImmutableItem.builder().id(id)
            .prompt(prompt).scale(scale).reverseScored(reverse).addAllSources(srcs)
            .constructId(java.util.Optional.ofNullable(construct).map(c -> "fw:" + c)).build());
  }

  @Provide
  static Arbitrary<ItemGroup> itemGroups() {
    return Combinators.combine(
            id(), text(), id().injectNull(0.5), id().list().ofMinSize(1).ofMaxSize(4).uniqueElements(),
            Arbitraries.of(true, false), sources().list().ofMaxSize(2))
        .as((id, label, construct, members, ofItems, srcs) -> {
          ImmutableItemGroup.Builder b = ImmutableItemGroup.builder().id(id).label(label)
              .constructId(java.util.Optional.ofNullable(construct).map(c -> "fw:" + c))
              .addAllSources(srcs);
          return ofItems ? b.addAllItemIds(members).build() : b.addAllGroupIds(members).build();
        });
  }

  @Provide
  static Arbitrary<Instrument> instruments() {
    return Combinators.combine(
            id(), text(), text(), items().list().ofMinSize(1).ofMaxSize(6).uniqueElements(Item::id),
            sources().list().ofMaxSize(2), Arbitraries.integers().between(1, 3),
            sources().list().ofMaxSize(2))
        .as((id, name, version, items, srcs, groups, groupSrcs) -> {
          ImmutableInstrument.Builder b = ImmutableInstrument.builder().id(id).name(name)
              .version(version).addAllItems(items).addAllSources(srcs);
          List<String> groupIds = new ArrayList<>();
          for (int g = 0; g < groups; g++) {
            List<String> members = new ArrayList<>();
            for (int i = g; i < items.size(); i += groups) {
              members.add(items.get(i).id());
            }
            if (!members.isEmpty()) {
              // Group sources present on some groups and absent on others: both forms round-trip.
              b.addGroups(ImmutableItemGroup.builder().id("g" + g).label("G" + g)
                  .addAllItemIds(members).addAllSources(g % 2 == 0 ? groupSrcs : List.of()).build());
              groupIds.add("g" + g);
            }
          }
          if (groupIds.size() > 1) {
            b.addGroups(ImmutableItemGroup.builder().id("all").label("All")
                .addAllGroupIds(groupIds).addAllSources(srcs).build());
          }
          return b.build();
        });
  }

  static Arbitrary<Answer> answers() {
    return Arbitraries.oneOf(
        finite().map(Answer::of), id().map(Answer::nonSubstantive), Arbitraries.just(Answer.missing()));
  }

  @Provide
  static Arbitrary<Response> responses() {
    return Combinators.combine(
            text(), Arbitraries.maps(id(), text()).ofMaxSize(3),
            Arbitraries.maps(id().map(String::toUpperCase), answers()).ofMaxSize(6))
        .as((id, groups, answers) -> Response.builder().respondentId(id).putAllGroups(groups)
            .putAllAnswers(answers).build());
  }

  @Provide
  static Arbitrary<ScoringRules> rules() {
    Arbitrary<MinimumAnswered> minimum = Arbitraries.oneOf(
        Arbitraries.integers().between(1, 20).map(MinimumAnswered::count),
        Arbitraries.doubles().between(0.01, 1.0).map(MinimumAnswered::fraction));
    return Combinators.combine(minimum, Arbitraries.of(ScoringRules.Aggregation.class),
            Arbitraries.of(true, false), Arbitraries.of(ScoringRules.Transform.class))
        .as((m, a, r, t) -> ScoringRules.builder().minimumAnswered(m).aggregation(a)
            .applyReverseScoring(r).transform(t).build());
  }

  @Provide
  static Arbitrary<ScaleScore> scaleScores() {
    return Combinators.combine(
            id(), finite().injectNull(0.3), Arbitraries.integers().between(0, 5),
            Arbitraries.maps(id(), Arbitraries.integers().between(1, 3)).ofMaxSize(2),
            Arbitraries.integers().between(0, 5), text())
        .as((id, score, answered, codes, missing, reason) -> {
          int ns = codes.values().stream().mapToInt(Integer::intValue).sum();
          ImmutableScaleScore.Builder b = ImmutableScaleScore.builder().scaleId(id)
              .answered(answered).nonSubstantive(ns).putAllNonSubstantiveCodes(codes)
              .missing(missing).members(answered + ns + missing);
          return score == null ? b.reason(reason).build() : b.score(score).build();
        });
  }

  @Provide
  static Arbitrary<RespondentScores> respondentScores() {
    return Combinators.combine(text(), Arbitraries.maps(id(), text()).ofMaxSize(3),
            scaleScores().list().ofMaxSize(4))
        .as((id, groups, scores) -> ImmutableRespondentScores.builder().respondentId(id)
            .putAllGroups(groups).addAllScores(scores).build());
  }

  static OptionalDouble optional(Double d) {
    return d == null ? OptionalDouble.empty() : OptionalDouble.of(d);
  }

  @Provide
  static Arbitrary<GroupSummary> groupSummaries() {
    return Combinators.combine(
            id().injectNull(0.3), text(), id(), Arbitraries.longs().between(0, 1000),
            Arbitraries.longs().between(0, 1000),
            Arbitraries.maps(id(), Arbitraries.longs().between(1, 50)).ofMaxSize(2),
            finite().injectNull(0.3), finite().injectNull(0.3))
        .as((column, group, scale, n, notScored, codes, mean, sd) -> {
          ImmutableGroupSummary.Builder b = ImmutableGroupSummary.builder().scaleId(scale).n(n)
              .notScored(notScored).putAllNonSubstantiveCodes(codes).mean(optional(mean))
              .sd(optional(sd)).median(optional(mean)).min(optional(sd)).max(optional(mean));
          if (column != null) {
            b.column(column).group(group);
          }
          return b.build();
        });
  }

  @Provide
  static Arbitrary<ReliabilityResult> reliabilityResults() {
    Arbitrary<ImmutableItemStatistics> stats =
        Combinators.combine(id(), Arbitraries.longs().between(0, 500), finite().injectNull(0.2))
            .as((id, n, x) -> {
              ImmutableItemStatistics.Builder b = ImmutableItemStatistics.builder().itemId(id).n(n);
              return x == null ? b.reason("too few respondents").build()
                  : b.mean(x).sd(Math.abs(x)).alphaIfDeleted(x / 2)
                      .correctedItemTotalCorrelation(0.5).build();
            });
    return Combinators.combine(
            stats.list().ofMaxSize(5).uniqueElements(ImmutableItemStatistics::itemId),
            Arbitraries.of(CaseHandling.class), Arbitraries.longs().between(0, 500),
            finite().injectNull(0.3))
        .as((items, handling, n, alpha) -> {
          var b = ReliabilityResult.builder().k(items.size()).handling(handling).n(n)
              .addAllItems(items);
          items.forEach(i -> b.addItemIds(i.itemId()));
          return alpha == null ? b.reason("no variance").build()
              : b.alphaRaw(alpha).alphaStandardized(alpha).build();
        });
  }

  @Provide
  static Arbitrary<CodedSegment> codedSegments() {
    return Combinators.combine(
            text(), text(), text(), text(), Arbitraries.integers().between(0, 1000),
            Arbitraries.integers().between(0, 1000), Arbitraries.strings().ofMaxLength(30),
            Combinators.combine(id(), id()).as(ConstructRef::of).list().ofMinSize(1).ofMaxSize(3)
                .uniqueElements())
        .as((source, who, role, site, start, length, text, codes) -> CodedSegment.builder()
            .source(source).participantId(who).participantRole(role).site(site).start(start)
            .end(start + length).text(text).addAllCodes(codes).build())
        .flatMap(s -> Combinators.combine(
                Arbitraries.of(Valence.class).injectNull(0.5), text().injectNull(0.5),
                text().injectNull(0.5))
            .as((v, wave, memo) -> (CodedSegment) org.impsci.assessment.coding.ImmutableCodedSegment
                .copyOf(s).withValence(java.util.Optional.ofNullable(v))
                .withWave(java.util.Optional.ofNullable(wave))
                .withMemo(java.util.Optional.ofNullable(memo))));
  }

  /** A valid tree: each construct's parent is an earlier construct or none, orders 1.. per parent. */
  @Provide
  static Arbitrary<Framework> frameworks() {
    Arbitrary<List<Integer>> parents = Arbitraries.integers().between(-1, 20).list().ofMinSize(1)
        .ofMaxSize(12);
    return Combinators.combine(id(), text(), text(), sources().list().ofMinSize(1).ofMaxSize(2),
            parents, text().list().ofSize(12), sources().list().ofMaxSize(1))
        .as((id, name, version, srcs, parentIdx, labels, constructSources) -> {
          List<Construct> constructs = new ArrayList<>();
          Map<String, Integer> nextOrder = new LinkedHashMap<>();
          for (int i = 0; i < parentIdx.size(); i++) {
            int p = parentIdx.get(i);
            String parent = p >= 0 && p < i ? "c" + p : null;
            int order = nextOrder.merge(String.valueOf(parent), 1, Integer::sum);
            constructs.add(ImmutableConstruct.builder().id("c" + i).label(labels.get(i))
                .definition("definition of " + labels.get(i)).kind(parent == null ? "domain" : "construct")
                .parent(java.util.Optional.ofNullable(parent)).order(order)
                .addAliases("alias " + i).addAllSources(constructSources).build());
          }
          return ImmutableFramework.builder().id(id).name(name).version(version)
              .addAllSources(srcs).addAllConstructs(constructs).build();
        });
  }

  // ---- properties ----

  @Property
  void source(@ForAll("sources") Source value) {
    roundTrips(value, Source.class);
  }

  @Property
  void responseScale(@ForAll("scales") ResponseScale value) {
    roundTrips(value, ResponseScale.class);
  }

  @Property
  void item(@ForAll("items") Item value) {
    roundTrips(value, Item.class);
  }

  @Property
  void itemGroup(@ForAll("itemGroups") ItemGroup value) {
    roundTrips(value, ItemGroup.class);
  }

  @Property(tries = 50)
  void instrument(@ForAll("instruments") Instrument value) {
    roundTrips(value, Instrument.class);
  }

  @Property
  void response(@ForAll("responses") Response value) {
    roundTrips(value, Response.class);
  }

  @Property
  void scoringRules(@ForAll("rules") ScoringRules value) {
    roundTrips(value, ScoringRules.class);
  }

  @Property
  void scaleScore(@ForAll("scaleScores") ScaleScore value) {
    roundTrips(value, ScaleScore.class);
  }

  @Property
  void respondentScores(@ForAll("respondentScores") RespondentScores value) {
    roundTrips(value, RespondentScores.class);
  }

  @Property
  void groupSummary(@ForAll("groupSummaries") GroupSummary value) {
    roundTrips(value, GroupSummary.class);
  }

  @Property
  void reliabilityResult(@ForAll("reliabilityResults") ReliabilityResult value) {
    roundTrips(value, ReliabilityResult.class);
  }

  @Property
  void codedSegment(@ForAll("codedSegments") CodedSegment value) {
    roundTrips(value, CodedSegment.class);
  }

  @Property(tries = 50)
  void framework(@ForAll("frameworks") Framework value) {
    roundTrips(value, Framework.class);
    for (Construct c : value.constructs()) {
      roundTrips(c, Construct.class);
    }
  }
}
