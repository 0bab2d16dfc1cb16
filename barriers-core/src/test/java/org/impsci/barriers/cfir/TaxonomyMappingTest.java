package org.impsci.barriers.cfir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.framework.Framework;
import org.impsci.assessment.framework.FrameworkLoader;
import org.impsci.assessment.framework.Frameworks;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.barriers.rating.ConstructRating;
import org.impsci.barriers.rating.RatingMatrix;
import org.impsci.barriers.rating.RatingTarget;
import org.impsci.barriers.rating.RatingValue;
import org.junit.jupiter.api.Test;

/**
 * A study's own taxonomy: the eight social-prescribing barrier themes (a test fixture) and this
 * project's test mapping of them onto CFIR 2.0 (not a published mapping).
 */
class TaxonomyMappingTest {
  static final Framework THEMES =
      FrameworkLoader.loadResource(
          TaxonomyMappingTest.class, "/taxonomy/social-prescribing-themes.json");

  static TaxonomyMapping mapping() {
    return TaxonomyMapping.load(
        TaxonomyMappingTest.class.getResourceAsStream("/taxonomy/social-prescribing-cfir.json"),
        "social-prescribing-cfir.json", THEMES);
  }

  private static InputStream json(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theEightThemesLoadThroughTheKernelAndAreAllMapped() {
    assertThat(THEMES.constructs()).hasSize(8);
    TaxonomyMapping m = mapping();
    assertThat(m.themes()).extracting(ThemeMapping::theme)
        .containsExactlyElementsOf(THEMES.constructsById().keySet());
    assertThat(m.source().citation()).contains("not a published one");
    assertThat(m.cfir20("information-systems")).containsExactly(Cfir20Construct.IT_INFRASTRUCTURE);
  }

  @Test
  void aThemeReachesCfir2009ThroughTheCrosswalkAndSaysWhenThatIsLossy() {
    TaxonomyMapping m = mapping();
    assertThat(m.cfir2009("partnership-working"))
        .extracting(r -> r.to().toString(), CrosswalkResult::lossy)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "[cfir-2009:outer-setting.cosmopolitanism]", false),
            org.assertj.core.groups.Tuple.tuple(
                "[cfir-2009:inner-setting.networks-and-communications]", true));
    assertThat(m.cfir2009("information-systems")).singleElement()
        .satisfies(r -> assertThat(r.to()).isEmpty());
  }

  @Test
  void aThemeIsRatedLikeAnyConstruct() {
    Frameworks registry = Frameworks.bundled().with(THEMES);
    ConstructRating r = ConstructRating.builder()
        .site("practice-a")
        .target(RatingTarget.parse("sp-themes:workforce"))
        .rating(RatingValue.MINUS_2)
        .build();
    RatingMatrix matrix = RatingMatrix.of(java.util.List.of(r));
    matrix.requireKnown(registry);
    assertThatThrownBy(() -> matrix.requireKnown(Frameworks.bundled()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("no framework 'sp-themes'");
  }

  @Test
  void aMappingOfAnUnknownThemeOrAnotherTaxonomyIsRejected() {
    String unknownTheme =
        "{\"taxonomy\":\"sp-themes\",\"source\":{\"citation\":\"x\"},"
            + "\"themes\":[{\"theme\":\"weather\",\"cfir\":[\"outer-setting.local-conditions\"]}]}";
    assertThatThrownBy(() -> TaxonomyMapping.load(json(unknownTheme), "m.json", THEMES))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("m.json, at themes[0].theme")
        .hasMessageContaining("no theme 'weather'");
    String otherTaxonomy = unknownTheme.replace("\"sp-themes\"", "\"other\"");
    assertThatThrownBy(() -> TaxonomyMapping.load(json(otherTaxonomy), "m.json", THEMES))
        .hasMessageContaining("another taxonomy");
    String unknownConstruct = unknownTheme.replace("weather", "workforce")
        .replace("outer-setting.local-conditions", "outer-setting.weather");
    assertThatThrownBy(() -> TaxonomyMapping.load(json(unknownConstruct), "m.json", THEMES))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("outer-setting.weather");
    assertThatThrownBy(() -> TaxonomyMapping.load(json("{\"taxonomy\":"), "m.json", THEMES))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("m.json");
  }

  @Test
  void jsonRoundTrip() {
    TaxonomyMapping m = mapping();
    assertThat(ImpsciJson.read(ImpsciJson.write(m), TaxonomyMapping.class, "m")).isEqualTo(m);
  }

  /**
   * A mapping may write its CFIR 2.0 constructs as rating CSVs do, with the {@code cfir-2.0:}
   * prefix: the shared reference rule strips a framework's own prefix.
   */
  @Test
  void aMappingAcceptsTheCfir20PrefixThatRatingCsvsUse() {
    TaxonomyMapping m = TaxonomyMapping.load(json(
        "{\"taxonomy\":\"sp-themes\",\"source\":{\"citation\":\"test mapping\"},\"themes\":"
            + "[{\"theme\":\"workforce\",\"cfir\":[\"cfir-2.0:inner-setting.culture\","
            + "\"inner-setting.structural-characteristics.it-infrastructure\"]}]}"),
        "m.json", THEMES);
    assertThat(m.cfir20("workforce"))
        .containsExactly(Cfir20Construct.CULTURE, Cfir20Construct.IT_INFRASTRUCTURE);
  }
}
