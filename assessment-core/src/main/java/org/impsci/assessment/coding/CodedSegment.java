package org.impsci.assessment.coding;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.framework.ConstructRef;

/**
 * A span of a source document (an interview transcript, field note or document) coded with one or
 * more framework constructs, as a qualitative analysis program records it.
 *
 * <p>Offsets count Unicode code points from the start of the source text, the first being 0; the
 * span is {@code [start, end)}, so {@code end - start} code points long ({@code end == start} marks
 * a point). A REFI-QDA project may count its positions in UTF-16 code units instead, which the
 * qda module's {@code org.impsci.qda.QdpxReader} converts (see its {@code PositionUnit}).
 *
 * <p>Checked when built: source, participant, role and site are not blank, the wave and memo are
 * not blank if given, {@code 0 <= start <= end}, and there is at least one code, each listed once.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableCodedSegment.class)
@JsonDeserialize(as = ImmutableCodedSegment.class)
public interface CodedSegment {

  /** The source document, for example the transcript's file name. */
  String source();

  /** Who said or wrote it, for example {@code P07}. */
  String participantId();

  /** The participant's role, for example {@code nurse} or {@code manager}. */
  String participantRole();

  /** Where the participant works or the data were collected, for example {@code hospital-3}. */
  String site();

  /** The wave or time point, for example {@code baseline}; empty if the study has one. */
  Optional<String> wave();

  /** The first code point of the span (0-based). */
  int start();

  /** The code point just after the span. */
  int end();

  /** The quoted text of the span. */
  String text();

  /** The constructs the span is coded with, from one framework or several. */
  List<ConstructRef> codes();

  /** Whether the span describes a barrier, a facilitator or neither; empty if not rated. */
  Optional<Valence> valence();

  /** The coder's memo on the span. */
  Optional<String> memo();


  /** Checks the span, the codes and that no identifying field is blank. */
  @Value.Check
  default void check() {
    String who = "segment of '" + source() + "' at " + start() + "-" + end();
    nonBlank(source(), "source", who);
    nonBlank(participantId(), "participant id", who);
    nonBlank(participantRole(), "participant role", who);
    nonBlank(site(), "site", who);
    wave().ifPresent(w -> nonBlank(w, "wave", who));
    memo().ifPresent(m -> nonBlank(m, "memo", who));
    if (start() < 0) {
      throw new IllegalArgumentException(who + ": start must be 0 or more, got " + start());
    }
    if (end() < start()) {
      throw new IllegalArgumentException(
          who + ": end (" + end() + ") must not be before start (" + start() + ")");
    }
    if (codes().isEmpty()) {
      throw new IllegalArgumentException(who + ": a coded segment needs at least one code");
    }
    if (new HashSet<>(codes()).size() != codes().size()) {
      throw new IllegalArgumentException(who + ": lists a code twice: " + codes());
    }
  }

  private static void nonBlank(String value, String what, String who) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(who + ": the " + what + " is blank");
    }
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CodedSegment}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableCodedSegment.Builder {
    Builder() {}
  }
}
