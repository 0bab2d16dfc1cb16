package org.impsci.qda;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.impsci.assessment.ImpsciVersion;
import org.impsci.assessment.InputLocation;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.framework.Construct;
import org.impsci.assessment.framework.ConstructRef;
import org.impsci.assessment.framework.Framework;
import org.impsci.assessment.internal.Ids;
import org.impsci.assessment.internal.RuleViolation;
import org.impsci.qda.internal.SafeXml;
import org.w3c.dom.Element;

/**
 * REFI-QDA codebooks ({@code .qdc}): a {@code CodeBook} element in the namespace {@value #NAMESPACE}
 * holding nested {@code Code}s, which NVivo, MAXQDA, ATLAS.ti and QualCoder import.
 *
 * <p><b>Export.</b> The codebook's {@code origin} is {@code impsci} and its version ({@link
 * org.impsci.assessment.ImpsciVersion}). Every construct becomes a code (codable, unless a {@link
 * CodeDisplay} given makes it a folder, and coloured as that says), nested as in the framework, named by
 * its label, with the GUID of {@link QdaGuids#code} (stable: the same framework always gives the
 * same GUIDs) and a description that people read in the QDA program and impsci reads back: the
 * definition; a blank line and {@code Source: } with the citation on one line (the framework's
 * sources where the construct has none); where the construct lists sources of its own, a line
 * {@code impsci sources} with them as a JSON array ({@code citation}, {@code doi}, {@code locator}
 * as in a framework's JSON); where it has aliases, a line {@code impsci aliases} with them as a
 * JSON array of text; and last a line {@code impsci code framework:construct, kind k}. Each JSON
 * array is on one line, with line breaks in its text escaped, so that commas, semicolons, quotes
 * and line breaks in a citation need no other care. For example:
 *
 * <pre>{@code
 * The setting in which the change happens.
 *
 * Source: Roe 2023, p. 4
 * impsci sources [{"citation":"Roe 2023","locator":"p. 4"}]
 * impsci aliases ["PL"]
 * impsci code toy:place, kind domain
 * }</pre>
 *
 * <p><b>Import.</b> The tree of codes becomes a framework with the {@link CodebookHeader}'s id,
 * name, version and sources, each code a construct ordered as in the file. Where the description
 * ends with the impsci lines, the construct id, kind, own sources and aliases come from them and
 * the definition is the text before the citation, so that an exported framework re-imports to the
 * same tree: ids, labels, definitions, kinds, parents, order, and each construct's own sources
 * (never the framework's, which the {@code Source:} line shows where it has none) and aliases. A
 * codebook exported before the sources and aliases lines existed reads as it did then: the
 * constructs get no sources or aliases of their own. The impsci lines are the last lines of the
 * description that begin {@code impsci code}, {@code impsci sources} or {@code impsci aliases}, in
 * any order, each at most once; a sources or aliases line that is not valid JSON of its kind, is
 * given twice, stands elsewhere in the description, or comes without a valid code line is an
 * {@link InvalidInputException} naming the file and the code's path, never left out. Other codes
 * get a readable id made from the name, in any script (Unicode NFKC, lower case, runs of
 * characters other than letters, marks and digits as '-': {@code 1. Oltás típusa} becomes {@code
 * 1-oltás-típusa}), prefixed with the parent's id and '.', and on a clash the lowest free of
 * {@code -2}, {@code -3}, ... added; their kind is {@code code}, their definition the
 * description, or else the name. The same codebook always gives the same ids.
 *
 * <p>Thread-safe: it has only static methods and immutable, lazily loaded data.
 */
public final class QdcCodebook {
  /** The namespace of a REFI-QDA codebook. */
  public static final String NAMESPACE = "urn:QDA-XML:codebook:1.0";
  /** The largest codebook read, in bytes. */
  public static final int MAX_SIZE = 64 * 1024 * 1024;
  /** A rule's path to a construct of the framework, which is the code at that index. */
  private static final Pattern CONSTRUCT_AT = Pattern.compile("constructs\\[(\\d+)\\]");

  /** The origin impsci writes into codebooks and projects: {@code impsci} and its version. */
  static final String ORIGIN = "impsci " + ImpsciVersion.get();

  private QdcCodebook() {}

  /** Writes a framework as a codebook to a stream (UTF-8; the stream is not closed). */
  public static void write(Framework framework, OutputStream out) {
    write(framework, CodeDisplay.none(), out);
  }

  /**
   * Writes a framework as a codebook to a stream (UTF-8; the stream is not closed), with the
   * colours, folders and sets of {@code display} ({@code Sets} after {@code Codes}).
   *
   * @throws IllegalArgumentException if {@code display} names a construct the framework lacks
   */
  public static void write(Framework framework, CodeDisplay display, OutputStream out) {
    checkDisplay(display, framework);
    try {
      XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      w.writeStartDocument("UTF-8", "1.0");
      w.setDefaultNamespace(NAMESPACE);
      w.writeStartElement(NAMESPACE, "CodeBook");
      w.writeDefaultNamespace(NAMESPACE);
      w.writeAttribute("origin", ORIGIN);
      w.writeStartElement(NAMESPACE, "Codes");
      CodesXml.write(w, NAMESPACE, framework, display);
      w.writeEndElement();
      CodeDisplayXml.writeSets(w, NAMESPACE, display.sets());
      w.writeEndElement();
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("could not write the codebook of " + framework.id(), e);
    }
  }

  /** Fails unless every construct {@code display} names is one of the framework's, by id. */
  private static void checkDisplay(CodeDisplay display, Framework framework) {
    List<ConstructRef> named = new ArrayList<>(display.colors().keySet());
    named.addAll(display.notCodable());
    display.sets().forEach(set -> named.addAll(set.codes()));
    for (ConstructRef ref : named) {
      if (!ref.framework().equals(framework.id())
          || !framework.constructsById().containsKey(ref.construct())) {
        throw new IllegalArgumentException(
            "the code display names " + ref + ", which is not a construct id of " + framework.id());
      }
    }
  }

  /** Writes a framework as a codebook file. */
  public static void write(Framework framework, Path file) {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(framework, out);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + file, e);
    }
  }

  /** Reads a codebook file; see {@link #read(InputStream, String, CodebookHeader)}. */
  public static Framework read(Path file, CodebookHeader header) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.getFileName().toString(), header);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
  }

  /**
   * Reads a codebook into a framework.
   *
   * @param in the codebook (not closed)
   * @param sourceName the file name used in messages
   * @param header the framework's id, name, version and sources
   * @throws InvalidInputException if the XML is malformed, declares a DTD, nests elements more
   *     than 256 deep, is over {@link #MAX_SIZE}, is not a codebook, a code's impsci lines are malformed, or its codes do not
   *     make a valid framework (naming the code where the fault lies in one)
   */
  public static Framework read(InputStream in, String sourceName, CodebookHeader header) {
    return readWithDisplay(in, sourceName, header).framework();
  }

  /**
   * Reads a codebook into a framework, with its codes' colours, which codes are folders ({@code
   * isCodable="false"}) and its sets of codes ({@code Sets}; an empty one, as Taguette writes, is
   * no set).
   *
   * @throws InvalidInputException as {@link #read(InputStream, String, CodebookHeader)} does, and
   *     naming the code or set if a colour is malformed, a set has no name or a set member is not
   *     a code of the codebook
   */
  public static QdcImport readWithDisplay(InputStream in, String sourceName, CodebookHeader header) {
    byte[] xml;
    try {
      xml = in.readNBytes(MAX_SIZE + 1);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + sourceName, e);
    }
    if (xml.length > MAX_SIZE) {
      throw new InvalidInputException(
          InputLocation.in(sourceName), "the codebook is too large", null,
          "at most " + MAX_SIZE + " bytes");
    }
    Element root = SafeXml.parse(xml, sourceName).getDocumentElement();
    if (!"CodeBook".equals(root.getLocalName())) {
      throw new InvalidInputException(
          InputLocation.in(sourceName).withPath(root.getTagName()),
          "the root element is not a CodeBook", root.getTagName(), "CodeBook in " + NAMESPACE);
    }
    Element codes =
        SafeXml.child(root, "Codes")
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        InputLocation.in(sourceName).withPath("CodeBook"),
                        "the codebook has no Codes element"));
    List<CodesXml.QdaCode> read = CodesXml.read(codes, sourceName, "CodeBook/Codes");
    Map<String, String> idByGuid = new HashMap<>();
    Framework framework = framework(read, header, sourceName, idByGuid);
    CodeDisplay display = CodeDisplayXml.read(
        read, SafeXml.child(root, "Sets"), sourceName, "CodeBook/Sets",
        code -> Optional.of(ConstructRef.of(framework.id(), idByGuid.get(code.guid()))));
    return QdcImport.builder().framework(framework).display(display).build();
  }

  /**
   * Builds a framework from codes read from a codebook. A construct or framework rule that the
   * codes break is reported at the code it lies in.
   */
  private static Framework framework(
      List<CodesXml.QdaCode> codes, CodebookHeader header, String sourceName,
      Map<String, String> idByGuid) {
    Framework.Builder f =
        Framework.builder()
            .id(header.id())
            .name(header.name())
            .version(header.version())
            .addAllSources(header.sources());
    UniqueIds ids = new UniqueIds();
    for (CodesXml.QdaCode code : codes) {
      String parent = code.parentGuid().map(idByGuid::get).orElse(null);
      CodesXml.Trailer trailer = code.trailer(sourceName).orElse(null);
      String id = trailer != null ? ids.take(trailer.id()) : ids.unique(slug(code.name(), parent));
      idByGuid.put(code.guid(), id);
      try {
        f.addConstructs(
            Construct.builder()
                .id(id)
                .label(code.name())
                .definition(code.definition().orElse(code.name()))
                .kind(trailer != null ? trailer.kind() : "code")
                .parent(Optional.ofNullable(parent))
                .order(code.order())
                .addAllSources(trailer != null ? trailer.sources() : List.of())
                .addAllAliases(trailer != null ? trailer.aliases() : List.of())
                .build());
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(
            InputLocation.in(sourceName).withPath(code.path()),
            "the code does not make a valid construct: " + e.getMessage(), null, null, e);
      }
    }
    try {
      return f.build();
    } catch (IllegalArgumentException e) {
      InputLocation where = InputLocation.in(sourceName);
      Matcher at = e instanceof RuleViolation v ? CONSTRUCT_AT.matcher(v.path()) : null;
      if (at != null && at.lookingAt()) {
        where = where.withPath(codes.get(Integer.parseInt(at.group(1))).path());
      }
      throw new InvalidInputException(
          where, "the codes do not make a valid framework: " + e.getMessage(), null, null, e);
    }
  }

  private static String slug(String name, String parent) {
    String s = Ids.slug(name);
    String own = s.isEmpty() ? "code" : s;
    return parent == null ? own : parent + "." + own;
  }

}
