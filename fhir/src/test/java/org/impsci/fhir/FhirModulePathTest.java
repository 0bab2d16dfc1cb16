package org.impsci.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.hl7.fhir.r4.hapi.ctx.FhirR4;
import org.hl7.fhir.r4.model.Questionnaire;
import org.junit.jupiter.api.Test;

/**
 * Unit tests run on the class path; this one reads the module's descriptor and checks that the
 * HAPI FHIR modules it requires are the automatic modules that HAPI's jars become on the module
 * path (they carry no module-info and no Automatic-Module-Name, so the names come from the file
 * names).
 */
class FhirModulePathTest {

  @Test
  void exportsTheApiAndRequiresHapiUnderItsAutomaticNames() {
    ModuleDescriptor d =
        ModuleFinder.of(location(QuestionnaireExport.class))
            .find("org.impsci.fhir")
            .orElseThrow()
            .descriptor();
    assertThat(d.exports()).extracting(ModuleDescriptor.Exports::source).containsExactly("org.impsci.fhir");
    assertThat(d.requires())
        .extracting(ModuleDescriptor.Requires::name)
        .contains("org.impsci.assessment", "hapi.fhir.base", "org.hl7.fhir.r4", "hapi.fhir.structures.r4");

    assertThat(automaticName(FhirContext.class)).isEqualTo("hapi.fhir.base");
    assertThat(automaticName(Questionnaire.class)).isEqualTo("org.hl7.fhir.r4");
    assertThat(automaticName(FhirR4.class)).isEqualTo("hapi.fhir.structures.r4");
  }

  private static String automaticName(Class<?> type) {
    ModuleReference ref = ModuleFinder.of(location(type)).findAll().iterator().next();
    assertThat(ref.descriptor().isAutomatic()).as(type.getName()).isTrue();
    return ref.descriptor().name();
  }

  private static Path location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
