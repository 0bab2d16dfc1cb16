package org.impsci.qda;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.impsci.assessment.InputLocation;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.coding.CodedSegment;
import org.impsci.assessment.coding.Valence;
import org.impsci.assessment.framework.Construct;
import org.impsci.assessment.framework.ConstructRef;
import org.impsci.assessment.framework.Framework;
import org.impsci.assessment.framework.Frameworks;
import org.impsci.qda.internal.SafeXml;
import org.impsci.qda.internal.SafeZip;
import org.w3c.dom.Element;

/**
 * Reads coded segments from a REFI-QDA project ({@code .qdpx}) exported by NVivo, MAXQDA,
 * ATLAS.ti, QualCoder or {@link QdpxWriter}.
 *
 * <p><b>What is read.</b> The codebook; text sources, whose text is either inline ({@code
 * PlainTextContent}) or a file in the archive's {@code Sources/} folder ({@code plainTextPath}
 * {@code internal://name}, or a bare name; entry names matched ignoring case, as NVivo for
 * Windows writes {@code Sources/} and NVivo for Mac, MAXQDA and QualCoder {@code sources/}); and each {@code PlainTextSelection} with its {@code
 * Coding}s, which becomes one segment ({@code startPosition} and {@code endPosition} end
 * exclusive, counted in the {@link PositionUnit} that {@link QdpxOptions#positionUnit()} gives,
 * else in the one the project's {@code origin} is known to count in, else in code points with a
 * warning where the units differ; the segment's positions are code points; the selection's
 * description as memo). A {@code Coding} directly on a text
 * source codes the whole text. Selections without codings, and picture, PDF, audio and video
 * sources, are skipped.
 *
 * <p><b>Codes to constructs</b>, first match wins: the {@link QdpxOptions#codeMapping()} by code
 * name; the GUID of a construct's code ({@link QdaGuids#code}) in any framework of the registry;
 * a construct label equal to the code name, if exactly one construct in the registry has it. The
 * codes {@code Barrier}, {@code Facilitator} and {@code Neutral} under a top-level {@code Valence}
 * code (or with {@link QdpxWriter}'s GUIDs) set the segment's valence instead. A coding whose code
 * maps to nothing fails the import (or, with {@link QdpxOptions#ignoreUnmappedCodes()}, is left
 * out; a selection left with no code is skipped). A code's description is not read: the impsci
 * lines {@link QdpxWriter} leaves there (construct id, kind, own sources and aliases, as in {@link
 * QdcCodebook}) make constructs only when a codebook is read into a framework.
 *
 * <p><b>Who</b>, first match wins: the {@link QdpxOptions#sources()} entry for the source name; a
 * case that lists the selection ({@code SelectionRef}); a case that lists the source ({@code
 * SourceRef}). A case gives the participant id (its {@code participant} variable, else its name),
 * role, site and wave from Text variables of those names (ignoring case). A segment with no
 * participant, role or site fails the import, naming the source.
 *
 * <p><b>Safety.</b> The archive is checked before reading: at most {@value #MAX_ENTRIES} entries,
 * no absolute entry names or {@code ..} segments, no entry read that expands past {@value
 * #MAX_ENTRY_SIZE} bytes, at most {@value #MAX_TOTAL_SIZE} bytes read in all; media entries are
 * never read. XML is parsed with DTDs and external entities refused and elements nested at most
 * 256 deep; nothing recurses on the depth of the codes or of markup in a text. Every problem is an {@link
 * InvalidInputException} naming the archive, the entry and the element path.
 *
 * <p>Thread-safe: its code tables are filled when it is made and only read after; each read keeps its state apart.
 */
public final class QdpxReader {
  /** The most entries an archive may have. */
  public static final int MAX_ENTRIES = 10_000;
  /** The most bytes one entry read may expand to (64 MiB). */
  public static final long MAX_ENTRY_SIZE = 64L * 1024 * 1024;
  /** The most bytes all entries read may expand to (256 MiB). */
  public static final long MAX_TOTAL_SIZE = 256L * 1024 * 1024;

  private static final String INTERNAL = "internal://";

  private final Frameworks frameworks;
  private final QdpxOptions options;
  private final Map<String, ConstructRef> byGuid = new HashMap<>();
  private final Map<String, List<ConstructRef>> byLabel = new HashMap<>();

  private QdpxReader(Frameworks frameworks, QdpxOptions options) {
    this.frameworks = Objects.requireNonNull(frameworks, "frameworks");
    this.options = Objects.requireNonNull(options, "options");
    for (Framework f : frameworks.all()) {
      for (Construct c : f.constructs()) {
        ConstructRef ref = ConstructRef.of(f.id(), c.id());
        byGuid.put(QdaGuids.code(ref), ref);
        byLabel.computeIfAbsent(c.label(), k -> new ArrayList<>()).add(ref);
      }
    }
  }

  /** A reader mapping codes to the constructs of {@code frameworks} as {@code options} say. */
  public static QdpxReader of(Frameworks frameworks, QdpxOptions options) {
    return new QdpxReader(frameworks, options);
  }

  /** The display name of a valence code, for example {@code Barrier}. */
  static String valenceName(Valence v) {
    return v.id().substring(0, 1).toUpperCase(Locale.ROOT) + v.id().substring(1);
  }

  /**
   * Reads a project.
   *
   * @throws InvalidInputException if the archive is unsafe or malformed, or a code, source, case
   *     or selection cannot be read, naming the entry and element
   */
  public QdpxImport read(Path file) {
    return read(file, file.getFileName().toString());
  }

  /**
   * Reads a project from a stream, such as an upload a host application holds, named {@code
   * archiveName} in messages. The archive (at most {@value #MAX_TOTAL_SIZE} bytes) is copied to a
   * temporary file, which a zip needs for its directory, and deleted after reading.
   *
   * @throws InvalidInputException if the archive is too large, unsafe or malformed, or a code,
   *     source, case or selection cannot be read, naming the entry and element
   * @throws UncheckedIOException if the stream or the temporary file fails
   */
  public QdpxImport read(InputStream in, String archiveName) {
    Path copy = null;
    try {
      copy = Files.createTempFile("impsci-", ".qdpx");
      try (OutputStream out = Files.newOutputStream(copy)) {
        in.transferTo(new BoundedOutputStream(out, archiveName));
      }
      return read(copy, archiveName);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + archiveName, e);
    } finally {
      if (copy != null) {
        try {
          Files.deleteIfExists(copy);
        } catch (IOException e) {
          // the copy stays in the temporary directory; the import itself is done
        }
      }
    }
  }

  private QdpxImport read(Path file, String archive) {
    try (SafeZip zip = SafeZip.open(file, archive, MAX_ENTRIES, MAX_ENTRY_SIZE, MAX_TOTAL_SIZE)) {
      String entry = projectEntry(zip, archive);
      String qde = archive + "!" + entry;
      Element project = SafeXml.parse(zip.read(entry), qde).getDocumentElement();
      if (!"Project".equals(project.getLocalName())) {
        throw new InvalidInputException(
            InputLocation.in(qde).withPath(project.getTagName()), "the root element is not a Project",
            project.getTagName(), "Project in " + QdpxWriter.NAMESPACE);
      }
      return new Run(zip, archive, qde, project).read();
    }
  }

  /**
   * The project file: {@code project.qde}, as the standard names it, else the one {@code .qde}
   * file at the archive's root (ATLAS.ti names it after the project: QualCoder issue 1369,
   * "import of Atlas.ti QDPX fails on naming conventions").
   */
  private static String projectEntry(SafeZip zip, String archive) {
    if (zip.has("project.qde")) {
      return "project.qde";
    }
    List<String> found = zip.atRootEndingWith(".qde");
    if (found.size() != 1) {
      throw new InvalidInputException(
          InputLocation.in(archive),
          found.isEmpty() ? "the archive has no project.qde" : "the archive has several .qde files and no project.qde",
          found.isEmpty() ? null : String.join(", ", found),
          "a REFI-QDA project archive with one project file (project.qde)");
    }
    return found.get(0);
  }

  /** Passes bytes on, failing once more than {@value #MAX_TOTAL_SIZE} have passed. */
  private static final class BoundedOutputStream extends FilterOutputStream {
    private final String archiveName;
    private long written;

    BoundedOutputStream(OutputStream out, String archiveName) {
      super(out);
      this.archiveName = archiveName;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      written += len;
      if (written > MAX_TOTAL_SIZE) {
        throw new InvalidInputException(
            InputLocation.in(archiveName), "the archive is larger than the limit", null,
            "at most " + MAX_TOTAL_SIZE + " bytes");
      }
      out.write(b, off, len);
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }
  }

  /** A code applied to a selection, with whoever applied it. */
  private record Applied(CodesXml.QdaCode code, Optional<String> coder) {}

  /** The state of one read. */
  private final class Run {
    private final SafeZip zip;
    private final String archive;
    private final String qde;
    private final Map<String, CodesXml.QdaCode> codes = new HashMap<>();
    private final Map<String, List<String>> codePaths = new HashMap<>();
    private final List<QdaCoding> codingRows = new ArrayList<>();
    private final Map<String, List<ConstructRef>> mapped = new HashMap<>();
    private final Map<String, Valence> valences = new HashMap<>();
    private final Map<String, Who> bySelection = new HashMap<>();
    private final Map<String, Who> bySource = new HashMap<>();
    private final Set<String> ignored = new TreeSet<>();
    private final Element project;
    private final Optional<String> origin;
    private final Optional<PositionUnit> unit;
    private final List<String> warnings = new ArrayList<>();
    private final Map<String, Integer> sourceLengths = new LinkedHashMap<>();
    private final Map<String, String> users = new HashMap<>();

    Run(SafeZip zip, String archive, String qde, Element project) {
      this.zip = zip;
      this.archive = archive;
      this.qde = qde;
      this.project = project;
      this.origin = SafeXml.attribute(project, "origin").filter(o -> !o.isBlank());
      this.unit = options.positionUnit().or(() -> origin.flatMap(PositionUnit::ofOrigin));
    }

    private PositionUnit unit() {
      return unit.orElse(PositionUnit.CODE_POINTS);
    }

    QdpxImport read() {
      List<CodesXml.QdaCode> codeList = readCodes();
      CodeDisplay display = CodeDisplayXml.read(
          codeList, SafeXml.child(project, "Sets"), qde, "Project/Sets", this::quietly);
      readCases();
      readUsers();
      List<CodedSegment> segments = new ArrayList<>();
      Optional<Element> sources = SafeXml.child(project, "Sources");
      if (sources.isPresent()) {
        int n = 0;
        for (Element source : SafeXml.children(sources.get(), "TextSource")) {
          n++;
          readSource(source, "Project/Sources/TextSource[" + n + "]", segments);
        }
      }
      return QdpxImport.builder()
          .addAllSegments(segments)
          .addAllIgnoredCodes(ignored)
          .origin(origin)
          .positionUnit(unit())
          .addAllWarnings(warnings)
          .display(display)
          .addAllCodings(codingRows)
          .putAllSourceLengths(sourceLengths)
          .build();
    }

    private List<CodesXml.QdaCode> readCodes() {
      Optional<Element> codebook = SafeXml.child(project, "CodeBook").flatMap(c -> SafeXml.child(c, "Codes"));
      if (codebook.isEmpty()) {
        return List.of();
      }
      List<CodesXml.QdaCode> read = CodesXml.read(codebook.get(), qde, "Project/CodeBook/Codes");
      for (CodesXml.QdaCode code : read) {
        codes.put(code.guid(), code);
        // Parents come before their children, so the parent's path is there already.
        List<String> path = new ArrayList<>(code.parentGuid().map(codePaths::get).orElse(List.of()));
        path.add(code.name());
        codePaths.put(code.guid(), path);
        valence(code).ifPresent(v -> valences.put(code.guid(), v));
      }
      return read;
    }

    private Optional<Valence> valence(CodesXml.QdaCode code) {
      for (Valence v : Valence.values()) {
        if (code.guid().equals(QdpxWriter.valenceGuid(v))) {
          return Optional.of(v);
        }
      }
      boolean underValence =
          code.parentGuid()
              .map(codes::get)
              .filter(p -> p.parentGuid().isEmpty() && p.name().equalsIgnoreCase("Valence"))
              .isPresent();
      if (!underValence) {
        return Optional.empty();
      }
      for (Valence v : Valence.values()) {
        if (v.id().equalsIgnoreCase(code.name().trim())) {
          return Optional.of(v);
        }
      }
      return Optional.empty();
    }

    /**
     * The construct a code maps to, as the class comment says.
     *
     * @throws InvalidInputException if its name matches several constructs' labels
     */
    private Optional<ConstructRef> construct(CodesXml.QdaCode code) {
      List<ConstructRef> found = candidates(code);
      if (found.size() > 1) {
        throw new InvalidInputException(
            InputLocation.in(qde).withPath(code.path()),
            "code '" + code.name() + "' matches several constructs by name; map it in a code"
                + " mapping file", code.name(), found.toString());
      }
      return found.stream().findFirst();
    }

    /** The construct a code maps to, if it maps to exactly one; never for a valence code. */
    private Optional<ConstructRef> quietly(CodesXml.QdaCode code) {
      List<ConstructRef> found = valences.containsKey(code.guid()) ? List.of() : candidates(code);
      return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** By mapping, GUID or label, first match wins; several only where labels are shared. */
    private List<ConstructRef> candidates(CodesXml.QdaCode code) {
      return mapped.computeIfAbsent(code.guid(), g -> {
        ConstructRef ref = options.codeMapping().get(code.name());
        if (ref != null) {
          return List.of(ConstructRef.of(ref.framework(), frameworks.resolve(ref).id()));
        }
        ref = byGuid.get(code.guid());
        if (ref != null) {
          return List.of(ref);
        }
        return byLabel.getOrDefault(code.name(), List.of());
      });
    }

    /** The project's users by GUID: each one's name, or its GUID where it has none. */
    private void readUsers() {
      SafeXml.child(project, "Users").ifPresent(list -> SafeXml.children(list, "User").forEach(u -> {
        String guid = QdaGuids.normalize(u.getAttribute("guid"));
        users.put(guid, SafeXml.attribute(u, "name").filter(n -> !n.isBlank()).orElse(guid));
      }));
    }

    /** Who made a coding: its own {@code creatingUser}, else that of its selection. */
    private Optional<String> coder(Element coding, Optional<String> selectionUser) {
      return SafeXml.attribute(coding, "creatingUser").filter(g -> !g.isBlank()).or(() -> selectionUser)
          .map(QdaGuids::normalize)
          .map(g -> users.getOrDefault(g, g));
    }

    private void readCases() {
      Map<String, String> variables = new HashMap<>();
      SafeXml.child(project, "Variables").ifPresent(vs -> SafeXml.children(vs, "Variable").forEach(
          v -> variables.put(QdaGuids.normalize(v.getAttribute("guid")),
              v.getAttribute("name").trim().toLowerCase(Locale.ROOT))));
      Optional<Element> cases = SafeXml.child(project, "Cases");
      if (cases.isEmpty()) {
        return;
      }
      int n = 0;
      for (Element c : SafeXml.children(cases.get(), "Case")) {
        n++;
        Map<String, String> values = new HashMap<>();
        for (Element value : SafeXml.children(c, "VariableValue")) {
          String name = SafeXml.child(value, "VariableRef")
              .map(r -> variables.get(QdaGuids.normalize(r.getAttribute("targetGUID"))))
              .orElse(null);
          SafeXml.child(value, "TextValue").ifPresent(t -> values.put(name, SafeXml.text(t).trim()));
        }
        String name = SafeXml.attribute(c, "name").orElse("");
        Who who = new Who(
            "Project/Cases/Case[" + n + "][@name='" + name + "']",
            Optional.ofNullable(values.getOrDefault("participant", name.isBlank() ? null : name)),
            Optional.ofNullable(values.get("role")),
            Optional.ofNullable(values.get("site")),
            Optional.ofNullable(values.get("wave")).filter(w -> !w.isEmpty()));
        SafeXml.children(c, "SelectionRef").forEach(
            r -> bySelection.put(QdaGuids.normalize(r.getAttribute("targetGUID")), who));
        SafeXml.children(c, "SourceRef").forEach(
            r -> bySource.put(QdaGuids.normalize(r.getAttribute("targetGUID")), who));
      }
    }

    private void readSource(Element source, String path, List<CodedSegment> out) {
      String guid = QdaGuids.normalize(source.getAttribute("guid"));
      String name = SafeXml.attribute(source, "name").filter(s -> !s.isBlank()).orElse(guid);
      String here = path + "[@name='" + name + "']";
      SourceText text = new SourceText(text(source, here));
      sourceLengths.put(name, text.length(PositionUnit.CODE_POINTS));
      List<Element> whole = SafeXml.children(source, "Coding");
      if (!whole.isEmpty()) {
        int length = text.length(PositionUnit.CODE_POINTS);
        segment(name, guid, guid, 0, length, text.between(0, length), whole, Optional.empty(), Optional.empty(),
            here, out);
      }
      List<Element> selections = SafeXml.children(source, "PlainTextSelection");
      if (!selections.isEmpty() && unit.isEmpty() && text.hasSupplementary()) {
        warnings.add("source '" + name + "': its text holds characters outside the Basic"
            + " Multilingual Plane (such as emoji), where code points and UTF-16 code units differ,"
            + " and the project's origin (" + origin.map(o -> "'" + o + "'").orElse("none")
            + ") does not say which its positions count; they were read as code points. If the"
            + " quoted text is shifted, set the position unit to UTF-16 code units.");
      }
      int n = 0;
      for (Element selection : selections) {
        n++;
        String at = here + "/PlainTextSelection[" + n + "]";
        int start = position(selection, "startPosition", at);
        int end = position(selection, "endPosition", at);
        int length = text.length(unit());
        if (start < 0 || end < start || end > length) {
          throw new InvalidInputException(
              InputLocation.in(qde).withPath(at),
              "the selection is outside the text of source '" + name + "'", start + "-" + end,
              "0 <= start <= end <= " + length + " (" + unit().label() + ")");
        }
        for (int p : new int[] {start, end}) {
          if (unit() == PositionUnit.UTF16_CODE_UNITS && text.splitsPair(p)) {
            throw new InvalidInputException(
                InputLocation.in(qde).withPath(at),
                "the selection splits a character outside the Basic Multilingual Plane (a surrogate"
                    + " pair) in source '" + name + "'", start + "-" + end,
                "positions between characters, in UTF-16 code units");
          }
        }
        int from = text.codePoints(start, unit());
        int to = text.codePoints(end, unit());
        Optional<String> memo = SafeXml.child(selection, "Description")
            .map(SafeXml::text).filter(m -> !m.isBlank());
        Optional<String> selectionUser = SafeXml.attribute(selection, "creatingUser").filter(g -> !g.isBlank());
        segment(name, guid, QdaGuids.normalize(selection.getAttribute("guid")), from, to,
            text.between(from, to), SafeXml.children(selection, "Coding"), memo, selectionUser, at, out);
      }
    }

    private void segment(String source, String sourceGuid, String selectionGuid, int start, int end,
        String quoted, List<Element> codings, Optional<String> memo, Optional<String> selectionUser,
        String path, List<CodedSegment> out) {
      Set<ConstructRef> refs = new LinkedHashSet<>();
      List<Applied> applied = new ArrayList<>();
      Optional<Valence> valence = Optional.empty();
      int n = 0;
      for (Element coding : codings) {
        n++;
        String at = path + "/Coding[" + n + "]";
        String target = SafeXml.child(coding, "CodeRef").flatMap(r -> SafeXml.attribute(r, "targetGUID"))
            .map(QdaGuids::normalize)
            .orElseThrow(() -> new InvalidInputException(InputLocation.in(qde).withPath(at), "a Coding has no CodeRef"));
        CodesXml.QdaCode code = codes.get(target);
        if (code == null) {
          throw new InvalidInputException(
              InputLocation.in(qde).withPath(at + "/CodeRef"),
              "unknown code: the codebook has no code with this guid", target, "a code of the codebook");
        }
        if (valences.containsKey(target)) {
          valence = Optional.of(valences.get(target));
          continue;
        }
        Optional<ConstructRef> ref = construct(code);
        applied.add(new Applied(code, coder(coding, selectionUser)));
        if (ref.isPresent()) {
          refs.add(ref.get());
        } else if (options.ignoreUnmappedCodes()) {
          ignored.add(code.name());
        } else {
          throw new InvalidInputException(
              InputLocation.in(qde).withPath(at + "/CodeRef"),
              "code '" + code.name() + "' maps to no construct (by mapping file, GUID or exact name)",
              code.name(), "a code mapped in the code mapping file");
        }
      }
      Optional<Who> known = Optional.ofNullable(options.sources().get(source))
          .map(Who::of)
          .or(() -> Optional.ofNullable(bySelection.get(selectionGuid)))
          .or(() -> Optional.ofNullable(bySource.get(sourceGuid)));
      for (Applied a : applied) {
        CodesXml.QdaCode code = a.code();
        codingRows.add(QdaCoding.builder()
            .source(source)
            .participantId(known.flatMap(Who::participant))
            .participantRole(known.flatMap(Who::role))
            .site(known.flatMap(Who::site))
            .wave(known.flatMap(Who::wave))
            .addAllCodePath(codePaths.get(code.guid()))
            .construct(construct(code))
            .start(start)
            .end(end)
            .text(quoted)
            .coder(a.coder())
            .build());
      }
      if (refs.isEmpty()) {
        return;
      }
      Who who = known
          .orElseThrow(() -> new InvalidInputException(
              InputLocation.in(qde).withPath(path),
              "no participant, role and site for source '" + source + "'",
              source, "a source mapping entry, or a case with variables participant, role, site"));
      CodedSegment.Builder b = CodedSegment.builder()
          .source(source)
          .participantId(who.require(who.participant, "participant", qde))
          .participantRole(who.require(who.role, "role", qde))
          .site(who.require(who.site, "site", qde))
          .wave(who.wave)
          .start(start)
          .end(end)
          .text(quoted)
          .addAllCodes(refs)
          .valence(valence)
          .memo(memo);
      out.add(b.build());
    }

    private String text(Element source, String path) {
      Optional<Element> inline = SafeXml.child(source, "PlainTextContent");
      if (inline.isPresent()) {
        return SafeXml.text(inline.get());
      }
      String plain = SafeXml.attribute(source, "plainTextPath")
          .orElseThrow(() -> new InvalidInputException(
              InputLocation.in(qde).withPath(path), "the text source has neither PlainTextContent nor plainTextPath"));
      String name = plain.startsWith(INTERNAL) ? plain.substring(INTERNAL.length()) : plain;
      if (name.contains("://")) {
        throw new InvalidInputException(
            InputLocation.in(qde).withPath(path), "the source's text is outside the archive", plain,
            "internal://name or a name in Sources/");
      }
      String wanted = "Sources/" + name;
      SafeZip.checkName(archive, wanted);
      String entry = zip.find(wanted).orElseThrow(() -> new InvalidInputException(
          InputLocation.in(qde).withPath(path), "missing source: the archive has no entry '" + wanted
              + "' (in any case)", plain, "an entry in Sources/ or sources/"));
      String text = new String(zip.read(entry), StandardCharsets.UTF_8);
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private int position(Element selection, String attribute, String path) {
      String value = selection.getAttribute(attribute);
      try {
        return Integer.parseInt(value.trim());
      } catch (NumberFormatException e) {
        throw new InvalidInputException(
            InputLocation.in(qde).withPath(path + "/@" + attribute), "not a whole number", value, "0 or more");
      }
    }
  }

  /** Who a source or selection is attributed to, and where that was said. */
  private record Who(
      String path, Optional<String> participant, Optional<String> role, Optional<String> site,
      Optional<String> wave) {

    static Who of(SourceAttribution a) {
      return new Who("source mapping", Optional.of(a.participantId()), Optional.of(a.role()),
          Optional.of(a.site()), a.wave());
    }

    String require(Optional<String> value, String variable, String qde) {
      return value.filter(v -> !v.isBlank()).orElseThrow(() -> new InvalidInputException(
          InputLocation.in(qde).withPath(path), "the case has no " + variable, null,
          "a Text variable named '" + variable + "'"));
    }
  }
}
