package org.impsci.parihs.internal;

import java.util.List;
import org.impsci.assessment.framework.Framework;
import org.impsci.assessment.spi.FrameworkProvider;
import org.impsci.parihs.ParihsFrameworks;

/** Contributes PARIHS and i-PARIHS to the framework registry. */
public final class ParihsFrameworkProvider implements FrameworkProvider {

  /** Used by {@link java.util.ServiceLoader}. */
  public ParihsFrameworkProvider() {}

  @Override
  public List<Framework> frameworks() {
    return List.of(ParihsFrameworks.parihs(), ParihsFrameworks.iParihs());
  }
}
