/** Implementation details; not exported. */
package org.impsci.assessment.internal;
