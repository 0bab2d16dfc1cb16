package org.impsci.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.impsci.assessment.coding.CodedSegment;
import org.impsci.assessment.coding.Valence;
import org.impsci.assessment.framework.ConstructRef;
import org.impsci.npt.EnptComponent;

/**
 * SYNTHETIC interviews coded with extended NPT ({@code enpt}) for the demo: each professional gives
 * one interview of two to four segments, each coded with one or two extended-NPT components and a
 * valence. The interview texts are made of placeholder sentences that say they are synthetic, and
 * each segment's span is its sentence in its interview, so the whole can be written as a REFI-QDA
 * project. Reproducible from a seed.
 */
final class SyntheticCoding {
  private static final String[] ROLES = {"nurse", "doctor", "allied", "manager"};
  private static final List<EnptComponent> LEAVES =
      List.of(EnptComponent.values()).stream().filter(c -> c.id().contains(".")).toList();

  /** The coded segments and the full text of every interview they quote. */
  record Interviews(List<CodedSegment> segments, Map<String, String> sources) {}

  private SyntheticCoding() {}

  /** Interviews of {@code professionals} people spread over {@code sites} sites (H01, H02, ...). */
  static Interviews generate(long seed, int professionals, int sites) {
    Random random = new Random(seed);
    List<CodedSegment> segments = new ArrayList<>();
    Map<String, String> sources = new LinkedHashMap<>();
    for (int p = 1; p <= professionals; p++) {
      String participant = String.format("P%02d", p);
      String source = "interview-" + participant + ".txt";
      String site = String.format("H%02d", (p - 1) % sites + 1);
      String role = ROLES[random.nextInt(ROLES.length)];
      int count = 2 + random.nextInt(3);
      StringBuilder text = new StringBuilder();
      for (int s = 1; s <= count; s++) {
        List<ConstructRef> codes = new ArrayList<>();
        codes.add(code(random));
        ConstructRef second = code(random);
        if (random.nextDouble() < 0.3 && !codes.contains(second)) {
          codes.add(second);
        }
        Valence valence = Valence.values()[random.nextInt(Valence.values().length)];
        if (text.length() > 0) {
          text.append("\n\n");
        }
        String quote =
            "SYNTHETIC segment " + s + " of " + participant + " at " + site + " (not a real quote).";
        int start = text.length();
        text.append(quote);
        segments.add(CodedSegment.builder()
            .source(source)
            .participantId(participant)
            .participantRole(role)
            .site(site)
            .start(start)
            .end(start + quote.length())
            .text(quote)
            .addAllCodes(codes)
            .valence(valence)
            .build());
      }
      sources.put(source, text.toString());
    }
    return new Interviews(List.copyOf(segments), Map.copyOf(sources));
  }

  private static ConstructRef code(Random random) {
    return ConstructRef.of("enpt", LEAVES.get(random.nextInt(LEAVES.size())).id());
  }
}
