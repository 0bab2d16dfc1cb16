package org.impsci.assessment.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.impsci.assessment.InputLocation;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.io.ImpsciJson;
import org.junit.jupiter.api.Test;

class ConstructRefTest {

  @Test
  void parsesAndPrints() {
    ConstructRef ref = ConstructRef.parse("cfir-2.0:inner-setting.culture");
    assertThat(ref.framework()).isEqualTo("cfir-2.0");
    assertThat(ref.construct()).isEqualTo("inner-setting.culture");
    assertThat(ref).hasToString("cfir-2.0:inner-setting.culture");
    assertThat(ref).isEqualTo(ConstructRef.of("cfir-2.0", "inner-setting.culture"));
  }

  @Test
  void isAStringInJson() {
    ConstructRef ref = ConstructRef.of("npt", "coherence");
    assertThat(ImpsciJson.write(ref)).isEqualTo("\"npt:coherence\"");
    assertThat(ImpsciJson.read("\"npt:coherence\"", ConstructRef.class, "ref")).isEqualTo(ref);
  }

  @Test
  void rejectsTextWithoutExactlyOneColon() {
    assertThatThrownBy(() -> ConstructRef.parse("coherence"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("exactly one ':'")
        .hasMessageContaining("'coherence'")
        .hasMessageContaining("framework:construct");
    assertThatThrownBy(() -> ConstructRef.parse("a:b:c"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("exactly one ':'");
  }

  @Test
  void namesTheBadPartAndWhereItWasRead() {
    InputLocation where = InputLocation.in("map.csv").withRow(3).withColumn("construct");
    assertThatThrownBy(() -> ConstructRef.parse("NPT:coherence", where))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith(
            "map.csv, row 3, column construct: 'NPT' is not a valid framework id");
    assertThatThrownBy(() -> ConstructRef.parse("npt:", where))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("'' is not a valid construct id");
  }

  @Test
  void checksIdsWhenBuiltInCode() {
    assertThatThrownBy(() -> ConstructRef.of("npt", "Coherence"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'npt:Coherence' is not a construct reference");
  }
}
