package org.impsci.qda;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.impsci.assessment.InputLocation;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.framework.ConstructRef;
import org.impsci.qda.internal.SafeXml;
import org.w3c.dom.Element;

/**
 * Reads and writes what a {@link CodeDisplay} holds: a code's {@code isCodable} and {@code color}
 * attributes, and {@code Sets} of {@code MemberCode}s, in a codebook or a project. A member is
 * named by its {@code targetGUID}, or by {@code guid} as ATLAS.ti 23 writes it in a codebook;
 * members that are sources or notes are not read.
 */
final class CodeDisplayXml {
  private CodeDisplayXml() {}

  /**
   * What the codes and sets say, for the codes that {@code construct} maps (others are left out,
   * and so are sets left with no code).
   *
   * @param sets the element holding the {@code Set}s, if there is one
   * @throws InvalidInputException naming the set if it has no name or a member is no code read
   */
  static CodeDisplay read(
      List<CodesXml.QdaCode> codes, Optional<Element> sets, String sourceName, String setsPath,
      Function<CodesXml.QdaCode, Optional<ConstructRef>> construct) {
    CodeDisplay.Builder display = CodeDisplay.builder();
    Map<String, CodesXml.QdaCode> byGuid = new HashMap<>();
    for (CodesXml.QdaCode code : codes) {
      byGuid.put(code.guid(), code);
      Optional<ConstructRef> ref = construct.apply(code);
      if (ref.isPresent()) {
        code.color().ifPresent(c -> display.putColors(ref.get(), c));
        if (!code.codable()) {
          display.addNotCodable(ref.get());
        }
      }
    }
    if (sets.isEmpty()) {
      return display.build();
    }
    int n = 0;
    for (Element set : SafeXml.children(sets.get(), "Set")) {
      n++;
      String here = setsPath + "/Set[" + n + "]";
      String name = SafeXml.attribute(set, "name").filter(s -> !s.isBlank())
          .orElseThrow(() -> new InvalidInputException(
              InputLocation.in(sourceName).withPath(here), "a Set has no name"));
      List<ConstructRef> members = new ArrayList<>();
      int m = 0;
      for (Element member : SafeXml.children(set, "MemberCode")) {
        m++;
        InputLocation at = InputLocation.in(sourceName).withPath(here + "/MemberCode[" + m + "]");
        String guid = SafeXml.attribute(member, "targetGUID").or(() -> SafeXml.attribute(member, "guid"))
            .map(QdaGuids::normalize)
            .orElseThrow(() -> new InvalidInputException(at, "a MemberCode has no targetGUID"));
        CodesXml.QdaCode code = byGuid.get(guid);
        if (code == null) {
          throw new InvalidInputException(
              at, "set '" + name + "' names a code that the codebook does not have", guid,
              "a code of the codebook");
        }
        construct.apply(code).filter(r -> !members.contains(r)).ifPresent(members::add);
      }
      if (!members.isEmpty()) {
        display.addSets(CodeSet.builder()
            .name(name)
            .description(SafeXml.child(set, "Description").map(SafeXml::text).filter(d -> !d.isBlank()))
            .addAllCodes(members)
            .build());
      }
    }
    return display.build();
  }

  /** Writes a code's {@code isCodable} and, if it has one, {@code color}. */
  static void writeAttributes(XMLStreamWriter w, ConstructRef code, CodeDisplay display)
      throws XMLStreamException {
    w.writeAttribute("isCodable", Boolean.toString(!display.notCodable().contains(code)));
    String color = display.colors().get(code);
    if (color != null) {
      w.writeAttribute("color", color);
    }
  }

  /** Writes the sets as a {@code Sets} element, if there are any. */
  static void writeSets(XMLStreamWriter w, String ns, List<CodeSet> sets) throws XMLStreamException {
    if (sets.isEmpty()) {
      return;
    }
    w.writeStartElement(ns, "Sets");
    for (CodeSet set : sets) {
      w.writeStartElement(ns, "Set");
      w.writeAttribute("guid", QdaGuids.of("set", set.name()));
      w.writeAttribute("name", set.name());
      if (set.description().isPresent()) {
        w.writeStartElement(ns, "Description");
        w.writeCharacters(set.description().get());
        w.writeEndElement();
      }
      for (ConstructRef code : set.codes()) {
        w.writeStartElement(ns, "MemberCode");
        w.writeAttribute("targetGUID", QdaGuids.code(code));
        w.writeEndElement();
      }
      w.writeEndElement();
    }
    w.writeEndElement();
  }
}
