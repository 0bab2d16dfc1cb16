package org.impsci.barriers;

import org.impsci.assessment.framework.Construct;
import org.impsci.assessment.framework.ConstructRef;
import org.impsci.assessment.framework.Framework;

/**
 * A typed handle to a construct of a bundled framework: an enum constant that names the same id
 * as the framework's JSON resource (a test proves that they agree).
 */
public interface ConstructHandle {

  /** The construct id within the framework, for example {@code inner-setting.culture}. */
  String id();

  /** The bundled framework the construct belongs to. */
  Framework framework();

  /** The reference {@code framework:id}. */
  default ConstructRef ref() {
    return ConstructRef.of(framework().id(), id());
  }

  /** The construct as loaded from the bundled resource: label, definition, aliases, sources. */
  default Construct construct() {
    return framework().require(id());
  }
}
