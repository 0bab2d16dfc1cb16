package org.impsci.fhir.internal;

import java.util.regex.Pattern;

/** FHIR's rules for resource ids and computable names, applied to impsci's ids. */
public final class FhirIds {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");

  private FhirIds() {}

  /** Whether a text is a valid FHIR resource id: letters, digits, '-' and '.', at most 64. */
  public static boolean isValid(String id) {
    return ID.matcher(id).matches();
  }

  /**
   * A computable name (a capital letter, then letters, digits and '_') from an impsci id: each
   * part between other characters capitalised and joined, {@code orca-reduced} as {@code
   * OrcaReduced}; prefixed with {@code Impsci} when the id does not start with a letter.
   */
  public static String computableName(String id) {
    StringBuilder name = new StringBuilder();
    boolean upper = true;
    for (char c : id.toCharArray()) {
      boolean keep = c < 128 && (Character.isLetterOrDigit(c) || c == '_');
      if (keep) {
        name.append(upper ? Character.toUpperCase(c) : c);
      }
      upper = !keep;
    }
    if (name.length() == 0 || !Character.isLetter(name.charAt(0))) {
      name.insert(0, "Impsci");
    }
    return name.toString();
  }
}
