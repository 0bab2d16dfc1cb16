package org.impsci.barriers.strategy;

import org.impsci.assessment.framework.ConstructRef;

/**
 * The seam through which CFIR 2.0 barriers reach the CFIR 2009 endorsement table: maps one
 * {@code cfir-2.0} construct to the {@code cfir-2009} constructs it corresponds to, and says
 * whether that loses information. The crosswalk of Damschroder et al. 2022
 * (doi:10.1186/s13012-022-01245-0, Additional file 4) implements it.
 *
 * <p>Implementations must be thread-safe; the bundled one is immutable.
 */
@FunctionalInterface
public interface Cfir2Crosswalk {

  /**
   * The CFIR 2009 constructs for a CFIR 2.0 construct; an empty target list means the construct
   * is new in 2.0 and has no 2009 counterpart.
   *
   * @throws org.impsci.assessment.InvalidInputException if the construct is not in CFIR 2.0
   */
  CrosswalkMapping to2009(ConstructRef cfir2Construct);
}
