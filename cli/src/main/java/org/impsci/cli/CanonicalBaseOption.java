package org.impsci.cli;

import org.impsci.fhir.Canonicals;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --canonical-base URL}: the base of the canonical URLs of the FHIR resources written and
 * read ({@link Canonicals}), by default {@value Canonicals#DEFAULT_BASE}.
 */
final class CanonicalBaseOption {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--canonical-base",
      paramLabel = "URL",
      defaultValue = Canonicals.DEFAULT_BASE,
      description = "The base of the FHIR canonical URLs (Questionnaire, CodeSystems), an absolute http(s) URL (default: ${DEFAULT-VALUE}).")
  String base;

  /** The canonical URLs under the base; a base that is no absolute http(s) URL is a usage error. */
  Canonicals canonicals() {
    try {
      return Canonicals.under(base);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--canonical-base: " + e.getMessage());
    }
  }
}
