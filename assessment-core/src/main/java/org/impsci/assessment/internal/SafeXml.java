package org.impsci.assessment.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.impsci.assessment.InputLocation;
import org.impsci.assessment.InvalidInputException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses untrusted XML into a DOM safely: a document type declaration is refused outright, so
 * there are no DTDs, no entity expansion and no external entities; XInclude is off and external
 * DTD and schema access is forbidden. Malformed XML is an {@link InvalidInputException} naming the
 * source, line and column. Namespace-aware; elements are found by local name.
 */
public final class SafeXml {
  private static final String NO_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

  private SafeXml() {}

  /**
   * Parses a whole document.
   *
   * @throws InvalidInputException if the XML is malformed or declares a document type
   */
  public static Document parse(byte[] xml, String sourceName) {
    try {
      DocumentBuilder builder = factory().newDocumentBuilder();
      builder.setErrorHandler(RETHROW);
      builder.setEntityResolver(
          (publicId, systemId) -> {
            throw new SAXException("external entity '" + systemId + "' refused");
          });
      return builder.parse(new ByteArrayInputStream(xml), sourceName);
    } catch (SAXParseException e) {
      InputLocation at = InputLocation.in(sourceName);
      if (e.getLineNumber() > 0) {
        at = at.withLine(e.getLineNumber());
      }
      if (e.getColumnNumber() > 0) {
        at = at.withColumn(Integer.toString(e.getColumnNumber()));
      }
      String message = String.valueOf(e.getMessage());
      String problem =
          message.contains("DOCTYPE")
              ? "a document type declaration (DOCTYPE) is not allowed: DTDs and external entities"
                  + " are refused"
              : "malformed XML: " + message;
      throw new InvalidInputException(at, problem, null, null, e);
    } catch (SAXException e) {
      throw new InvalidInputException(
          InputLocation.in(sourceName), "malformed XML: " + e.getMessage(), null, null, e);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + sourceName, e);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser cannot be made safe", e);
    }
  }

  /** The child elements of an element with a local name, in document order. */
  public static List<Element> children(Element parent, String localName) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && localName.equals(e.getLocalName())) {
        out.add(e);
      }
    }
    return out;
  }

  /** The first child element with a local name. */
  public static Optional<Element> child(Element parent, String localName) {
    List<Element> all = children(parent, localName);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /** An attribute's value, or empty if the element lacks it. */
  public static Optional<String> attribute(Element element, String name) {
    return element.hasAttribute(name) ? Optional.of(element.getAttribute(name)) : Optional.empty();
  }

  private static DocumentBuilderFactory factory() throws ParserConfigurationException {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature(NO_DOCTYPE, true);
    f.setFeature("http://xml.org/sax/features/external-general-entities", false);
    f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    f.setXIncludeAware(false);
    f.setExpandEntityReferences(false);
    return f;
  }

  private static final ErrorHandler RETHROW =
      new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
          // warnings do not stop parsing
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          throw e;
        }
      };
}
