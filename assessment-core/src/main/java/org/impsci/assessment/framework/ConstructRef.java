package org.impsci.assessment.framework;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.InputLocation;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.internal.Ids;

/**
 * A reference to a construct of a particular framework, written {@code framework:construct}, for
 * example {@code npt:coherence} or {@code cfir-2.0:inner-setting.culture}. In JSON it is that
 * string. {@link Frameworks#resolve(ConstructRef)} finds the construct.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
public abstract class ConstructRef {
  static final String FORM = "framework:construct, for example npt:coherence";

  ConstructRef() {}

  /** The framework id. */
  public abstract String framework();

  /** The construct id within the framework. */
  public abstract String construct();

  /** A reference to a construct of a framework. */
  public static ConstructRef of(String framework, String construct) {
    return ConstructRef.builder().framework(framework).construct(construct).build();
  }

  /**
   * Parses {@code framework:construct}.
   *
   * @throws InvalidInputException if the text is not of that form or either id is malformed
   */
  @JsonCreator
  public static ConstructRef parse(String text) {
    return parse(text, InputLocation.unknown());
  }

  /**
   * Parses {@code framework:construct} read at a known place, which error messages name.
   *
   * @throws InvalidInputException if the text is not of that form or either id is malformed
   */
  public static ConstructRef parse(String text, InputLocation where) {
    int colon = text.indexOf(':');
    if (colon < 0 || colon != text.lastIndexOf(':')) {
      throw new InvalidInputException(
          where, "a construct reference needs exactly one ':'", text, FORM);
    }
    String framework = text.substring(0, colon);
    String construct = text.substring(colon + 1);
    if (!Ids.isId(framework)) {
      throw new InvalidInputException(
          where, "'" + framework + "' is not a valid framework id", text, FORM);
    }
    if (!Ids.isId(construct)) {
      throw new InvalidInputException(
          where, "'" + construct + "' is not a valid construct id", text, FORM);
    }
    return of(framework, construct);
  }

  /** Checks that both parts are well-formed ids. */
  @Value.Check
  protected void check() {
    if (!Ids.isId(framework())
        || !Ids.isId(construct())) {
      throw new IllegalArgumentException(
          "'" + framework() + ":" + construct() + "' is not a construct reference; allowed: "
              + FORM);
    }
  }

  /** The reference as {@code framework:construct}. */
  @JsonValue
  @Override
  public String toString() {
    return framework() + ":" + construct();
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ConstructRef}; its setters chain and {@code build()} checks the value. */
  public static final class Builder extends ImmutableConstructRef.Builder {
    Builder() {}
  }
}
