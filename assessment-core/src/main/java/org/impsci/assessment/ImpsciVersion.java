package org.impsci.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of impsci as built, such as {@code 0.1.0-SNAPSHOT}: one place for everything that
 * names it (the {@code origin} of REFI-QDA files impsci writes). Maven writes it into a resource
 * beside this class from the project's version.
 *
 * <p>Thread-safe: it has only static methods and immutable, lazily loaded data.
 */
public final class ImpsciVersion {
  private static final String VERSION = load();

  private ImpsciVersion() {}

  /** The version. */
  public static String get() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = ImpsciVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("the build left out org/impsci/assessment/version.properties");
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException("could not read impsci's version", e);
    }
  }
}
