package org.impsci.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.impsci.assessment.coding.CodedSegment;
import org.impsci.assessment.coding.Valence;
import org.impsci.assessment.framework.ConstructRef;
import org.impsci.npt.EnptComponent;

/**
 * SYNTHETIC interview segments coded with extended NPT, for example 1: each professional gives two
 * to four segments, each coded with one or two extended-NPT sub-components, a valence, and a
 * placeholder text that says it is synthetic. Reproducible from a seed.
 */
final class SyntheticInterviews {
  private static final String[] ROLES = {"nurse", "doctor", "allied", "manager"};
  private static final List<EnptComponent> LEAVES =
      List.of(EnptComponent.values()).stream().filter(c -> c.id().contains(".")).toList();

  private SyntheticInterviews() {}

  /** Segments for {@code professionals} people spread over {@code sites} sites (H01, H02, ...). */
  static List<CodedSegment> segments(long seed, int professionals, int sites) {
    Random random = new Random(seed);
    List<CodedSegment> segments = new ArrayList<>();
    for (int p = 1; p <= professionals; p++) {
      String site = String.format("H%02d", (p - 1) % sites + 1);
      String role = ROLES[random.nextInt(ROLES.length)];
      int count = 2 + random.nextInt(3);
      for (int s = 0; s < count; s++) {
        List<ConstructRef> codes = new ArrayList<>();
        codes.add(code(random));
        ConstructRef second = code(random);
        if (random.nextDouble() < 0.3 && !codes.contains(second)) {
          codes.add(second);
        }
        segments.add(CodedSegment.builder()
            .source("interview-P" + p + ".txt")
            .participantId("P" + p)
            .participantRole(role)
            .site(site)
            .start(s * 100)
            .end(s * 100 + 99)
            .text("Synthetic segment " + (s + 1) + " of participant P" + p + " (not a real quote).")
            .addAllCodes(codes)
            .valence(Valence.values()[random.nextInt(Valence.values().length)])
            .build());
      }
    }
    return segments;
  }

  private static ConstructRef code(Random random) {
    return ConstructRef.of("enpt", LEAVES.get(random.nextInt(LEAVES.size())).id());
  }
}
