package org.impsci.barriers.cfir;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a row of the {@link CfirCrosswalk} rests on.
 *
 * <p>Immutable and thread-safe.
 */
public enum CrosswalkBasis {
  /** Read in Additional file 4 of Damschroder et al. 2022 (doi:10.1186/s13012-022-01245-0). */
  @JsonProperty("additional-file-4")
  ADDITIONAL_FILE_4,
  /**
   * This project's judgement from the two construct lists and definitions, where the published
   * file could not be read; check against Additional file 4 before relying on it.
   */
  @JsonProperty("project-judgement")
  PROJECT_JUDGEMENT
}
