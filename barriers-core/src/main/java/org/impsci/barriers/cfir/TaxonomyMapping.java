package org.impsci.barriers.cfir;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.impsci.assessment.ImpsciStyle;
import org.impsci.assessment.InputLocation;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.Source;
import org.impsci.assessment.framework.Framework;
import org.impsci.assessment.io.ImpsciJson;

/**
 * A mapping of a study's own barrier themes onto CFIR 2.0, so that a theme reaches whatever is
 * keyed to CFIR: CFIR 2.0 constructs directly, CFIR 2009 (and what is keyed to it) through the
 * {@link CfirCrosswalk}. The themes themselves are a {@link Framework} loaded with the kernel's
 * {@link org.impsci.assessment.framework.FrameworkLoader}, so ratings and coding can use them as
 * {@code taxonomy:theme} like any construct.
 *
 * <p>JSON form:
 *
 * <pre>{@code
 * {"taxonomy": "sp-themes",
 *  "source": {"citation": "Our study 2024, mapping by the study team"},
 *  "themes": [{"theme": "workforce", "cfir": ["inner-setting.structural-characteristics.work-infrastructure"],
 *              "note": "staffing and capacity"}]}
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ImpsciStyle
@JsonSerialize(as = ImmutableTaxonomyMapping.class)
@JsonDeserialize(as = ImmutableTaxonomyMapping.class)
public interface TaxonomyMapping {

  /** The id of the taxonomy (a framework) whose themes are mapped. */
  String taxonomy();

  /** Who made the mapping and on what basis. */
  Source source();

  /** The themes and their CFIR 2.0 constructs. */
  List<ThemeMapping> themes();

  /**
   * Reads a mapping and checks it against its taxonomy: the taxonomy id matches and every theme
   * exists in it.
   *
   * @throws InvalidInputException naming the source and the JSON path of the problem
   */
  static TaxonomyMapping load(InputStream in, String sourceName, Framework taxonomy) {
    TaxonomyMapping m = ImpsciJson.read(in, TaxonomyMapping.class, sourceName);
    InputLocation where = InputLocation.in(sourceName);
    if (!m.taxonomy().equals(taxonomy.id())) {
      throw new InvalidInputException(
          where.withPath("taxonomy"), "the mapping is for another taxonomy", m.taxonomy(),
          taxonomy.id());
    }
    for (int i = 0; i < m.themes().size(); i++) {
      String theme = m.themes().get(i).theme();
      if (!taxonomy.constructsById().containsKey(theme)) {
        throw new InvalidInputException(
            where.withPath("themes[" + i + "].theme"),
            "no theme '" + theme + "' in taxonomy '" + taxonomy.id() + "'", theme,
            "one of " + String.join(", ", taxonomy.constructsById().keySet()));
      }
    }
    return m;
  }

  /** The mappings by theme. */
  @JsonIgnore
  @Value.Lazy
  default Map<String, ThemeMapping> byTheme() {
    Map<String, ThemeMapping> map = new LinkedHashMap<>();
    themes().forEach(t -> map.put(t.theme(), t));
    return map;
  }

  /**
   * The CFIR 2.0 constructs of a theme.
   *
   * @throws InvalidInputException if the theme is not mapped
   */
  default List<Cfir20Construct> cfir20(String theme) {
    ThemeMapping t = byTheme().get(theme);
    if (t == null) {
      throw new InvalidInputException(
          InputLocation.in("mapping of '" + taxonomy() + "'"), "theme '" + theme + "' is not mapped",
          theme, "one of " + String.join(", ", byTheme().keySet()));
    }
    return t.cfir();
  }

  /**
   * Where a theme lands in CFIR 2009: for each of its CFIR 2.0 constructs, the crosswalk result,
   * which says whether that step is lossy.
   *
   * @throws InvalidInputException if the theme is not mapped
   */
  default List<CrosswalkResult> cfir2009(String theme) {
    CfirCrosswalk crosswalk = CfirFrameworks.crosswalk();
    return cfir20(theme).stream().map(crosswalk::to2009).collect(Collectors.toList());
  }

  /** Checks that no theme is mapped twice. */
  @Value.Check
  default void check() {
    if (themes().stream().map(ThemeMapping::theme).distinct().count() != themes().size()) {
      throw new IllegalArgumentException("mapping of '" + taxonomy() + "' lists a theme twice");
    }
  }

  /** A new, empty builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TaxonomyMapping}; its setters chain and {@code build()} checks the value. */
  final class Builder extends ImmutableTaxonomyMapping.Builder {
    Builder() {}
  }
}
