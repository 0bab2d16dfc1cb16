package org.impsci.assessment.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.impsci.assessment.scoring.MinimumAnswered;

/**
 * Generators of random values for seeded property and fuzz tests. Numbers and sizes hit their
 * bounds now and then, as those are where code most often goes wrong; text is drawn from all of
 * Unicode's basic plane but noncharacters and private use, with ASCII more often.
 */
public final class RandomValues {
  private RandomValues() {}

  /** True with probability {@code p}. */
  public static boolean chance(Random random, double p) {
    return random.nextDouble() < p;
  }

  /** An int from {@code min} to {@code max}, both included; each bound about one time in 16. */
  public static int between(Random random, int min, int max) {
    int pick = random.nextInt(32);
    if (pick == 0) {
      return min;
    }
    if (pick == 1) {
      return max;
    }
    return (int) (min + (long) (random.nextDouble() * ((long) max - min + 1)));
  }

  /** A double from {@code min} to {@code max}; each bound about one time in 16. */
  public static double between(Random random, double min, double max) {
    int pick = random.nextInt(32);
    if (pick == 0) {
      return min;
    }
    if (pick == 1) {
      return max;
    }
    return Math.min(max, min + random.nextDouble() * (max - min));
  }

  /** One of the values, each as likely. */
  @SafeVarargs
  public static <T> T oneOf(Random random, T... values) {
    return values[random.nextInt(values.length)];
  }

  /** One of the values, each as likely. */
  public static <T> T oneOf(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** A value of {@code element}, or null with probability {@code nullChance}. */
  public static <T> T orNull(Random random, double nullChance, Supplier<T> element) {
    return chance(random, nullChance) ? null : element.get();
  }

  /** From {@code min} to {@code max} values of {@code element}. */
  public static <T> List<T> listOf(Random random, int min, int max, Supplier<T> element) {
    int size = between(random, min, max);
    List<T> list = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      list.add(element.get());
    }
    return list;
  }

  /** A string of any characters, from {@code minLength} to {@code maxLength} long. */
  public static String text(Random random, int minLength, int maxLength) {
    int length = between(random, minLength, maxLength);
    StringBuilder text = new StringBuilder(length);
    while (text.length() < length) {
      char c = random.nextBoolean() ? (char) random.nextInt(128) : (char) random.nextInt(0x10000);
      if (!isNoncharacter(c) && !isPrivateUse(c)) {
        text.append(c);
      }
    }
    return text.toString();
  }

  /** A string of any characters, 1 to {@code maxLength} long, not blank. */
  public static String nonBlank(Random random, int maxLength) {
    String text;
    do {
      text = text(random, 1, maxLength);
    } while (text.isBlank());
    return text;
  }

  /** A string of ASCII letters, from {@code minLength} to {@code maxLength} long. */
  public static String letters(Random random, int minLength, int maxLength) {
    return ofChars(random, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", minLength,
        maxLength);
  }

  /** A string of characters from {@code chars}, {@code minLength} to {@code maxLength} long. */
  public static String ofChars(Random random, String chars, int minLength, int maxLength) {
    int length = between(random, minLength, maxLength);
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(chars.charAt(random.nextInt(chars.length())));
    }
    return text.toString();
  }

  /** Any bytes, 0 to {@code maxSize} of them. */
  public static byte[] bytes(Random random, int maxSize) {
    byte[] bytes = new byte[between(random, 0, maxSize)];
    random.nextBytes(bytes);
    return bytes;
  }

  /** A minimum of answers: a count from 1 to {@code maxCount}, or a fraction from 0.01 to 1. */
  public static MinimumAnswered minimumAnswered(Random random, int maxCount) {
    return random.nextBoolean()
        ? MinimumAnswered.count(between(random, 1, maxCount))
        : MinimumAnswered.fraction(between(random, 0.01, 1.0));
  }

  private static boolean isNoncharacter(char c) {
    return (c >= '\uFDD0' && c <= '\uFDEF') || c >= '\uFFFE';
  }

  private static boolean isPrivateUse(char c) {
    return c >= '\uE000' && c <= '\uF8FF';
  }
}
