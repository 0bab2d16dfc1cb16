package org.impsci.assessment.qda;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.impsci.assessment.InputLocation;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.coding.CodingFrame;
import org.impsci.assessment.coding.CodingFrameEntry;
import org.impsci.assessment.framework.Framework;
import org.impsci.assessment.internal.SafeXml;
import org.w3c.dom.Element;

/**
 * Writes a framework's tree as nested REFI-QDA {@code Code} elements and reads nested codes back,
 * in either the project or the codebook namespace.
 *
 * <p>A code's {@code Description} is the construct's definition, a blank line, {@code Source: }
 * and the citation, and a last line {@code impsci code framework:construct, kind k} from which an
 * import recovers the construct id and kind.
 */
final class CodesXml {
  private static final Pattern TRAILER =
      Pattern.compile("\\n?impsci code ([a-z0-9.-]+):([a-z0-9.-]+), kind ([a-z0-9-]+)\\s*$");
  private static final String SOURCE = "\n\nSource: ";

  private CodesXml() {}

  /** A code read from XML: where it sits in the tree and what it says. */
  record QdaCode(
      String guid, String name, Optional<String> description, Optional<String> parentGuid,
      int order, String path) {

    /** The construct id and kind an impsci export left in the description. */
    Optional<Matcher> trailer() {
      return description.map(TRAILER::matcher).filter(Matcher::find);
    }

    /** The definition: the description without the source and trailer lines. */
    Optional<String> definition() {
      return description.map(
          d -> {
            String text = TRAILER.matcher(d).replaceFirst("");
            int source = text.lastIndexOf(SOURCE);
            return (source >= 0 ? text.substring(0, source) : text).strip();
          })
          .filter(d -> !d.isEmpty());
    }
  }

  /** Writes every construct of a framework as nested codes, top-level constructs first. */
  static void write(XMLStreamWriter w, String ns, Framework framework) throws XMLStreamException {
    List<CodingFrameEntry> codes = CodingFrame.of(framework).codes();
    int depth = -1;
    for (CodingFrameEntry e : codes) {
      for (; depth >= e.depth(); depth--) {
        w.writeEndElement();
      }
      w.writeStartElement(ns, "Code");
      w.writeAttribute("guid", QdaGuids.code(e.code()));
      w.writeAttribute("name", e.label());
      w.writeAttribute("isCodable", "true");
      w.writeStartElement(ns, "Description");
      w.writeCharacters(description(e));
      w.writeEndElement();
      depth = e.depth();
    }
    for (; depth >= 0; depth--) {
      w.writeEndElement();
    }
  }

  static String description(CodingFrameEntry e) {
    return e.definition() + SOURCE + e.citation() + "\nimpsci code " + e.code() + ", kind "
        + e.kind();
  }

  /**
   * Reads the codes under a {@code Codes} element, parents before children, in document order.
   *
   * @throws InvalidInputException naming the element if a code lacks its guid or name, or a guid
   *     is used twice
   */
  static List<QdaCode> read(Element codes, String sourceName, String path) {
    List<QdaCode> out = new ArrayList<>();
    readChildren(codes, null, sourceName, path, out, new HashSet<>());
    return out;
  }

  private static void readChildren(
      Element parent, String parentGuid, String sourceName, String path, List<QdaCode> out,
      Set<String> guids) {
    int order = 0;
    for (Element code : SafeXml.children(parent, "Code")) {
      order++;
      String here = path + "/Code[" + order + "]";
      InputLocation at = InputLocation.in(sourceName).withPath(here);
      String guid =
          SafeXml.attribute(code, "guid")
              .map(QdaGuids::normalize)
              .orElseThrow(() -> new InvalidInputException(at, "a Code has no guid"));
      String name =
          SafeXml.attribute(code, "name")
              .filter(n -> !n.isBlank())
              .orElseThrow(() -> new InvalidInputException(at, "a Code has no name"));
      if (!guids.add(guid)) {
        throw new InvalidInputException(at, "code guid used twice", guid, "a unique guid");
      }
      Optional<String> description =
          SafeXml.child(code, "Description").map(Element::getTextContent);
      out.add(
          new QdaCode(guid, name, description, Optional.ofNullable(parentGuid), order,
              here + "[@name='" + name + "']"));
      readChildren(code, guid, sourceName, here, out, guids);
    }
  }
}
