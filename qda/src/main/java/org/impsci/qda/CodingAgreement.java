package org.impsci.qda;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How far two coders agree on the same text sources, code by code, by the two methods QDA
 * programs use:
 *
 * <ul>
 *   <li><b>Characters</b>, as NVivo's coding comparison query: for each code and source, every
 *       character of the source is coded by both coders, by one, or by neither; percent agreement
 *       is the share coded alike and Cohen's kappa corrects it for chance, with the chance
 *       agreement taken from each coder's share of coded characters (NVivo's help, "Run a Coding
 *       Comparison query": how the percentage agreement and the kappa coefficient are calculated).
 *       Complete agreement (both coded all or none of a source) gives kappa 1, as NVivo reports.
 *       A code's figures over several sources, and the overall figures, pool the characters of
 *       every source compared (this project's choice; NVivo reports each source apart and leaves
 *       averaging to the user).
 *   <li><b>Segments</b>, as MAXQDA's intercoder agreement at segment level: a coded segment of
 *       either coder agrees when the other coder gave the same code to a segment of the same source
 *       that overlaps it by at least the minimum share; segment agreement is the agreeing segments
 *       of both coders over all their segments (MAXQDA's manual, "Intercoder agreement"). The
 *       overlap of two segments is measured as the characters they share over the characters
 *       either covers (this project's reading; MAXQDA lets the user choose the minimum).
 * </ul>
 *
 * <p>The coders are two projects of the same sources ({@link #of}) or two users of one project
 * ({@link #betweenCoders}). Codes are matched by their path in the codebook (names from the top
 * down), as both programs match them, and sources by name. A source in one project only, of different lengths in the two,
 * or empty is left out with a warning that says why. Positions are code points, as the reader
 * gives them. Work is {@code O(n log n)} in the number of codings. Immutable and thread-safe.
 */
public final class CodingAgreement {
  private final List<SourceAgreement> bySource;
  private final List<CodeAgreement> byCode;
  private final CodeAgreement overall;
  private final List<String> sources;
  private final List<String> warnings;

  /** Counts of characters of one or more sources, as two coders coded them with one code. */
  public record CharacterCounts(long characters, long both, long firstOnly, long secondOnly) {
    /** Characters coded by neither coder. */
    public long neither() {
      return characters - both - firstOnly - secondOnly;
    }

    /** The share of characters both coders coded alike (coded or not), 0 to 1. */
    public double percentAgreement() {
      return (double) (both + neither()) / characters;
    }

    /** Cohen's kappa over the characters: 1 when agreement is complete. */
    public double kappa() {
      double n = characters;
      double first = both + firstOnly;
      double second = both + secondOnly;
      double expected = (first * second + (n - first) * (n - second)) / n;
      double observed = both + neither();
      return expected == n ? 1.0 : (observed - expected) / (n - expected);
    }

    CharacterCounts plus(CharacterCounts o) {
      return new CharacterCounts(characters + o.characters, both + o.both, firstOnly + o.firstOnly,
          secondOnly + o.secondOnly);
    }
  }

  /** Segment-level counts: each coder's segments and how many of them the other coder matched. */
  public record SegmentCounts(int first, int second, int firstMatched, int secondMatched) {
    /** Matched segments of both coders over all their segments, 0 to 1; 1 if neither coded. */
    public double agreement() {
      int all = first + second;
      return all == 0 ? 1.0 : (double) (firstMatched + secondMatched) / all;
    }

    SegmentCounts plus(SegmentCounts o) {
      return new SegmentCounts(first + o.first, second + o.second, firstMatched + o.firstMatched,
          secondMatched + o.secondMatched);
    }
  }

  /** One code in one source (NVivo's row). */
  public record SourceAgreement(String source, String code, CharacterCounts characters, SegmentCounts segments) {}

  /** One code over every source compared; the overall figures have the code {@code "(all codes)"}. */
  public record CodeAgreement(String code, int sources, CharacterCounts characters, SegmentCounts segments) {}

  /** The code of the overall figures. */
  public static final String ALL_CODES = "(all codes)";

  private record Span(int start, int end) {}

  private CodingAgreement(List<SourceAgreement> bySource, List<CodeAgreement> byCode, CodeAgreement overall,
      List<String> sources, List<String> warnings) {
    this.bySource = bySource;
    this.byCode = byCode;
    this.overall = overall;
    this.sources = sources;
    this.warnings = warnings;
  }

  /**
   * Compares two coders' projects of the same sources.
   *
   * @param first the first coder's project
   * @param second the second coder's project
   * @param minimumOverlap the share of overlap at which two segments agree, above 0 and at most 1
   * @throws IllegalArgumentException if the minimum overlap is outside (0, 1]
   */
  public static CodingAgreement of(QdpxImport first, QdpxImport second, double minimumOverlap) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    return compare(first.sourceLengths(), first.codings(), second.sourceLengths(), second.codings(),
        minimumOverlap);
  }

  /**
   * Compares two users' codings in one project (NVivo's coding comparison between users): each
   * coding belongs to the user {@link QdaCoding#coder()} names.
   *
   * @param project the project both users coded
   * @param first the first user's name (or GUID, where the project gives no name)
   * @param second the second user's name
   * @param minimumOverlap the share of overlap at which two segments agree, above 0 and at most 1
   * @throws IllegalArgumentException if a user made no coding in the project (the message lists
   *     those who did), or the minimum overlap is outside (0, 1]
   */
  public static CodingAgreement betweenCoders(QdpxImport project, String first, String second, double minimumOverlap) {
    Objects.requireNonNull(project, "project");
    Set<String> coders = new TreeSet<>();
    project.codings().forEach(c -> c.coder().ifPresent(coders::add));
    for (String coder : List.of(first, second)) {
      if (!coders.contains(coder)) {
        throw new IllegalArgumentException("no coding by '" + coder + "' in the project; its coders: "
            + (coders.isEmpty() ? "none named" : String.join(", ", coders)));
      }
    }
    return compare(project.sourceLengths(), byCoder(project, first), project.sourceLengths(),
        byCoder(project, second), minimumOverlap);
  }

  private static List<QdaCoding> byCoder(QdpxImport project, String coder) {
    return project.codings().stream().filter(c -> c.coder().filter(coder::equals).isPresent()).toList();
  }

  private static CodingAgreement compare(Map<String, Integer> firstLengths, List<QdaCoding> firstCodings,
      Map<String, Integer> secondLengths, List<QdaCoding> secondCodings, double minimumOverlap) {
    if (!(minimumOverlap > 0 && minimumOverlap <= 1)) {
      throw new IllegalArgumentException("the minimum overlap must be above 0 and at most 1, got " + minimumOverlap);
    }
    List<String> warnings = new ArrayList<>();
    Set<String> compared = new TreeSet<>();
    for (String name : union(firstLengths.keySet(), secondLengths.keySet())) {
      Integer a = firstLengths.get(name);
      Integer b = secondLengths.get(name);
      if (a == null || b == null) {
        warnings.add("source '" + name + "' is only in the " + (a == null ? "second" : "first")
            + " project; left out");
      } else if (!a.equals(b)) {
        warnings.add("source '" + name + "' has " + a + " characters in the first project and " + b
            + " in the second, so the coders did not code the same text; left out");
      } else if (a == 0) {
        warnings.add("source '" + name + "' is empty; left out");
      } else {
        compared.add(name);
      }
    }
    Map<String, Map<String, List<Span>>> firstSpans = spans(firstCodings, compared);
    Map<String, Map<String, List<Span>>> secondSpans = spans(secondCodings, compared);
    List<SourceAgreement> rows = new ArrayList<>();
    Map<String, CodeAgreement> codes = new TreeMap<>();
    for (String source : compared) {
      Map<String, List<Span>> a = firstSpans.getOrDefault(source, Map.of());
      Map<String, List<Span>> b = secondSpans.getOrDefault(source, Map.of());
      for (String code : new TreeSet<>(union(a.keySet(), b.keySet()))) {
        List<Span> x = a.getOrDefault(code, List.of());
        List<Span> y = b.getOrDefault(code, List.of());
        SourceAgreement row = new SourceAgreement(source, code,
            characters(firstLengths.get(source), x, y),
            new SegmentCounts(x.size(), y.size(), matched(x, y, minimumOverlap), matched(y, x, minimumOverlap)));
        rows.add(row);
        codes.merge(code, new CodeAgreement(code, 1, row.characters(), row.segments()),
            (p, q) -> new CodeAgreement(code, p.sources() + 1, p.characters().plus(q.characters()),
                p.segments().plus(q.segments())));
      }
    }
    CharacterCounts allCharacters = new CharacterCounts(0, 0, 0, 0);
    SegmentCounts allSegments = new SegmentCounts(0, 0, 0, 0);
    for (CodeAgreement c : codes.values()) {
      allCharacters = allCharacters.plus(c.characters());
      allSegments = allSegments.plus(c.segments());
    }
    return new CodingAgreement(List.copyOf(rows), List.copyOf(codes.values()),
        new CodeAgreement(ALL_CODES, compared.size(), allCharacters, allSegments),
        List.copyOf(compared), List.copyOf(warnings));
  }

  /** Each code in each source compared, by source then code. */
  public List<SourceAgreement> bySource() {
    return bySource;
  }

  /** Each code used by either coder in a compared source, by code, pooled over the sources. */
  public List<CodeAgreement> byCode() {
    return byCode;
  }

  /**
   * Every code and source pooled: the characters of each source once per code, and every segment.
   * Its character figures are empty ({@code characters() == 0}) when no coder coded a compared
   * source.
   */
  public CodeAgreement overall() {
    return overall;
  }

  /** The sources compared, by name. */
  public List<String> sources() {
    return sources;
  }

  /** Why a source was left out, one sentence each. */
  public List<String> warnings() {
    return warnings;
  }

  /** A code's key: its path from the top of the codebook, names joined by " > ". */
  static String code(QdaCoding coding) {
    return String.join(" > ", coding.codePath());
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new TreeSet<>(a);
    all.addAll(b);
    return all;
  }

  /** Each compared source's segments by code, sorted by start then end. */
  private static Map<String, Map<String, List<Span>>> spans(List<QdaCoding> codings, Set<String> compared) {
    Map<String, Map<String, List<Span>>> bySource = new TreeMap<>();
    for (QdaCoding c : codings) {
      if (compared.contains(c.source())) {
        bySource.computeIfAbsent(c.source(), s -> new TreeMap<>())
            .computeIfAbsent(code(c), k -> new ArrayList<>())
            .add(new Span(c.start(), c.end()));
      }
    }
    Comparator<Span> order = Comparator.comparingInt(Span::start).thenComparingInt(Span::end);
    bySource.values().forEach(codes -> codes.values().forEach(list -> list.sort(order)));
    return bySource;
  }

  /** The union of sorted spans as disjoint sorted spans. */
  private static List<Span> merged(List<Span> sorted) {
    List<Span> out = new ArrayList<>();
    for (Span s : sorted) {
      Span last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && s.start() <= last.end()) {
        out.set(out.size() - 1, new Span(last.start(), Math.max(last.end(), s.end())));
      } else if (s.end() > s.start()) {
        out.add(s);
      }
    }
    return out;
  }

  private static long covered(List<Span> disjoint) {
    long n = 0;
    for (Span s : disjoint) {
      n += s.end() - s.start();
    }
    return n;
  }

  private static CharacterCounts characters(int length, List<Span> first, List<Span> second) {
    List<Span> a = merged(first);
    List<Span> b = merged(second);
    long both = 0;
    int i = 0;
    int j = 0;
    while (i < a.size() && j < b.size()) {
      both += Math.max(0, Math.min(a.get(i).end(), b.get(j).end()) - Math.max(a.get(i).start(), b.get(j).start()));
      if (a.get(i).end() < b.get(j).end()) {
        i++;
      } else {
        j++;
      }
    }
    return new CharacterCounts(length, both, covered(a) - both, covered(b) - both);
  }

  /**
   * How many of {@code mine} some span of {@code theirs} overlaps by at least the minimum share.
   * A span can match only spans starting within (1 - m) / m of its length of its own start, so
   * each search looks at that window of the sorted list alone.
   */
  private static int matched(List<Span> mine, List<Span> theirs, double minimum) {
    int n = 0;
    for (Span s : mine) {
      long reach = (long) Math.ceil((1 - minimum) / minimum * (s.end() - s.start()));
      int from = firstStartingAt(theirs, s.start() - reach);
      for (int k = from; k < theirs.size() && theirs.get(k).start() <= s.start() + reach; k++) {
        if (overlap(s, theirs.get(k)) >= minimum) {
          n++;
          break;
        }
      }
    }
    return n;
  }

  private static int firstStartingAt(List<Span> sorted, long position) {
    int index = Collections.binarySearch(sorted, null, (span, ignored) -> span.start() < position ? -1 : 1);
    return -index - 1;
  }

  private static double overlap(Span a, Span b) {
    long shared = Math.min(a.end(), b.end()) - Math.max(a.start(), b.start());
    long either = Math.max(a.end(), b.end()) - Math.min(a.start(), b.start());
    return shared <= 0 ? 0 : either == 0 ? 1 : (double) shared / either;
  }
}
