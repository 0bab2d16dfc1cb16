/** Safe XML and zip reading; not exported. */
package org.impsci.qda.internal;
