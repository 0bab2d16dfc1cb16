package org.impsci.qda.internal;

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
 * DTD and schema access is forbidden; elements nest at most {@value #MAX_DEPTH} deep. Malformed
 * XML is an {@link InvalidInputException} naming the source, line and column. Namespace-aware;
 * elements are found by local name. Nothing here recurses on the document's depth.
 */
public final class SafeXml {
  /** The deepest nesting of elements parsed, the root element being at depth 1. */
  public static final int MAX_DEPTH = 256;

  private static final String NO_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
  /** The JDK parser's limit on element depth, and the word its message names the limit by. */
  private static final String DEPTH_LIMIT = "jdk.xml.maxElementDepth";
  private static final String DEPTH_MESSAGE = "maxElementDepth";

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
      if (message.contains(DEPTH_MESSAGE)) {
        throw new InvalidInputException(
            at, "the elements are nested deeper than the limit", null,
            "at most " + MAX_DEPTH + " levels of nested elements", e);
      }
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

  /**
   * The text of an element and all its descendants in document order, as {@link
   * Node#getTextContent()} gives it (text and CDATA, without comments and processing
   * instructions), walked without recursion.
   */
  public static String text(Element element) {
    StringBuilder out = new StringBuilder();
    Node n = element.getFirstChild();
    while (n != null) {
      if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
        out.append(n.getNodeValue());
      }
      if (n.getNodeType() == Node.ELEMENT_NODE && n.getFirstChild() != null) {
        n = n.getFirstChild();
        continue;
      }
      while (n != element && n.getNextSibling() == null) {
        n = n.getParentNode();
      }
      n = n == element ? null : n.getNextSibling();
    }
    return out.toString();
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
    f.setAttribute(DEPTH_LIMIT, Integer.toString(MAX_DEPTH));
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
