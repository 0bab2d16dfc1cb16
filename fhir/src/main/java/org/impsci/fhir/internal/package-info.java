/** Implementation of the FHIR module; not part of its API. */
package org.impsci.fhir.internal;
