package org.impsci.qda;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.impsci.assessment.InputLocation;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.Source;
import org.impsci.assessment.coding.CodingFrame;
import org.impsci.assessment.coding.CodingFrameEntry;
import org.impsci.assessment.framework.Construct;
import org.impsci.assessment.framework.Framework;
import org.impsci.assessment.internal.CodeLineJson;
import org.impsci.assessment.internal.Ids;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.qda.internal.SafeXml;
import org.w3c.dom.Element;

/**
 * Writes a framework's tree as nested REFI-QDA {@code Code} elements and reads nested codes back,
 * in either the project or the codebook namespace.
 *
 * <p>A code's {@code Description} is the construct's definition, a blank line, {@code Source: }
 * and the citation on one line (line breaks in it written as spaces), then the impsci lines: where
 * the construct lists sources of its own, {@code impsci sources} and a JSON array of them; where
 * it has aliases, {@code impsci aliases} and a JSON array of them (see {@link CodeLineJson}: each
 * array on one line, whatever commas, semicolons, quotes or line breaks its text holds); and last
 * {@code impsci code framework:construct, kind k}, from which an import recovers the construct id
 * and kind. The code line comes last so that a reader that knows only that line still finds it,
 * and the definition before the citation.
 *
 * <p>The impsci lines are the lines at the end of the description that begin {@code impsci code},
 * {@code impsci sources} or {@code impsci aliases} (trailing white space, such as a carriage
 * return, ignored). Without a sources or aliases line, the description is read as before these
 * lines existed: the construct id and kind come from a code line at its very end, if there is
 * one. With one, the impsci lines must be exactly one valid code line and at most one sources and
 * one aliases line, in any order, and no sources or aliases line may stand anywhere else in the
 * description; otherwise the code is in error, never read with the line left out.
 */
final class CodesXml {
  /** The code line; the ids' characters as {@link Ids} allows them, checked when the construct is built. */
  private static final String CODE =
      "impsci code ([\\p{Ll}\\p{Lo}\\p{Lm}\\p{M}\\p{Nd}.-]+):([\\p{Ll}\\p{Lo}\\p{Lm}\\p{M}\\p{Nd}.-]+),"
          + " kind ([a-z0-9-]+)";
  /** The code line at the very end of a description, as read before the other impsci lines. */
  private static final Pattern TRAILER = Pattern.compile("\\n?" + CODE + "\\s*$");
  private static final Pattern CODE_LINE = Pattern.compile(CODE);
  /** A sources or aliases line: its keyword and, after white space, its JSON. */
  private static final Pattern LIST_LINE =
      Pattern.compile("impsci (sources|aliases)(?:\\s+(.*))?");
  private static final String SOURCE = "\n\nSource: ";
  private static final String SOURCES = "sources";

  private CodesXml() {}

  /**
   * What the impsci lines of a code's description say: the construct id and kind, and its own
   * sources and aliases (empty where the description has no such line).
   */
  record Trailer(String id, String kind, List<Source> sources, List<String> aliases) {}

  /** A code read from XML: where it sits in the tree and what it says. */
  record QdaCode(
      String guid, String name, Optional<String> description, Optional<String> parentGuid,
      int order, String path, Optional<String> color, boolean codable) {

    /**
     * What the impsci lines of the description say, if it has them.
     *
     * @param sourceName the file name used in messages
     * @throws InvalidInputException naming the file and the code's path if the description has a
     *     sources or aliases line and its impsci lines are not as {@link CodesXml} describes them
     */
    Optional<Trailer> trailer(String sourceName) {
      if (description.isEmpty()) {
        return Optional.empty();
      }
      Lines lines = Lines.of(description.get());
      InputLocation at = InputLocation.in(sourceName).withPath(path + "/Description");
      for (String line : lines.text().split("\n", -1)) {
        Matcher stray = LIST_LINE.matcher(line.strip());
        if (stray.matches()) {
          throw new InvalidInputException(
              at, "an impsci " + stray.group(1) + " line is not among the impsci lines at the end"
                  + " of the description", shorten(stray.group()),
              "the impsci lines last, the impsci code line among them");
        }
      }
      if (!lines.hasLists()) {
        return Optional.of(TRAILER.matcher(description.get()))
            .filter(Matcher::find)
            .map(m -> new Trailer(m.group(2), m.group(3), List.of(), List.of()));
      }
      Matcher code = null;
      List<Source> sources = null;
      List<String> aliases = null;
      for (String line : lines.impsci()) {
        Matcher list = LIST_LINE.matcher(line);
        if (list.matches()) {
          String json = list.group(2) == null ? "" : list.group(2);
          if (list.group(1).equals(SOURCES)) {
            once(sources, line, at);
            sources = read(SOURCES, json, line, at, CodeLineJson::readSources);
          } else {
            once(aliases, line, at);
            aliases = read("aliases", json, line, at, CodeLineJson::readTexts);
          }
          continue;
        }
        Matcher m = CODE_LINE.matcher(line);
        if (!m.matches()) {
          throw new InvalidInputException(
              at, "the impsci code line is not valid", shorten(line),
              "impsci code framework:construct, kind k");
        }
        once(code, line, at);
        code = m;
      }
      if (code == null) {
        throw new InvalidInputException(
            at, "the description has impsci sources or aliases but no impsci code line", null,
            "impsci code framework:construct, kind k as the last line");
      }
      return Optional.of(
          new Trailer(
              code.group(2), code.group(3), sources == null ? List.of() : sources,
              aliases == null ? List.of() : aliases));
    }

    /** The definition: the description without the citation and the impsci lines. */
    Optional<String> definition() {
      return description.map(
          d -> {
            Lines lines = Lines.of(d);
            String text = lines.hasLists() ? lines.text() : TRAILER.matcher(d).replaceFirst("");
            int source = text.lastIndexOf(SOURCE);
            return (source >= 0 ? text.substring(0, source) : text).strip();
          })
          .filter(d -> !d.isEmpty());
    }
  }

  /** Fails if an impsci line of this keyword was read already. */
  private static void once(Object read, String line, InputLocation at) {
    if (read != null) {
      throw new InvalidInputException(
          at, "an impsci line is given twice", shorten(line), "each impsci line at most once");
    }
  }

  /** Reads the JSON of a sources or aliases line, naming the code in an error. */
  private static <T> T read(
      String keyword, String json, String line, InputLocation at,
      BiFunction<String, String, T> reader) {
    try {
      return reader.apply(json, at.source().orElse(""));
    } catch (InvalidInputException e) {
      String where = e.location().path().map(p -> " at " + p).orElse("");
      throw new InvalidInputException(
          at, "the impsci " + keyword + " line is not a valid JSON array" + where + ": "
              + e.problem(), shorten(line), e.allowed().orElse(null), e);
    }
  }

  private static String shorten(String line) {
    return line.length() <= 80 ? line : line.substring(0, 80) + "...";
  }

  /** A description split into the text before its impsci lines and those lines, stripped. */
  private record Lines(String text, List<String> impsci) {
    static Lines of(String description) {
      String[] lines = description.split("\n", -1);
      int end = lines.length;
      while (end > 0 && lines[end - 1].isBlank()) {
        end--;
      }
      int start = end;
      while (start > 0 && isImpsci(lines[start - 1].strip())) {
        start--;
      }
      return new Lines(
          String.join("\n", Arrays.asList(lines).subList(0, start)),
          Arrays.stream(lines, start, end).map(String::strip).toList());
    }

    private static boolean isImpsci(String line) {
      return line.startsWith("impsci code ") || LIST_LINE.matcher(line).matches();
    }

    /** Whether the impsci lines include a sources or aliases line. */
    boolean hasLists() {
      return impsci.stream().anyMatch(l -> LIST_LINE.matcher(l).matches());
    }
  }

  /**
   * Writes every construct of a framework as nested codes, top-level constructs first, each
   * codable and coloured as {@code display} says.
   */
  static void write(XMLStreamWriter w, String ns, Framework framework, CodeDisplay display)
      throws XMLStreamException {
    List<CodingFrameEntry> codes = CodingFrame.of(framework).codes();
    int depth = -1;
    for (CodingFrameEntry e : codes) {
      for (; depth >= e.depth(); depth--) {
        w.writeEndElement();
      }
      w.writeStartElement(ns, "Code");
      w.writeAttribute("guid", QdaGuids.code(e.code()));
      w.writeAttribute("name", e.label());
      CodeDisplayXml.writeAttributes(w, e.code(), display);
      w.writeStartElement(ns, "Description");
      w.writeCharacters(description(e, framework.constructsById().get(e.code().construct())));
      w.writeEndElement();
      depth = e.depth();
    }
    for (; depth >= 0; depth--) {
      w.writeEndElement();
    }
  }

  /**
   * A code's description: the definition, the citation (the framework's where the construct has
   * no sources of its own) on one line, and the impsci lines.
   */
  static String description(CodingFrameEntry e, Construct c) {
    StringBuilder d =
        new StringBuilder(e.definition())
            .append(SOURCE)
            .append(e.citation().replaceAll("[\\r\\n]+", " "));
    if (!c.sources().isEmpty()) {
      d.append("\nimpsci sources ").append(ImpsciJson.write(c.sources()));
    }
    if (!c.aliases().isEmpty()) {
      d.append("\nimpsci aliases ").append(ImpsciJson.write(c.aliases()));
    }
    return d.append("\nimpsci code ").append(e.code()).append(", kind ").append(e.kind()).toString();
  }

  /**
   * Reads the codes under a {@code Codes} element, parents before children, in document order.
   *
   * @throws InvalidInputException naming the element if a code lacks its guid or name, or a guid
   *     is used twice
   */
  static List<QdaCode> read(Element codes, String sourceName, String path) {
    List<QdaCode> out = new ArrayList<>();
    Set<String> guids = new HashSet<>();
    // Depth first, without recursion: each entry is a code element still to read, with its
    // parent's guid, its order among its siblings and its parent's path.
    Deque<Pending> pending = new ArrayDeque<>();
    push(pending, codes, null, path);
    while (!pending.isEmpty()) {
      Pending next = pending.pop();
      Element code = next.code();
      String here = next.parentPath() + "/Code[" + next.order() + "]";
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
      Optional<String> description = SafeXml.child(code, "Description").map(SafeXml::text);
      Optional<String> color = SafeXml.attribute(code, "color").map(String::strip);
      if (color.isPresent() && !CodeDisplay.COLOR.matcher(color.get()).matches()) {
        throw new InvalidInputException(
            at.withPath(here + "/@color"), "not a colour", color.get(),
            "# and 3 or 6 hexadecimal digits, as #46AA00");
      }
      // xsd:boolean: "false" or "0" make a folder; absent, the standard's default, is codable.
      boolean codable = SafeXml.attribute(code, "isCodable")
          .map(c -> !c.strip().equals("false") && !c.strip().equals("0")).orElse(true);
      out.add(
          new QdaCode(guid, name, description, Optional.ofNullable(next.parentGuid()), next.order(),
              here + "[@name='" + name + "']", color, codable));
      push(pending, code, guid, here);
    }
    return out;
  }

  /** Puts a parent's child codes on the stack so that the first is read next. */
  private static void push(Deque<Pending> pending, Element parent, String parentGuid, String path) {
    List<Element> children = SafeXml.children(parent, "Code");
    for (int i = children.size() - 1; i >= 0; i--) {
      pending.push(new Pending(children.get(i), parentGuid, i + 1, path));
    }
  }

  /** A code element to read: its parent's guid (null at the top), order and parent's path. */
  private record Pending(Element code, String parentGuid, int order, String parentPath) {}
}
