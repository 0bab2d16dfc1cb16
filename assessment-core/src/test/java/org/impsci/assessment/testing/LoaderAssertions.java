package org.impsci.assessment.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.impsci.assessment.ImpsciException;
import org.impsci.assessment.io.ImpsciJson;

/**
 * What every streaming JSON loader of impsci ({@code FrameworkLoader}, {@code InstrumentLoader})
 * promises: bundled resources load as databind, an independent JSON reader, binds them; the
 * stream is closed; a missing resource is named.
 */
public final class LoaderAssertions {
  private LoaderAssertions() {}

  /**
   * Asserts that each resource, found from {@code anchor} as {@link Class#getResourceAsStream}
   * finds it, loads through {@code loader} to a value equal to what {@code ImpsciJson.mapper()}
   * binds as {@code type} from the same bytes, and that the resources are exactly {@code bundled},
   * the values the module hands out.
   */
  public static <T> void assertLoaderAgreesWithDatabind(
      Class<T> type,
      BiFunction<InputStream, String, T> loader,
      Collection<? extends T> bundled,
      Class<?> anchor,
      String... resources)
      throws IOException {
    List<T> loaded = new ArrayList<>();
    for (String resource : resources) {
      byte[] bytes;
      try (InputStream in = anchor.getResourceAsStream(resource)) {
        assertThat(in).as(resource).isNotNull();
        bytes = in.readAllBytes();
      }
      T streaming = loader.apply(new ByteArrayInputStream(bytes), resource);
      T databind = ImpsciJson.mapper().readValue(bytes, type);
      assertThat(streaming).as(resource).isEqualTo(databind);
      loaded.add(streaming);
    }
    assertThat(loaded).containsExactlyInAnyOrderElementsOf(bundled);
  }

  /** Asserts that {@code load} reads a valid document to a value and closes the stream. */
  public static void assertClosesTheStream(byte[] json, Function<InputStream, ?> load) {
    boolean[] closed = {false};
    InputStream in =
        new ByteArrayInputStream(json) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    assertThat(load.apply(in)).isNotNull();
    assertThat(closed[0]).isTrue();
  }

  /** Asserts that loading a resource that is not there names the resource and the anchor. */
  public static void assertNamesAMissingResource(BiFunction<Class<?>, String, ?> loadResource) {
    assertThatThrownBy(() -> loadResource.apply(LoaderAssertions.class, "nope.json"))
        .isInstanceOf(ImpsciException.class)
        .hasMessageContaining("'nope.json'")
        .hasMessageContaining(LoaderAssertions.class.getName());
  }
}
