package org.impsci.assessment.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The Jackson module a host registers on an {@code ObjectMapper} of its own to read and write
 * every public impsci type as {@link ImpsciJson} does: {@code
 * mapper.registerModule(new ImpsciModule())}. It brings Jackson's {@code Optional} support and
 * leaves empty optionals out when writing; the value types carry their own creators, so nothing
 * else is needed. The host's own settings (unknown properties, duplicate keys, read constraints)
 * stay the host's: {@link ImpsciJson#newMapper()} is the mapper with impsci's safe settings.
 *
 * <p>Register it on a mapper before use; it keeps no state of its own after construction, so it is
 * thread-safe once registered.
 */
public final class ImpsciModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module. */
  public ImpsciModule() {
    super("impsci", Version.unknownVersion());
  }

  @Override
  public Iterable<? extends Module> getDependencies() {
    return List.of(new Jdk8Module());
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    JsonInclude.Value absentLeftOut =
        JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT);
    for (Class<?> type : List.of(Optional.class, OptionalDouble.class, OptionalInt.class, OptionalLong.class)) {
      context.configOverride(type).setInclude(absentLeftOut);
    }
  }
}
