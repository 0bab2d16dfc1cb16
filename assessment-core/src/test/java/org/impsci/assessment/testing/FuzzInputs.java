package org.impsci.assessment.testing;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * The inputs of the reader fuzz tests (the kernel's and the REFI-QDA module's): any bytes, or a
 * valid file with a few random edits drawn from the bytes and tokens that readers most often get
 * wrong.
 */
public final class FuzzInputs {
  /** Values that readers often get wrong: huge, signed, special, deep or encoded oddly. */
  static final String[] TOKENS = {
    "1e400", "-1e400", "NaN", "Infinity", "-0", "0x10", "99999999999999999999", "1.5", "-1",
    "2147483648", "\uFEFF", "\uD800", "\u0000", "\"\"", "[[[[[[[[[[", "{\"a\":", "null",
    "true", "not_relevant_role", "toy:", ":", "toy:people:x", "..", "../", "<!DOCTYPE x [<!ENTITY e"
        + " SYSTEM \"file:///etc/passwd\">]>", "&e;", "<![CDATA[", "\r\n\r\n", "\t", ",,,,",
    "\u00e9", "\ud83d\ude00"
  };

  /** Bytes that edits insert or put in place half of the time; any byte the other half. */
  static final byte[] EDIT_BYTES = {
    ',', '"', '\n', '\r', ';', ':', '{', '}', '[', '<', '>', '&', 0, (byte) 0xEF, (byte) 0xFF,
    '-', '9'
  };

  private FuzzInputs() {}

  /** Any bytes, up to 2 KiB. */
  public static byte[] bytes(Random random) {
    return RandomValues.bytes(random, 2048);
  }

  /** A valid file with 1 to 8 random edits: bytes replaced, inserted, deleted or cut off. */
  public static byte[] mutated(Random random, String valid) {
    return ByteEdits.edited(random, valid.getBytes(StandardCharsets.UTF_8), EDIT_BYTES, TOKENS, 8);
  }

  /** A mutated {@code valid} file or, as often, any bytes. */
  public static byte[] mutatedOrBytes(Random random, String valid) {
    return random.nextBoolean() ? mutated(random, valid) : bytes(random);
  }
}
