package org.impsci.assessment.testing;

import static org.impsci.assessment.testing.RandomValues.between;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/** Valid files with a few random edits, the inputs of the fuzz tests of impsci's readers. */
public final class ByteEdits {
  private ByteEdits() {}

  /** {@code valid} with 1 to {@code maxEdits} of its bytes replaced by bytes of {@code pool}. */
  public static byte[] replaced(Random random, byte[] valid, byte[] pool, int maxEdits) {
    byte[] out = valid.clone();
    for (int e = between(random, 1, maxEdits); e > 0; e--) {
      out[random.nextInt(out.length)] = pool[random.nextInt(pool.length)];
    }
    return out;
  }

  /**
   * {@code valid} with 1 to {@code maxEdits} edits at random places: a byte inserted, replaced or
   * deleted, the rest cut off, or a token inserted. Each byte is one of {@code pool} half of the
   * time and any byte else; tokens come from {@code tokens}.
   */
  public static byte[] edited(
      Random random, byte[] valid, byte[] pool, String[] tokens, int maxEdits) {
    byte[] out = valid;
    for (int e = between(random, 1, maxEdits); e > 0; e--) {
      int kind = between(random, 0, 4);
      int at = Math.min(between(random, 0, valid.length), out.length);
      byte b = random.nextBoolean() ? pool[random.nextInt(pool.length)] : (byte) random.nextInt();
      out = switch (kind) {
        case 0 -> splice(out, at, at, new byte[] {b});
        case 1 -> at < out.length ? splice(out, at, at + 1, new byte[] {b}) : out;
        case 2 -> at < out.length ? splice(out, at, at + 1, new byte[0]) : out;
        case 3 -> splice(out, at, out.length, new byte[0]);
        default -> splice(out, at, at,
            tokens[Math.floorMod(b, tokens.length)].getBytes(StandardCharsets.UTF_8));
      };
    }
    return out;
  }

  /** {@code bytes} with {@code from} to {@code to} (exclusive) replaced by {@code with}. */
  private static byte[] splice(byte[] bytes, int from, int to, byte[] with) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + with.length);
    out.write(bytes, 0, from);
    out.write(with, 0, with.length);
    out.write(bytes, to, bytes.length - to);
    return out.toByteArray();
  }
}
