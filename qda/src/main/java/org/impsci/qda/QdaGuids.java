package org.impsci.qda;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.impsci.assessment.framework.ConstructRef;

/**
 * The GUIDs impsci writes into REFI-QDA files. They are name-based (version 3, MD5) UUIDs, as
 * {@link UUID#nameUUIDFromBytes(byte[])} makes them, over the UTF-8 bytes of a name that starts
 * with {@code impsci:}. A construct's code is named {@code impsci:code:framework:construct}, so
 * that the same construct always gets the same GUID: re-exporting a framework, or exporting it on
 * another machine, gives a codebook that QDA programs recognise as the same codes.
 *
 * <p>Thread-safe: it has only static methods and immutable, lazily loaded data.
 */
public final class QdaGuids {
  private QdaGuids() {}

  /** The GUID of a construct's code, for example that of {@code npt:coherence}. */
  public static String code(ConstructRef construct) {
    return of("code", construct.toString());
  }

  /** The GUID named {@code impsci:} followed by the parts joined with ':'. */
  static String of(String... parts) {
    String name = "impsci:" + String.join(":", parts);
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
  }

  /** A GUID as written in a file, made comparable: braces dropped, lower case. */
  static String normalize(String guid) {
    String g = guid.trim();
    if (g.startsWith("{") && g.endsWith("}")) {
      g = g.substring(1, g.length() - 1);
    }
    return g.toLowerCase(Locale.ROOT);
  }
}
