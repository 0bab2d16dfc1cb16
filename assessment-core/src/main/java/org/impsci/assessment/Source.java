package org.impsci.assessment;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a construct, item, mapping or default rule comes from: a citation, its DOI and the place
 * in the publication (a table, page or additional file), and, where the publication's wording is
 * kept at all, that wording marked as a quotation.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableSource.class)
@JsonDeserialize(as = ImmutableSource.class)
public interface Source {

  /** Short citation, for example {@code May et al. 2009}. */
  String citation();

  /** The DOI without a resolver prefix, for example {@code 10.1186/1748-5908-4-29}. */
  Optional<String> doi();

  /** The place in the publication, for example {@code Table 3} or {@code p. 4}. */
  Optional<String> locator();

  /**
   * The publication's own wording at the locator, quoted and so marked: kept only here, for
   * checking, never in a definition or prompt (a build test fails when a bundled definition or
   * prompt repeats eight words in a row of a quote, or the whole of a shorter one).
   */
  Optional<String> quote();

  /** A source with a citation, a DOI and a locator. */
  static Source of(String citation, String doi, String locator) {
    return Source.builder().citation(citation).doi(doi).locator(locator).build();
  }

  /** Checks that the citation is not blank and that the DOI carries no resolver prefix. */
  @Value.Check
  default void check() {
    if (citation().isBlank()) {
      throw new IllegalArgumentException("a source needs a citation");
    }
    doi().ifPresent(
        d -> {
          if (!d.startsWith("10.")) {
            throw new IllegalArgumentException(
                "DOI must start with '10.' (no resolver prefix), got '" + d + "'");
          }
        });
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Source}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableSource.Builder {
    Builder() {}
  }
}
