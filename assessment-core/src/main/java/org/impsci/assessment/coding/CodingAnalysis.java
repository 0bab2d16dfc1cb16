package org.impsci.assessment.coding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.impsci.assessment.ImpsciException;
import org.impsci.assessment.InputLocation;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.framework.Construct;
import org.impsci.assessment.framework.ConstructRef;
import org.impsci.assessment.framework.Framework;
import org.impsci.assessment.framework.Frameworks;

/**
 * Counts over coded segments against the frameworks their codes come from.
 *
 * <p><b>Roll-up rule.</b> A segment counts once for every construct it is coded with and once for
 * every ancestor of those constructs, however many of its codes sit below that ancestor: a segment
 * coded with two sub-constructs of coherence adds 1 to each sub-construct and 1 (not 2) to
 * coherence. So a construct's count is the number of segments that touch it or anything below it,
 * and {@link #frequencies(String, int)} gives the counts at any level of the tree.
 *
 * <p><b>Distinct people.</b> A participant is a (site, participant id) pair, so that {@code P01} at
 * two sites are two people; a construct coded 30 times in one interview has 30 segments, 1
 * participant and 1 site.
 *
 * <p><b>Co-occurrence</b> pairs the distinct codes of each segment, as applied ({@link
 * #coOccurrences()}) or lifted to a level of the tree ({@link #coOccurrences(int)}); each pair
 * counts once per segment.
 *
 * <p>Results list constructs in registry order: frameworks by id, then constructs in tree order
 * (see {@link CodingFrame}). Immutable and thread-safe once built.
 */
public final class CodingAnalysis {
  private final Frameworks frameworks;
  private final List<CodedSegment> segments;
  private final List<Set<ConstructRef>> rolledUp;
  private final Map<ConstructRef, Integer> rank = new HashMap<>();

  private CodingAnalysis(Frameworks frameworks, List<CodedSegment> segments) {
    this.frameworks = frameworks;
    this.segments = segments;
    for (Framework f : frameworks.all()) {
      for (Construct c : CodingFrame.treeOrder(f)) {
        rank.put(ConstructRef.of(f.id(), c.id()), rank.size());
      }
    }
    List<Set<ConstructRef>> sets = new ArrayList<>();
    for (int i = 0; i < segments.size(); i++) {
      CodedSegment s = segments.get(i);
      Set<ConstructRef> all = new LinkedHashSet<>();
      for (ConstructRef code : s.codes()) {
        Framework f = framework(code, s, i);
        all.add(ConstructRef.of(f.id(), f.require(code.construct()).id()));
        f.ancestors(code.construct()).forEach(a -> all.add(ConstructRef.of(f.id(), a.id())));
      }
      sets.add(all);
    }
    this.rolledUp = List.copyOf(sets);
  }

  /**
   * An analysis of the given segments.
   *
   * @throws InvalidInputException if a segment's code names a framework or construct that the
   *     registry lacks, naming the segment (its position, from 1) and the code
   */
  public static CodingAnalysis of(Frameworks frameworks, Collection<? extends CodedSegment> segments) {
    return new CodingAnalysis(frameworks, List.copyOf(segments));
  }

  /** The segments analysed, in the order given. */
  public List<CodedSegment> segments() {
    return segments;
  }

  /** Every construct coded at least once (rolled up), in registry order. */
  public List<ConstructFrequency> frequencies() {
    Map<ConstructRef, List<CodedSegment>> behind = new HashMap<>();
    for (int i = 0; i < segments.size(); i++) {
      for (ConstructRef ref : rolledUp.get(i)) {
        behind.computeIfAbsent(ref, r -> new ArrayList<>()).add(segments.get(i));
      }
    }
    List<ConstructFrequency> out = new ArrayList<>();
    for (ConstructRef ref : ordered(behind.keySet())) {
      List<CodedSegment> these = behind.get(ref);
      Framework f = frameworks.get(ref.framework());
      out.add(
          ConstructFrequency.builder()
              .construct(ref)
              .label(f.require(ref.construct()).label())
              .depth(f.depth(ref.construct()))
              .segments(these.size())
              .directSegments(these.stream().filter(s -> directlyCoded(s, ref)).count())
              .participants(these.stream().map(s -> List.of(s.site(), s.participantId())).distinct().count())
              .sites(these.stream().map(CodedSegment::site).distinct().count())
              .build());
    }
    return List.copyOf(out);
  }

  /** The frequencies of one framework's constructs at one depth (0 for the top level). */
  public List<ConstructFrequency> frequencies(String frameworkId, int depth) {
    return frequencies().stream()
        .filter(c -> c.construct().framework().equals(frameworkId) && c.depth() == depth)
        .toList();
  }

  /** The frequency of one construct; zeros if it was never coded. */
  public ConstructFrequency frequency(ConstructRef construct) {
    Construct c = frameworks.resolve(construct);
    return frequencies().stream()
        .filter(f -> f.construct().equals(construct))
        .findFirst()
        .orElse(
            ConstructFrequency.builder()
                .construct(construct)
                .label(c.label())
                .depth(frameworks.get(construct.framework()).depth(c.id()))
                .segments(0)
                .directSegments(0)
                .participants(0)
                .sites(0)
                .build());
  }

  /** Segments per site, sites sorted. */
  public SortedMap<String, Long> segmentsBySite() {
    return countBy(CodedSegment::site);
  }

  /** Segments per participant role, roles sorted. */
  public SortedMap<String, Long> segmentsByRole() {
    return countBy(CodedSegment::participantRole);
  }

  /** Segments per construct (rolled up) and site. */
  public CrossTab constructBySite() {
    return crossTab("site", CodedSegment::site);
  }

  /** Segments per construct (rolled up) and participant role. */
  public CrossTab constructByRole() {
    return crossTab("role", CodedSegment::participantRole);
  }

  /** Pairs of codes applied to the same segment, as applied (no roll-up), in registry order. */
  public List<CoOccurrence> coOccurrences() {
    return coOccurrences(Integer.MAX_VALUE);
  }

  /**
   * Pairs of codes applied to the same segment, each code first lifted to its ancestor at the given
   * depth (codes above that depth stay as they are). At depth 0, a segment coded with a
   * sub-construct of coherence and one of collective action is a coherence / collective action
   * pair; two sub-constructs of coherence make no pair.
   */
  public List<CoOccurrence> coOccurrences(int depth) {
    Map<List<ConstructRef>, Long> pairs = new HashMap<>();
    for (CodedSegment s : segments) {
      List<ConstructRef> codes = ordered(lifted(s, depth));
      for (int a = 0; a < codes.size(); a++) {
        for (int b = a + 1; b < codes.size(); b++) {
          pairs.merge(List.of(codes.get(a), codes.get(b)), 1L, Long::sum);
        }
      }
    }
    Comparator<List<ConstructRef>> byRank =
        Comparator.<List<ConstructRef>>comparingInt(p -> rank.get(p.get(0)))
            .thenComparingInt(p -> rank.get(p.get(1)));
    return pairs.entrySet().stream()
        .sorted(Map.Entry.comparingByKey(byRank))
        .map(
            e ->
                (CoOccurrence)
                    CoOccurrence.builder()
                        .first(e.getKey().get(0))
                        .second(e.getKey().get(1))
                        .segments(e.getValue())
                        .build())
        .toList();
  }

  private Set<ConstructRef> lifted(CodedSegment s, int depth) {
    Set<ConstructRef> out = new HashSet<>();
    for (ConstructRef code : s.codes()) {
      Framework f = frameworks.get(code.framework());
      String id = f.require(code.construct()).id();
      List<Construct> up = f.ancestors(id);
      int excess = up.size() - depth;
      out.add(ConstructRef.of(f.id(), excess > 0 ? up.get(excess - 1).id() : id));
    }
    return out;
  }

  private boolean directlyCoded(CodedSegment s, ConstructRef ref) {
    Framework f = frameworks.get(ref.framework());
    return s.codes().stream()
        .anyMatch(c -> c.framework().equals(ref.framework())
            && f.require(c.construct()).id().equals(ref.construct()));
  }

  private CrossTab crossTab(String groupedBy, Function<CodedSegment, String> group) {
    Map<ConstructRef, SortedMap<String, Long>> cells = new HashMap<>();
    for (int i = 0; i < segments.size(); i++) {
      String g = group.apply(segments.get(i));
      for (ConstructRef ref : rolledUp.get(i)) {
        cells.computeIfAbsent(ref, r -> new TreeMap<>()).merge(g, 1L, Long::sum);
      }
    }
    CrossTab.Builder tab =
        CrossTab.builder().groupedBy(groupedBy).addAllColumns(countBy(group).keySet());
    for (ConstructRef ref : ordered(cells.keySet())) {
      tab.addRows(CrossTabRow.builder().construct(ref).putAllCounts(cells.get(ref)).build());
    }
    return tab.build();
  }

  private SortedMap<String, Long> countBy(Function<CodedSegment, String> group) {
    SortedMap<String, Long> counts = new TreeMap<>();
    segments.forEach(s -> counts.merge(group.apply(s), 1L, Long::sum));
    return counts;
  }

  private List<ConstructRef> ordered(Collection<ConstructRef> refs) {
    return refs.stream().sorted(Comparator.comparingInt(rank::get)).toList();
  }

  private Framework framework(ConstructRef code, CodedSegment s, int index) {
    InputLocation where =
        InputLocation.in("segment " + (index + 1) + " (source '" + s.source() + "', participant '"
                + s.participantId() + "')")
            .withItemId(code.toString());
    Framework f;
    try {
      f = frameworks.get(code.framework());
    } catch (ImpsciException e) {
      throw new InvalidInputException(where, e.getMessage(), code.toString(), null);
    }
    if (f.construct(code.construct()).isEmpty()) {
      throw new InvalidInputException(
          where, "framework '" + f.id() + "' has no construct '" + code.construct() + "'",
          code.toString(), null);
    }
    return f;
  }
}
