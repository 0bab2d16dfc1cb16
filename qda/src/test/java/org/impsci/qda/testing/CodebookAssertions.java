package org.impsci.qda.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.impsci.assessment.coding.CodingFrame;
import org.impsci.assessment.framework.Construct;
import org.impsci.assessment.framework.ConstructRef;
import org.impsci.assessment.framework.Framework;
import org.impsci.qda.CodebookHeader;
import org.impsci.qda.QdaGuids;
import org.impsci.qda.QdcCodebook;
import org.xml.sax.SAXException;

/**
 * Checks shared by every module that owns a framework (shipped in assessment-core's test jar): a
 * framework's REFI-QDA codebook validates against the schema, its GUIDs are stable, and it
 * re-imports to the same tree. One line per framework:
 * {@code CodebookAssertions.assertCodebookRoundTrips(NptFrameworks.npt());}
 */
public final class CodebookAssertions {
  private static final Schema CODEBOOK = schema("/qda/Codebook.xsd");
  private static final Schema PROJECT = schema("/qda/Project.xsd");

  private CodebookAssertions() {}

  /**
   * Exports the framework as a {@code .qdc}, validates it, checks that a second export is
   * byte-identical and that every code's GUID is {@link QdaGuids#code}, re-imports it with the
   * framework's own id, name, version and sources and checks that it is the same framework: the
   * same constructs in tree order, each equal to the original in every field (id, label,
   * definition, kind, parent, order, its own sources and its aliases).
   *
   * @return the exported codebook
   */
  public static byte[] assertCodebookRoundTrips(Framework framework) {
    byte[] qdc = export(framework);
    validateCodebook(qdc);
    assertThat(export(framework)).as("a second export is identical").isEqualTo(qdc);
    String xml = new String(qdc, java.nio.charset.StandardCharsets.UTF_8);
    for (Construct c : framework.constructs()) {
      assertThat(xml).contains("guid=\"" + QdaGuids.code(ConstructRef.of(framework.id(), c.id())) + "\"");
    }
    CodebookHeader header =
        CodebookHeader.builder()
            .id(framework.id())
            .name(framework.name())
            .version(framework.version())
            .addAllSources(framework.sources())
            .build();
    Framework back = QdcCodebook.read(new ByteArrayInputStream(qdc), framework.id() + ".qdc", header);
    assertThat(CodingFrame.treeOrder(back))
        .as("the re-imported constructs of %s, in tree order", framework.id())
        .containsExactlyElementsOf(CodingFrame.treeOrder(framework));
    assertThat(back.sources()).isEqualTo(framework.sources());
    return qdc;
  }

  /** Validates a codebook against the codebook schema. */
  public static void validateCodebook(byte[] qdc) {
    validate(CODEBOOK, qdc);
  }

  /** Validates a project.qde against the REFI-QDA project schema. */
  public static void validateProject(byte[] qde) {
    validate(PROJECT, qde);
  }

  private static byte[] export(Framework framework) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    QdcCodebook.write(framework, out);
    return out.toByteArray();
  }

  private static void validate(Schema schema, byte[] xml) {
    try {
      schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    } catch (SAXException | IOException e) {
      throw new AssertionError("not valid against the schema: " + e.getMessage(), e);
    }
  }

  private static Schema schema(String resource) {
    URL url = CodebookAssertions.class.getResource(resource);
    if (url == null) {
      throw new AssertionError("missing schema " + resource);
    }
    try {
      SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      return f.newSchema(url);
    } catch (SAXException e) {
      throw new AssertionError("bad schema " + resource, e);
    }
  }
}
