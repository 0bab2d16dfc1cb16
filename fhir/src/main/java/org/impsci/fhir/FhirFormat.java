package org.impsci.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.impsci.assessment.InputLocation;
import org.impsci.assessment.InvalidInputException;

/**
 * The two FHIR encodings, JSON and XML, written and read through HAPI FHIR's R4 context (made
 * once, shared; thread-safe). A new parser serves each call, as HAPI's parsers are not
 * thread-safe.
 */
public enum FhirFormat {
  /** FHIR JSON, {@code application/fhir+json}. */
  JSON("application/fhir+json"),
  /** FHIR XML, {@code application/fhir+xml}. */
  XML("application/fhir+xml");

  private final String mediaType;

  FhirFormat(String mediaType) {
    this.mediaType = mediaType;
  }

  /** The media type, for example {@code application/fhir+json}. */
  public String mediaType() {
    return mediaType;
  }

  /** HAPI FHIR's R4 context, shared by everything in this module. */
  public static FhirContext context() {
    return FhirContext.forR4Cached();
  }

  /** The resource in this encoding, indented. */
  public String write(IBaseResource resource) {
    return parser().setPrettyPrint(true).encodeResourceToString(resource);
  }

  /**
   * Reads a resource of the given type.
   *
   * @param in UTF-8 bytes (closed after reading)
   * @param sourceName how error messages name the input
   * @throws InvalidInputException if the text is not a resource of that type in this encoding;
   *     the message names the source and says what the parser found
   * @throws UncheckedIOException if the stream cannot be read
   */
  public <T extends IBaseResource> T read(Class<T> type, InputStream in, String sourceName) {
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return parser().parseResource(type, reader);
    } catch (DataFormatException | ClassCastException e) {
      throw new InvalidInputException(
          InputLocation.in(sourceName),
          "not a FHIR R4 " + type.getSimpleName() + " in " + name() + ": " + e.getMessage(),
          null,
          null,
          e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private IParser parser() {
    return this == JSON ? context().newJsonParser() : context().newXmlParser();
  }
}
