package org.impsci.assessment.framework;

import java.io.IOException;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.internal.json.JsonValueReader;
import org.impsci.assessment.internal.json.SafeJson;

/**
 * Reads a {@link Framework} with jackson-core's streaming parser into the Immutables builders, so
 * that loading a framework needs no databind. It accepts what binding {@code Framework.class} with
 * {@code ImpsciJson.mapper()} accepts: the same parser settings ({@link SafeJson}), text from any
 * scalar, a whole number from a number (truncated toward zero) or from numeric text, and {@code
 * null} as an absent value. Each problem is an {@link InvalidInputException} with the source, line
 * and JSON path, naming the construct it lies in.
 */
final class FrameworkJson extends JsonValueReader {
  private static final String FRAMEWORK_FIELDS = "id, name, version, sources, constructs";
  private static final String CONSTRUCT_FIELDS =
      "id, label, definition, kind, parent, order, aliases, sources";

  private FrameworkJson(byte[] json, String sourceName) {
    super(json, sourceName);
  }

  /**
   * Reads and validates a framework.
   *
   * @throws InvalidInputException if the JSON is malformed or the framework is invalid
   */
  static Framework read(byte[] json, String sourceName) {
    FrameworkJson reader = new FrameworkJson(json, sourceName);
    return reader.document("framework", reader::framework);
  }

  private Framework framework() throws IOException {
    object();
    Framework.Builder b = Framework.builder();
    for (String name = nextField(); name != null; name = nextField()) {
      switch (name) {
        case "id" -> text(b::id);
        case "name" -> text(b::name);
        case "version" -> text(b::version);
        case "sources" -> sources(b::addSources);
        case "constructs" -> elements(this::construct, b::addConstructs);
        default -> throw unknown(name, FRAMEWORK_FIELDS);
      }
    }
    return build(b::build, "");
  }

  private Construct construct(int i) throws IOException {
    enter("construct");
    Construct.Builder b = Construct.builder();
    for (String name = nextField(); name != null; name = nextField()) {
      switch (name) {
        case "id" -> text(id -> b.id(named(id)));
        case "label" -> text(b::label);
        case "definition" -> text(b::definition);
        case "kind" -> text(b::kind);
        case "parent" -> text(b::parent);
        case "order" -> integer(b::order);
        case "aliases" -> texts(b::addAliases);
        case "sources" -> sources(b::addSources);
        default -> throw unknown(name, CONSTRUCT_FIELDS);
      }
    }
    return leave(b::build, "constructs[" + i + "]");
  }
}
