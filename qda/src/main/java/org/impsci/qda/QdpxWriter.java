package org.impsci.qda;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.impsci.assessment.InputLocation;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.coding.CodedSegment;
import org.impsci.assessment.coding.CodingAnalysis;
import org.impsci.assessment.coding.Valence;
import org.impsci.assessment.framework.ConstructRef;
import org.impsci.assessment.framework.Framework;
import org.impsci.assessment.framework.Frameworks;

/**
 * Writes coded segments as a REFI-QDA project ({@code .qdpx}): a zip with {@code project.qde} and
 * each source's text as {@code Sources/<guid>.txt} (UTF-8), which {@link QdpxReader} reads back to
 * equal segments.
 *
 * <p>The project holds:
 * <ul>
 *   <li>a codebook with one non-codable code per framework used (named by the framework) holding
 *       the framework's whole tree as in {@link QdcCodebook}, and, if any segment has a valence, a
 *       non-codable code {@code Valence} with the codes {@code Barrier}, {@code Facilitator} and
 *       {@code Neutral};
 *   <li>Text variables {@code participant}, {@code role}, {@code site} and {@code wave}, and one
 *       case per distinct participant, role, site and wave, named by the participant id, with
 *       those values and a reference to each of its selections;
 *   <li>one text source per source name, in order of first appearance, with one selection per
 *       segment (in the order given; the memo as its description) coded with the segment's codes,
 *       then its valence.
 * </ul>
 * Every GUID is name-based (see {@link QdaGuids}), so the same segments give the same file.
 *
 * <p>Thread-safe: it has only static methods and immutable, lazily loaded data.
 */
public final class QdpxWriter {
  static final String NAMESPACE = "urn:QDA-XML:project:1.0";
  static final List<String> VARIABLES = List.of("participant", "role", "site", "wave");
  private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

  private QdpxWriter() {}

  /** Writes a project file; see {@link #write(Frameworks, List, Map, String, OutputStream)}. */
  public static void write(
      Frameworks frameworks, List<CodedSegment> segments, Map<String, String> sourceTexts,
      String projectName, Path file) {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(frameworks, segments, sourceTexts, projectName, out);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + file, e);
    }
  }

  /**
   * Writes a project.
   *
   * @param frameworks where the segments' codes come from
   * @param segments the segments, each source's in the order its selections should have
   * @param sourceTexts the full text of every source named by a segment
   * @param projectName the project's name
   * @param out where the zip goes (not closed)
   * @throws InvalidInputException if a code is unknown, a source has no text, or a segment's span
   *     is outside its source's text or its quoted text differs from the source's
   */
  public static void write(
      Frameworks frameworks, List<CodedSegment> segments, Map<String, String> sourceTexts,
      String projectName, OutputStream out) {
    write(frameworks, segments, sourceTexts, CodeDisplay.none(), projectName, out);
  }

  /**
   * Writes a project whose codes have the colours, folders and sets of {@code display}; see
   * {@link #write(Frameworks, List, Map, String, OutputStream)}. The codebook then holds every
   * framework that a segment or {@code display} names.
   *
   * @throws InvalidInputException as the other form does
   * @throws IllegalArgumentException if {@code display} names an unknown construct
   */
  public static void write(
      Frameworks frameworks, List<CodedSegment> segments, Map<String, String> sourceTexts,
      CodeDisplay display, String projectName, OutputStream out) {
    CodingAnalysis.of(frameworks, segments); // checks every code
    checkDisplay(frameworks, display);
    Map<String, List<CodedSegment>> bySource = new LinkedHashMap<>();
    Map<String, SourceText> texts = new HashMap<>();
    for (int i = 0; i < segments.size(); i++) {
      CodedSegment s = segments.get(i);
      String text = sourceTexts.get(s.source());
      check(s, i, text == null ? null : texts.computeIfAbsent(s.source(), k -> new SourceText(text)));
      bySource.computeIfAbsent(s.source(), k -> new ArrayList<>()).add(s);
    }
    try {
      ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
      zip.putNextEntry(entry("project.qde"));
      XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(zip, "UTF-8");
      new Project(w, frameworks, segments, bySource, display).write(projectName);
      w.close();
      zip.closeEntry();
      for (String source : bySource.keySet()) {
        zip.putNextEntry(entry("Sources/" + sourceGuid(source) + ".txt"));
        zip.write(sourceTexts.get(source).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
      zip.finish();
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the project", e);
    } catch (XMLStreamException e) {
      throw new IllegalStateException("could not write project.qde", e);
    }
  }

  /** Fails unless every construct {@code display} names is in the registry, by id. */
  private static void checkDisplay(Frameworks frameworks, CodeDisplay display) {
    Set<ConstructRef> named = new LinkedHashSet<>(display.colors().keySet());
    named.addAll(display.notCodable());
    display.sets().forEach(set -> named.addAll(set.codes()));
    for (ConstructRef ref : named) {
      boolean known = frameworks.find(ref.framework())
          .filter(f -> f.constructsById().containsKey(ref.construct())).isPresent();
      if (!known) {
        throw new IllegalArgumentException(
            "the code display names " + ref + ", which is not a construct id of the registry");
      }
    }
  }

  static String sourceGuid(String source) {
    return QdaGuids.of("source", source);
  }

  static String valenceGuid(Valence v) {
    return QdaGuids.of("valence", v.id());
  }

  private static ZipEntry entry(String name) {
    ZipEntry e = new ZipEntry(name);
    e.setTimeLocal(ENTRY_TIME);
    return e;
  }

  private static void check(CodedSegment s, int index, SourceText text) {
    InputLocation at =
        InputLocation.in("segment " + (index + 1) + " (source '" + s.source() + "')");
    if (text == null) {
      throw new InvalidInputException(at, "no text was given for source '" + s.source() + "'");
    }
    int length = text.length(PositionUnit.CODE_POINTS);
    if (s.end() > length) {
      throw new InvalidInputException(
          at, "the span ends after the text", s.start() + "-" + s.end(),
          "within 0-" + length);
    }
    String quoted = text.between(s.start(), s.end());
    if (!quoted.equals(s.text())) {
      throw new InvalidInputException(
          at, "the quoted text differs from the source's text at " + s.start() + "-" + s.end(),
          s.text(), quoted);
    }
  }

  /** Writes project.qde. */
  private static final class Project {
    private final XMLStreamWriter w;
    private final Frameworks frameworks;
    private final List<CodedSegment> segments;
    private final Map<String, List<CodedSegment>> bySource;
    private final CodeDisplay display;

    Project(XMLStreamWriter w, Frameworks frameworks, List<CodedSegment> segments,
        Map<String, List<CodedSegment>> bySource, CodeDisplay display) {
      this.w = w;
      this.frameworks = frameworks;
      this.segments = segments;
      this.bySource = bySource;
      this.display = display;
    }

    void write(String projectName) throws XMLStreamException {
      w.writeStartDocument("UTF-8", "1.0");
      w.setDefaultNamespace(NAMESPACE);
      w.writeStartElement(NAMESPACE, "Project");
      w.writeDefaultNamespace(NAMESPACE);
      w.writeAttribute("name", projectName);
      w.writeAttribute("origin", QdcCodebook.ORIGIN);
      if (!segments.isEmpty()) {
        codebook();
        variables();
        cases();
        sources();
        CodeDisplayXml.writeSets(w, NAMESPACE, display.sets());
      }
      w.writeEndElement();
      w.writeEndDocument();
    }

    private void codebook() throws XMLStreamException {
      w.writeStartElement(NAMESPACE, "CodeBook");
      w.writeStartElement(NAMESPACE, "Codes");
      TreeSet<String> used = new TreeSet<>();
      segments.forEach(s -> s.codes().forEach(c -> used.add(c.framework())));
      display.colors().keySet().forEach(c -> used.add(c.framework()));
      display.notCodable().forEach(c -> used.add(c.framework()));
      display.sets().forEach(set -> set.codes().forEach(c -> used.add(c.framework())));
      for (String id : used) {
        Framework f = frameworks.get(id);
        group(QdaGuids.of("framework", id), f.name(), "impsci framework " + id);
        CodesXml.write(w, NAMESPACE, f, display);
        w.writeEndElement();
      }
      if (segments.stream().anyMatch(s -> s.valence().isPresent())) {
        group(QdaGuids.of("valence"), "Valence", "impsci valence");
        for (Valence v : Valence.values()) {
          w.writeStartElement(NAMESPACE, "Code");
          w.writeAttribute("guid", valenceGuid(v));
          w.writeAttribute("name", QdpxReader.valenceName(v));
          w.writeAttribute("isCodable", "true");
          w.writeEndElement();
        }
        w.writeEndElement();
      }
      w.writeEndElement();
      w.writeEndElement();
    }

    private void group(String guid, String name, String description) throws XMLStreamException {
      w.writeStartElement(NAMESPACE, "Code");
      w.writeAttribute("guid", guid);
      w.writeAttribute("name", name);
      w.writeAttribute("isCodable", "false");
      text("Description", description);
    }

    private void variables() throws XMLStreamException {
      w.writeStartElement(NAMESPACE, "Variables");
      for (String v : VARIABLES) {
        w.writeStartElement(NAMESPACE, "Variable");
        w.writeAttribute("guid", QdaGuids.of("variable", v));
        w.writeAttribute("name", v);
        w.writeAttribute("typeOfVariable", "Text");
        w.writeEndElement();
      }
      w.writeEndElement();
    }

    private void cases() throws XMLStreamException {
      Map<List<String>, List<String>> cases = new LinkedHashMap<>();
      bySource.forEach(
          (source, list) -> {
            for (int i = 0; i < list.size(); i++) {
              CodedSegment s = list.get(i);
              List<String> who =
                  List.of(s.participantId(), s.participantRole(), s.site(), s.wave().orElse(""));
              cases.computeIfAbsent(who, k -> new ArrayList<>()).add(selectionGuid(source, i));
            }
          });
      w.writeStartElement(NAMESPACE, "Cases");
      for (Map.Entry<List<String>, List<String>> c : cases.entrySet()) {
        List<String> who = c.getKey();
        w.writeStartElement(NAMESPACE, "Case");
        w.writeAttribute("guid", QdaGuids.of("case", String.join("\u0000", who)));
        w.writeAttribute("name", who.get(0));
        for (int v = 0; v < VARIABLES.size(); v++) {
          if (!who.get(v).isEmpty()) {
            w.writeStartElement(NAMESPACE, "VariableValue");
            ref("VariableRef", QdaGuids.of("variable", VARIABLES.get(v)));
            text("TextValue", who.get(v));
            w.writeEndElement();
          }
        }
        for (String selection : c.getValue()) {
          ref("SelectionRef", selection);
        }
        w.writeEndElement();
      }
      w.writeEndElement();
    }

    private void sources() throws XMLStreamException {
      w.writeStartElement(NAMESPACE, "Sources");
      for (Map.Entry<String, List<CodedSegment>> source : bySource.entrySet()) {
        String guid = sourceGuid(source.getKey());
        w.writeStartElement(NAMESPACE, "TextSource");
        w.writeAttribute("guid", guid);
        w.writeAttribute("name", source.getKey());
        w.writeAttribute("plainTextPath", "internal://" + guid + ".txt");
        List<CodedSegment> list = source.getValue();
        for (int i = 0; i < list.size(); i++) {
          selection(selectionGuid(source.getKey(), i), list.get(i));
        }
        w.writeEndElement();
      }
      w.writeEndElement();
    }

    private void selection(String guid, CodedSegment s) throws XMLStreamException {
      w.writeStartElement(NAMESPACE, "PlainTextSelection");
      w.writeAttribute("guid", guid);
      w.writeAttribute("startPosition", Integer.toString(s.start()));
      w.writeAttribute("endPosition", Integer.toString(s.end()));
      if (s.memo().isPresent()) {
        text("Description", s.memo().get());
      }
      for (ConstructRef code : s.codes()) {
        Framework f = frameworks.get(code.framework());
        coding(guid, QdaGuids.code(ConstructRef.of(f.id(), f.require(code.construct()).id())));
      }
      if (s.valence().isPresent()) {
        coding(guid, valenceGuid(s.valence().get()));
      }
      w.writeEndElement();
    }

    private void coding(String selection, String code) throws XMLStreamException {
      w.writeStartElement(NAMESPACE, "Coding");
      w.writeAttribute("guid", QdaGuids.of("coding", selection, code));
      ref("CodeRef", code);
      w.writeEndElement();
    }

    private void ref(String element, String guid) throws XMLStreamException {
      w.writeStartElement(NAMESPACE, element);
      w.writeAttribute("targetGUID", guid);
      w.writeEndElement();
    }

    private void text(String element, String value) throws XMLStreamException {
      w.writeStartElement(NAMESPACE, element);
      w.writeCharacters(value);
      w.writeEndElement();
    }

    private static String selectionGuid(String source, int index) {
      return QdaGuids.of("selection", source, Integer.toString(index));
    }
  }
}
