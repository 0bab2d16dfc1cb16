package org.impsci.npt.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.assessment.scoring.MinimumAnswered;
import org.impsci.npt.CmoConfiguration;
import org.impsci.npt.CodingManualConstruct;
import org.impsci.npt.ImmutableCmoConfiguration;
import org.impsci.npt.nomad.NomadOptions;

/** JSON round trips of npt-core's value types with generated values. */
class NptPropertyTest {

  @Provide
  Arbitrary<NomadOptions> options() {
    Arbitrary<MinimumAnswered> minimum = Arbitraries.oneOf(
        Arbitraries.integers().between(1, 4).map(MinimumAnswered::count),
        Arbitraries.doubles().between(0.01, 1.0).map(MinimumAnswered::fraction));
    return Combinators.combine(minimum, Arbitraries.of(true, false), Arbitraries.of(true, false))
        .as((m, reverse, total) -> NomadOptions.builder().minimumAnswered(m)
            .reverseScoreCa2(reverse).includeTotal(total).build());
  }

  @Property
  void nomadOptionsRoundTrip(@ForAll("options") NomadOptions options) {
    assertThat(ImpsciJson.read(ImpsciJson.write(options), NomadOptions.class, "o"))
        .isEqualTo(options);
  }

  static Arbitrary<Optional<CodingManualConstruct>> slot(CodingManualConstruct domain) {
    return Arbitraries.of(
            Arrays.stream(CodingManualConstruct.values()).filter(c -> c.domain() == domain)
                .toList())
        .injectNull(0.4)
        .map(Optional::ofNullable);
  }

  @Provide
  Arbitrary<CmoConfiguration> configurations() {
    return Combinators.combine(
            slot(CodingManualConstruct.CONTEXT), slot(CodingManualConstruct.MECHANISM),
            slot(CodingManualConstruct.OUTCOME))
        .filter((c, m, o) -> c.isPresent() || m.isPresent() || o.isPresent())
        .as((c, m, o) -> ImmutableCmoConfiguration.builder().context(c).mechanism(m).outcome(o)
            .build());
  }

  @Property
  void cmoConfigurationRoundTrip(@ForAll("configurations") CmoConfiguration cmo) {
    assertThat(ImpsciJson.read(ImpsciJson.write(cmo), CmoConfiguration.class, "c"))
        .isEqualTo(cmo);
  }
}
