package org.impsci.npt.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.assessment.testing.RandomValues;
import org.impsci.assessment.testing.SeededCase;
import org.impsci.assessment.testing.SeededCases;
import org.impsci.npt.CmoConfiguration;
import org.impsci.npt.CodingManualConstruct;
import org.impsci.npt.nomad.NomadOptions;

/**
 * JSON round trips of npt-core's value types with values generated from fixed seeds ({@link
 * SeededCases}).
 */
class NptPropertyTest {

  static NomadOptions options(Random r) {
    return NomadOptions.builder().minimumAnswered(RandomValues.minimumAnswered(r, 4))
        .reverseScoreCa2(r.nextBoolean()).includeTotal(r.nextBoolean()).build();
  }

  @SeededCases(1000)
  void nomadOptionsRoundTrip(SeededCase c) {
    NomadOptions options = options(c.random());
    assertThat(ImpsciJson.read(ImpsciJson.write(options), NomadOptions.class, "o"))
        .isEqualTo(options);
  }

  /** One of the domain's constructs, or none four times in ten. */
  static Optional<CodingManualConstruct> slot(Random r, CodingManualConstruct domain) {
    List<CodingManualConstruct> constructs =
        Arrays.stream(CodingManualConstruct.values()).filter(c -> c.domain() == domain).toList();
    return Optional.ofNullable(
        RandomValues.orNull(r, 0.4, () -> RandomValues.oneOf(r, constructs)));
  }

  /** A configuration with at least one of its context, mechanism and outcome. */
  static CmoConfiguration configuration(Random r) {
    Optional<CodingManualConstruct> context;
    Optional<CodingManualConstruct> mechanism;
    Optional<CodingManualConstruct> outcome;
    do {
      context = slot(r, CodingManualConstruct.CONTEXT);
      mechanism = slot(r, CodingManualConstruct.MECHANISM);
      outcome = slot(r, CodingManualConstruct.OUTCOME);
    } while (context.isEmpty() && mechanism.isEmpty() && outcome.isEmpty());
    return CmoConfiguration.builder().context(context).mechanism(mechanism)
        .outcome(outcome).build();
  }

  @SeededCases(1000)
  void cmoConfigurationRoundTrip(SeededCase c) {
    CmoConfiguration cmo = configuration(c.random());
    assertThat(ImpsciJson.read(ImpsciJson.write(cmo), CmoConfiguration.class, "c"))
        .isEqualTo(cmo);
  }
}
