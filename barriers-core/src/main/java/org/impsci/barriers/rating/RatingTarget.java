package org.impsci.barriers.rating;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.InputLocation;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.framework.ConstructRef;
import org.impsci.assessment.framework.Frameworks;
import org.impsci.barriers.cfir.Cfir20Construct;
import org.impsci.barriers.cfir.CfirFrameworks;

/**
 * What a rating is about: a construct of any framework (CFIR, or a study's own taxonomy), or, in
 * the CFIR 2.0 Individuals domain, a role and one of its characteristics. CFIR 2.0 assesses need,
 * capability, opportunity and motivation for each role, so a role or a characteristic alone is not
 * a target there.
 *
 * <p>Written {@code framework:construct}, or for a pair {@code
 * cfir-2.0:individuals.roles.innovation-deliverers+individuals.characteristics.motivation}; on
 * reading, the characteristic may be given by its alias ({@code +motivation}). In JSON it is that
 * string.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
public abstract class RatingTarget {
  private static final String FORM =
      "framework:construct, or for a CFIR 2.0 role cfir-2.0:<role>+<characteristic>";

  RatingTarget() {}

  /** The construct, or for a pair the role. */
  public abstract ConstructRef construct();

  /** For a role, the id of the characteristic rated. */
  public abstract Optional<String> characteristic();

  /** A target naming one construct. */
  public static RatingTarget of(ConstructRef construct) {
    return RatingTarget.builder().construct(construct).build();
  }

  /** A CFIR 2.0 role and one of its characteristics. */
  public static RatingTarget of(Cfir20Construct role, Cfir20Construct characteristic) {
    return RatingTarget.builder()
        .construct(role.ref())
        .characteristic(characteristic.id())
        .build();
  }

  /**
   * Parses the written form.
   *
   * @throws InvalidInputException if it is not of that form or breaks the role rule
   */
  @JsonCreator
  public static RatingTarget parse(String text) {
    return parse(text, InputLocation.unknown());
  }

  /**
   * Parses the written form read at a known place, which error messages name. The construct is
   * taken as written ({@link ConstructRef#parse}: ids, no aliases, no registry); a file's reader
   * uses {@link #parse(String, Frameworks, InputLocation)}.
   *
   * @throws InvalidInputException if it is not of that form or breaks the role rule
   */
  public static RatingTarget parse(String text, InputLocation where) {
    String t = text.trim();
    int plus = t.indexOf('+');
    return of(ConstructRef.parse(plus < 0 ? t : t.substring(0, plus), where), t, plus, where);
  }

  /**
   * Parses the written form as the readers of rating files do: the construct (or the role) by
   * {@link Frameworks#reference(String, InputLocation)} in {@code registry}, so it must exist there
   * and may be given by id or by alias (any case), with a "did you mean" for an unknown name; it is
   * kept by its id. The characteristic may be given by id or alias.
   *
   * @throws InvalidInputException if it is not of that form, names no construct of the registry,
   *     or breaks the role rule
   */
  public static RatingTarget parse(String text, Frameworks registry, InputLocation where) {
    String t = text.trim();
    int plus = t.indexOf('+');
    return of(registry.reference(plus < 0 ? t : t.substring(0, plus), where), t, plus, where);
  }

  private static RatingTarget of(ConstructRef ref, String t, int plus, InputLocation where) {
    Optional<String> characteristic =
        plus < 0 ? Optional.empty() : Optional.of(characteristicId(t.substring(plus + 1)));
    try {
      return RatingTarget.builder()
          .construct(ref)
          .characteristic(characteristic)
          .build();
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(where, e.getMessage(), t, FORM);
    }
  }

  private static String characteristicId(String idOrAlias) {
    return CfirFrameworks.cfir20().construct(idOrAlias).map(c -> c.id()).orElse(idOrAlias);
  }

  /**
   * Checks the CFIR 2.0 role rule: a role needs a characteristic, a characteristic needs a role,
   * and only a role takes one.
   */
  @Value.Check
  protected void check() {
    boolean cfir20 = construct().framework().equals(CfirFrameworks.CFIR_20);
    Optional<Cfir20Construct> handle =
        cfir20 ? Cfir20Construct.find(construct().construct()) : Optional.empty();
    boolean role = handle.filter(Cfir20Construct::isRole).isPresent();
    if (handle.filter(Cfir20Construct::isCharacteristic).isPresent()) {
      throw new IllegalArgumentException(
          "CFIR 2.0 characteristic '" + construct().construct()
              + "' is rated for a role: write <role>+<characteristic>");
    }
    if (role && characteristic().isEmpty()) {
      throw new IllegalArgumentException(
          "CFIR 2.0 role '" + construct().construct()
              + "' is rated on a characteristic: add +need, +capability, +opportunity or"
              + " +motivation");
    }
    if (!role && characteristic().isPresent()) {
      throw new IllegalArgumentException(
          "only a CFIR 2.0 role takes a characteristic; '" + construct() + "' is not one");
    }
    characteristic().ifPresent(c -> {
      if (Cfir20Construct.find(c).filter(Cfir20Construct::isCharacteristic).isEmpty()) {
        throw new IllegalArgumentException(
            "'" + c + "' is not a CFIR 2.0 characteristic; allowed: need, capability,"
                + " opportunity, motivation");
      }
    });
  }

  /** The written form. */
  @JsonValue
  @Override
  public String toString() {
    return construct() + characteristic().map(c -> "+" + c).orElse("");
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RatingTarget}; its setters chain and {@code build()} checks the value. */
  public static final class Builder extends ImmutableRatingTarget.Builder {
    Builder() {}
  }
}
