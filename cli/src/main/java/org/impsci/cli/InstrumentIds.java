package org.impsci.cli;

import java.util.Iterator;
import org.impsci.assessment.scoring.Instruments;

/**
 * The ids of the instruments on the class path ({@link Instruments#bundled()}), for usage help and
 * completion; the command line has no instrument table of its own.
 */
final class InstrumentIds implements Iterable<String> {
  @Override
  public Iterator<String> iterator() {
    return Instruments.bundled().ids().iterator();
  }
}
