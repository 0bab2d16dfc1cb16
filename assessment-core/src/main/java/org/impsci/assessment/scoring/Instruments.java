package org.impsci.assessment.scoring;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.impsci.assessment.ImpsciException;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.internal.ProvidedById;
import org.impsci.assessment.internal.json.InstrumentJson;
import org.impsci.assessment.internal.json.SafeJson;
import org.impsci.assessment.spi.InstrumentProvider;

/**
 * A registry of instruments ready to score, by id: the bundled ones that {@link
 * InstrumentProvider}s supply (NoMAD from {@code npt-core}; ORCA and {@code orca-reduced} from
 * {@code parihs-core}), plus any a user adds with {@link #with(ScoredInstrument)}. Immutable and
 * thread-safe.
 *
 * <p>A user's instrument file is the JSON form of {@link ScoredInstrument}: {@code {"instrument":
 * {...}, "rules": {...}, "options": [...], "publishedAlpha": [...]}}, where {@code instrument} has
 * the form {@link org.impsci.assessment.instrument.InstrumentLoader} reads, {@code rules} that of
 * {@link ScoringRules} (for example {@code {"minimumAnswered": {"kind": "FRACTION", "value":
 * 0.5}}}), and {@code options} and {@code publishedAlpha} may be left out. {@link #load(Path)}
 * reads it; {@code ImpsciJson.write(scored)} writes it.
 *
 * <p>The registry knows its ids from {@link InstrumentProvider#suppliers()} and builds a provider's
 * instrument only when it is first asked for (then keeps it): scoring NoMAD does not build pCAT,
 * whose item table and CFIR mapping load Jackson databind and the framework registry (about 20 MB
 * and a quarter of a second of a command's start, benchmarks/README.md, issue 20).
 */
public final class Instruments {
  private static Instruments bundled;

  private final SortedMap<String, Supplier<ScoredInstrument>> byId;

  private Instruments(SortedMap<String, Supplier<ScoredInstrument>> byId) {
    this.byId = Collections.unmodifiableSortedMap(byId);
  }

  /**
   * Every instrument that an {@link InstrumentProvider} on the module or class path supplies,
   * found through {@link java.util.ServiceLoader} on the first call and cached; each is built on
   * first use.
   *
   * @throws ImpsciException if two providers supply the same instrument id, naming both, or a
   *     provider cannot be loaded
   */
  public static synchronized Instruments bundled() {
    if (bundled == null) {
      bundled =
          new Instruments(
              new TreeMap<>(
                  ProvidedById.load(
                      InstrumentProvider.class, Instruments::onDemand, ProvidedInstrument::id,
                      "instrument")));
    }
    return bundled;
  }

  /**
   * A registry of the given instruments.
   *
   * @throws ImpsciException if two of them have the same id
   */
  public static Instruments of(Collection<? extends ScoredInstrument> instruments) {
    Instruments registry = new Instruments(new TreeMap<>());
    for (ScoredInstrument i : instruments) {
      registry = registry.with(i);
    }
    return registry;
  }

  static Instruments fromProviders(Iterable<? extends InstrumentProvider> providers) {
    return new Instruments(
        new TreeMap<>(
            ProvidedById.collect(
                providers, Instruments::onDemand, ProvidedInstrument::id, "instrument")));
  }

  private static List<ProvidedInstrument> onDemand(InstrumentProvider provider) {
    return provider.suppliers().entrySet().stream()
        .map(e -> new ProvidedInstrument(provider, e.getKey(), e.getValue()))
        .toList();
  }

  /**
   * A registry with everything in this one plus the given instrument.
   *
   * @throws ImpsciException if this registry already has an instrument with that id
   */
  public Instruments with(ScoredInstrument instrument) {
    if (byId.containsKey(instrument.id())) {
      throw new ImpsciException(
          "an instrument with id '" + instrument.id() + "' is already registered");
    }
    SortedMap<String, Supplier<ScoredInstrument>> more = new TreeMap<>(byId);
    more.put(instrument.id(), () -> instrument);
    return new Instruments(more);
  }

  /**
   * Every instrument, by id (building those not built yet).
   *
   * @throws ImpsciException if a provider's instrument cannot be built
   */
  public List<ScoredInstrument> all() {
    return byId.values().stream().map(Supplier::get).toList();
  }

  /** The instrument ids, in order. */
  public List<String> ids() {
    return List.copyOf(byId.keySet());
  }

  /**
   * The instrument with this id.
   *
   * @throws ImpsciException if its provider cannot build it
   */
  public Optional<ScoredInstrument> find(String id) {
    return Optional.ofNullable(byId.get(id)).map(Supplier::get);
  }

  /**
   * The instrument with this id.
   *
   * @throws ImpsciException if there is none, listing the known ids, or its provider cannot build
   *     it
   */
  public ScoredInstrument get(String id) {
    return find(id).orElseThrow(() -> ProvidedById.unknown("instrument", id, byId.keySet()));
  }

  /**
   * Reads and validates a user's instrument with its scoring rules (the JSON form above).
   *
   * @param in the JSON bytes (closed after reading)
   * @param sourceName the file name or description used in error messages
   * @throws InvalidInputException if the JSON is malformed or the instrument or its rules are
   *     invalid; the message names the source, line, JSON path and item
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static ScoredInstrument load(InputStream in, String sourceName) {
    return SafeJson.read(in, sourceName, InstrumentJson::readScored);
  }

  /**
   * Reads and validates a user's instrument with its scoring rules from a file, named in error
   * messages by its path.
   *
   * @throws InvalidInputException if the JSON is malformed or the instrument or its rules are
   *     invalid
   * @throws UncheckedIOException if the file cannot be read
   */
  public static ScoredInstrument load(Path file) {
    return SafeJson.read(file, InstrumentJson::readScored);
  }

  /** A provider's instrument, built on first use and then kept; thread-safe. */
  private static final class ProvidedInstrument implements Supplier<ScoredInstrument> {
    private final InstrumentProvider provider;
    private final String id;
    private final Supplier<ScoredInstrument> supplier;
    private ScoredInstrument built;

    ProvidedInstrument(InstrumentProvider provider, String id, Supplier<ScoredInstrument> supplier) {
      this.provider = provider;
      this.id = id;
      this.supplier = supplier;
    }

    String id() {
      return id;
    }

    @Override
    public synchronized ScoredInstrument get() {
      if (built == null) {
        ScoredInstrument made = supplier.get();
        if (!made.id().equals(id)) {
          throw new ImpsciException(
              provider.getClass().getName() + " built instrument '" + made.id() + "' when asked for '"
                  + id + "'");
        }
        built = made;
      }
      return built;
    }
  }
}
