package org.impsci.assessment.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.impsci.assessment.testing.RandomValues.between;
import static org.impsci.assessment.testing.RandomValues.listOf;
import static org.impsci.assessment.testing.RandomValues.oneOf;
import static org.impsci.assessment.testing.RandomValues.orNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;
import org.impsci.assessment.Source;
import org.impsci.assessment.coding.CodedSegment;
import org.impsci.assessment.coding.Valence;
import org.impsci.assessment.framework.Construct;
import org.impsci.assessment.framework.ConstructRef;
import org.impsci.assessment.framework.Framework;
import org.impsci.assessment.instrument.Answer;
import org.impsci.assessment.instrument.Instrument;
import org.impsci.assessment.instrument.Item;
import org.impsci.assessment.instrument.ItemGroup;
import org.impsci.assessment.instrument.NonSubstantiveOption;
import org.impsci.assessment.instrument.Response;
import org.impsci.assessment.instrument.ResponseScale;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.assessment.reliability.CaseHandling;
import org.impsci.assessment.reliability.ItemStatistics;
import org.impsci.assessment.reliability.ReliabilityResult;
import org.impsci.assessment.scoring.GroupSummary;
import org.impsci.assessment.scoring.RespondentScores;
import org.impsci.assessment.scoring.ScaleScore;
import org.impsci.assessment.scoring.ScoringRules;
import org.impsci.assessment.testing.RandomValues;
import org.impsci.assessment.testing.SeededCase;
import org.impsci.assessment.testing.SeededCases;

/**
 * JSON round trip of generated values of every kernel model type: read(write(x)) equals x. Each
 * test generates its values from fixed seeds ({@link SeededCases}).
 */
class ModelRoundTripPropertyTest {

  static <T> void roundTrips(T value, Class<T> type) {
    String json = ImpsciJson.write(value);
    assertThat(ImpsciJson.read(json, type, "generated")).isEqualTo(value);
  }

  // ---- generators ----

  /** Text of any Unicode, including blanks and escapes, never blank. */
  static String text(Random r) {
    return RandomValues.nonBlank(r, 20);
  }

  /** An id: "x" and 1 to 8 lower-case letters and digits. */
  static String id(Random r) {
    return "x" + RandomValues.ofChars(r, "abcdefghijklmnopqrstuvwxyz0123456789", 1, 8);
  }

  static double finite(Random r) {
    return switch (r.nextInt(3)) {
      case 0 -> between(r, -1e6, 1e6);
      case 1 -> between(r, -100, 100);
      default -> oneOf(r, 0.0, -0.0, Double.MIN_VALUE, 1e300, -1e-300);
    };
  }

  /** From {@code min} to {@code max} elements, those whose key repeats an earlier one left out. */
  static <T> List<T> unique(
      Random r, int min, int max, Supplier<T> element, Function<T, ?> key) {
    Map<Object, T> byKey = new LinkedHashMap<>();
    for (T e : listOf(r, min, max, element)) {
      byKey.putIfAbsent(key.apply(e), e);
    }
    return new ArrayList<>(byKey.values());
  }

  /** Up to {@code max} entries; a key drawn twice keeps its first value. */
  static <V> Map<String, V> mapOf(Random r, int max, Supplier<String> key, Supplier<V> value) {
    Map<String, V> map = new LinkedHashMap<>();
    for (int i = between(r, 0, max); i > 0; i--) {
      map.putIfAbsent(key.get(), value.get());
    }
    return map;
  }

  static Source source(Random r) {
    return Source.builder().citation(text(r))
        .doi(Optional.ofNullable(orNull(r, 0.5, () -> "10." + id(r))))
        .locator(Optional.ofNullable(orNull(r, 0.5, () -> text(r)))).build();
  }

  static List<Source> sources(Random r, int min, int max) {
    return listOf(r, min, max, () -> source(r));
  }

  static ResponseScale scale(Random r) {
    List<NonSubstantiveOption> options =
        unique(r, 0, 3, () -> NonSubstantiveOption.of(id(r), text(r)), NonSubstantiveOption::code);
    if (r.nextBoolean()) {
      int min = between(r, -5, 5);
      int width = between(r, 1, 10);
      List<String> labels = listOf(r, 0, 3, () -> text(r));
      Map<Integer, String> map = new LinkedHashMap<>();
      for (int i = 0; i < labels.size() && i <= width; i++) {
        map.put(min + i, labels.get(i));
      }
      return ResponseScale.builder().kind(ResponseScale.Kind.ORDINAL).min(min)
          .max(min + width).putAllLabels(map).addAllNonSubstantiveOptions(options).build();
    }
    double min = between(r, -1e6, 1e6);
    double width = Math.round(between(r, 0.001, 1000) * 1000) / 1000.0;
    return ResponseScale.builder().kind(ResponseScale.Kind.NUMERIC).min(min)
        .max(min + width).addAllNonSubstantiveOptions(options).build();
  }

  static Item item(Random r) {
    return Item.builder().id(id(r).toUpperCase()).prompt(text(r)).scale(scale(r))
        .reverseScored(r.nextBoolean()).addAllSources(sources(r, 0, 2))
        .constructId(Optional.ofNullable(orNull(r, 0.5, () -> "fw:" + id(r)))).build();
  }

  static ItemGroup itemGroup(Random r) {
    ItemGroup.Builder b = ItemGroup.builder().id(id(r)).label(text(r))
        .constructId(Optional.ofNullable(orNull(r, 0.5, () -> "fw:" + id(r))))
        .addAllSources(sources(r, 0, 2));
    List<String> members = unique(r, 1, 4, () -> id(r), Function.identity());
    return r.nextBoolean() ? b.addAllItemIds(members).build() : b.addAllGroupIds(members).build();
  }

  static Instrument instrument(Random r) {
    List<Item> items = unique(r, 1, 6, () -> item(r), Item::id);
    List<Source> sources = sources(r, 0, 2);
    int groups = between(r, 1, 3);
    List<Source> groupSources = sources(r, 0, 2);
    Instrument.Builder b = Instrument.builder().id(id(r)).name(text(r))
        .version(text(r)).addAllItems(items).addAllSources(sources);
    List<String> groupIds = new ArrayList<>();
    for (int g = 0; g < groups; g++) {
      List<String> members = new ArrayList<>();
      for (int i = g; i < items.size(); i += groups) {
        members.add(items.get(i).id());
      }
      if (!members.isEmpty()) {
        // Group sources present on some groups and absent on others: both forms round-trip.
        b.addGroups(ItemGroup.builder().id("g" + g).label("G" + g)
            .addAllItemIds(members).addAllSources(g % 2 == 0 ? groupSources : List.of()).build());
        groupIds.add("g" + g);
      }
    }
    if (groupIds.size() > 1) {
      b.addGroups(ItemGroup.builder().id("all").label("All")
          .addAllGroupIds(groupIds).addAllSources(sources).build());
    }
    return b.build();
  }

  static Answer answer(Random r) {
    return switch (r.nextInt(3)) {
      case 0 -> Answer.of(finite(r));
      case 1 -> Answer.nonSubstantive(id(r));
      default -> Answer.missing();
    };
  }

  static Response response(Random r) {
    return Response.builder().respondentId(text(r))
        .putAllGroups(mapOf(r, 3, () -> id(r), () -> text(r)))
        .putAllAnswers(mapOf(r, 6, () -> id(r).toUpperCase(), () -> answer(r))).build();
  }

  static ScoringRules rules(Random r) {
    return ScoringRules.builder().minimumAnswered(RandomValues.minimumAnswered(r, 20))
        .aggregation(oneOf(r, ScoringRules.Aggregation.values()))
        .applyReverseScoring(r.nextBoolean())
        .transform(oneOf(r, ScoringRules.Transform.values())).build();
  }

  static ScaleScore scaleScore(Random r) {
    String id = id(r);
    Double score = orNull(r, 0.3, () -> finite(r));
    int answered = between(r, 0, 5);
    Map<String, Integer> codes = mapOf(r, 2, () -> id(r), () -> between(r, 1, 3));
    int missing = between(r, 0, 5);
    String reason = text(r);
    int ns = codes.values().stream().mapToInt(Integer::intValue).sum();
    ScaleScore.Builder b = ScaleScore.builder().scaleId(id)
        .answered(answered).nonSubstantive(ns).putAllNonSubstantiveCodes(codes)
        .missing(missing).members(answered + ns + missing);
    return score == null ? b.reason(reason).build() : b.score(score).build();
  }

  static RespondentScores respondentScores(Random r) {
    return RespondentScores.builder().respondentId(text(r))
        .putAllGroups(mapOf(r, 3, () -> id(r), () -> text(r)))
        .addAllScores(listOf(r, 0, 4, () -> scaleScore(r))).build();
  }

  static OptionalDouble optional(Double d) {
    return d == null ? OptionalDouble.empty() : OptionalDouble.of(d);
  }

  static GroupSummary groupSummary(Random r) {
    String column = orNull(r, 0.3, () -> id(r));
    String group = text(r);
    Double mean = orNull(r, 0.3, () -> finite(r));
    Double sd = orNull(r, 0.3, () -> finite(r));
    GroupSummary.Builder b = GroupSummary.builder().scaleId(id(r))
        .n(between(r, 0, 1000)).notScored(between(r, 0, 1000))
        .putAllNonSubstantiveCodes(mapOf(r, 2, () -> id(r), () -> (long) between(r, 1, 50)))
        .mean(optional(mean)).sd(optional(sd)).median(optional(mean)).min(optional(sd))
        .max(optional(mean));
    if (column != null) {
      b.column(column).group(group);
    }
    return b.build();
  }

  static ItemStatistics itemStatistics(Random r) {
    ItemStatistics.Builder b =
        ItemStatistics.builder().itemId(id(r)).n(between(r, 0, 500));
    Double x = orNull(r, 0.2, () -> finite(r));
    return x == null ? b.reason("too few respondents").build()
        : b.mean(x).sd(Math.abs(x)).alphaIfDeleted(x / 2).correctedItemTotalCorrelation(0.5)
            .build();
  }

  static ReliabilityResult reliabilityResult(Random r) {
    List<ItemStatistics> items =
        unique(r, 0, 5, () -> itemStatistics(r), ItemStatistics::itemId);
    var b = ReliabilityResult.builder().k(items.size())
        .handling(oneOf(r, CaseHandling.values())).n(between(r, 0, 500)).addAllItems(items);
    items.forEach(i -> b.addItemIds(i.itemId()));
    Double alpha = orNull(r, 0.3, () -> finite(r));
    return alpha == null ? b.reason("no variance").build()
        : b.alphaRaw(alpha).alphaStandardized(alpha).build();
  }

  static CodedSegment codedSegment(Random r) {
    int start = between(r, 0, 1000);
    CodedSegment segment = CodedSegment.builder().source(text(r)).participantId(text(r))
        .participantRole(text(r)).site(text(r)).start(start).end(start + between(r, 0, 1000))
        .text(RandomValues.text(r, 0, 30))
        .addAllCodes(unique(r, 1, 3, () -> ConstructRef.of(id(r), id(r)), Function.identity()))
        .build();
    return CodedSegment.builder().from(segment)
        .valence(Optional.ofNullable(orNull(r, 0.5, () -> oneOf(r, Valence.values()))))
        .wave(Optional.ofNullable(orNull(r, 0.5, () -> text(r))))
        .memo(Optional.ofNullable(orNull(r, 0.5, () -> text(r)))).build();
  }

  /** A valid tree: each construct's parent is an earlier construct or none, orders 1.. per parent. */
  static Framework framework(Random r) {
    String id = id(r);
    String name = text(r);
    String version = text(r);
    List<Source> sources = sources(r, 1, 2);
    List<Integer> parentIndex = listOf(r, 1, 12, () -> between(r, -1, 20));
    List<Source> constructSources = sources(r, 0, 1);
    List<Construct> constructs = new ArrayList<>();
    Map<String, Integer> nextOrder = new LinkedHashMap<>();
    for (int i = 0; i < parentIndex.size(); i++) {
      int p = parentIndex.get(i);
      String parent = p >= 0 && p < i ? "c" + p : null;
      int order = nextOrder.merge(String.valueOf(parent), 1, Integer::sum);
      String label = text(r);
      constructs.add(Construct.builder().id("c" + i).label(label)
          .definition("definition of " + label).kind(parent == null ? "domain" : "construct")
          .parent(Optional.ofNullable(parent)).order(order)
          .addAliases("alias " + i).addAllSources(constructSources).build());
    }
    return Framework.builder().id(id).name(name).version(version)
        .addAllSources(sources).addAllConstructs(constructs).build();
  }

  // ---- properties ----

  @SeededCases(1000)
  void source(SeededCase c) {
    roundTrips(source(c.random()), Source.class);
  }

  @SeededCases(1000)
  void responseScale(SeededCase c) {
    roundTrips(scale(c.random()), ResponseScale.class);
  }

  @SeededCases(1000)
  void item(SeededCase c) {
    roundTrips(item(c.random()), Item.class);
  }

  @SeededCases(1000)
  void itemGroup(SeededCase c) {
    roundTrips(itemGroup(c.random()), ItemGroup.class);
  }

  @SeededCases(50)
  void instrument(SeededCase c) {
    roundTrips(instrument(c.random()), Instrument.class);
  }

  @SeededCases(1000)
  void response(SeededCase c) {
    roundTrips(response(c.random()), Response.class);
  }

  @SeededCases(1000)
  void scoringRules(SeededCase c) {
    roundTrips(rules(c.random()), ScoringRules.class);
  }

  @SeededCases(1000)
  void scaleScore(SeededCase c) {
    roundTrips(scaleScore(c.random()), ScaleScore.class);
  }

  @SeededCases(1000)
  void respondentScores(SeededCase c) {
    roundTrips(respondentScores(c.random()), RespondentScores.class);
  }

  @SeededCases(1000)
  void groupSummary(SeededCase c) {
    roundTrips(groupSummary(c.random()), GroupSummary.class);
  }

  @SeededCases(1000)
  void reliabilityResult(SeededCase c) {
    roundTrips(reliabilityResult(c.random()), ReliabilityResult.class);
  }

  @SeededCases(1000)
  void codedSegment(SeededCase c) {
    roundTrips(codedSegment(c.random()), CodedSegment.class);
  }

  @SeededCases(50)
  void framework(SeededCase c) {
    Framework value = framework(c.random());
    roundTrips(value, Framework.class);
    for (Construct construct : value.constructs()) {
      roundTrips(construct, Construct.class);
    }
  }
}
