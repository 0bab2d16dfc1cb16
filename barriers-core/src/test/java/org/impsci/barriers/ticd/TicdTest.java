package org.impsci.barriers.ticd;

import static org.assertj.core.api.Assertions.assertThat;

import org.impsci.barriers.HandleAgreement;
import org.junit.jupiter.api.Test;

/** TICD: seven domains; determinants are a documented gap. */
class TicdTest {

  @Test
  void sevenDomainsAndNoUnconfirmedDeterminants() {
    assertThat(TicdFrameworks.ticd().constructs()).hasSize(7)
        .allSatisfy(c -> assertThat(c.kind()).isEqualTo("domain"));
    assertThat(TicdFrameworks.PUBLISHED_DETERMINANTS).isEqualTo(57);
    HandleAgreement.agree(TicdFrameworks.ticd(), "domain", TicdDomain.values(), TicdDomain::id, TicdDomain::of);
    assertThat(TicdDomain.PATIENT_FACTORS.ref().toString()).isEqualTo("ticd:patient-factors");
  }
}
