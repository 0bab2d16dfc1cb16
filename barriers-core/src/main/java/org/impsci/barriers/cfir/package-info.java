/**
 * CFIR 2009 and CFIR 2.0 as frameworks with typed handles, the crosswalk between them, and the
 * mapping of a study's own barrier themes onto CFIR 2.0.
 */
package org.impsci.barriers.cfir;
