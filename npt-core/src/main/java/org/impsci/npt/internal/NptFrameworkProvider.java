package org.impsci.npt.internal;

import java.util.List;
import org.impsci.assessment.framework.Framework;
import org.impsci.assessment.spi.FrameworkProvider;
import org.impsci.npt.NptFrameworks;

/** Contributes NPT, extended NPT and the NPT coding manual to the framework registry. */
public final class NptFrameworkProvider implements FrameworkProvider {

  /** Used by {@link java.util.ServiceLoader}. */
  public NptFrameworkProvider() {}

  @Override
  public List<Framework> frameworks() {
    return List.of(NptFrameworks.npt(), NptFrameworks.extendedNpt(), NptFrameworks.codingManual());
  }
}
