package org.impsci.assessment.instrument;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.impsci.assessment.InputLocation;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.io.ImpsciJson;

/**
 * Replaces impsci's paraphrased item prompts with wording from a file of the user's own, such as
 * the official wording of a licensed instrument, which impsci does not bundle. The file is a JSON
 * object from item id to text, for example {@code {"CO1": "...", "CO2": "..."}}; items it does not
 * name keep their paraphrase.
 *
 * <p>Thread-safe: it has only static methods and immutable, lazily loaded data.
 */
public final class WordingOverlay {
  private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {};

  private WordingOverlay() {}

  /** The instrument with the wording of a JSON file laid over its prompts. */
  public static Instrument apply(Instrument instrument, Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      String name = file.getFileName().toString();
      return apply(instrument, read(in, name), name);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
  }

  /** Reads a wording file: a JSON object from item id to text. */
  public static Map<String, String> read(InputStream in, String sourceName) {
    try (InputStream stream = in) {
      return ImpsciJson.mapper().readValue(stream, MAP);
    } catch (JsonProcessingException e) {
      throw ImpsciJson.invalid(e, sourceName);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + sourceName, e);
    }
  }

  /**
   * The instrument with the given wording laid over its prompts.
   *
   * @throws InvalidInputException if the wording names an item the instrument lacks or gives a
   *     blank text
   */
  public static Instrument apply(Instrument instrument, Map<String, String> wording, String sourceName) {
    for (Map.Entry<String, String> e : wording.entrySet()) {
      InputLocation at = InputLocation.in(sourceName).withItemId(e.getKey()).withPath(e.getKey());
      if (instrument.item(e.getKey()).isEmpty()) {
        throw new InvalidInputException(
            at,
            "the wording names an item that instrument '" + instrument.id() + "' does not have",
            e.getKey(),
            String.join(", ", instrument.itemsById().keySet()));
      }
      if (e.getValue() == null || e.getValue().isBlank()) {
        throw new InvalidInputException(at, "the wording of an item must not be blank");
      }
    }
    List<Item> items = new ArrayList<>();
    for (Item item : instrument.items()) {
      String text = wording.get(item.id());
      items.add(text == null ? item : Item.builder().from(item).prompt(text.strip()).build());
    }
    return Instrument.builder().from(instrument).items(items).build();
  }
}
