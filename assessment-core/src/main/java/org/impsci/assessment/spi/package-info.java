/**
 * Plug-in points: a module adds frameworks ({@link org.impsci.assessment.spi.FrameworkProvider})
 * and instruments ({@link org.impsci.assessment.spi.InstrumentProvider}) to every part of impsci
 * (the registries, the command line, the report) by registering a provider with {@link
 * java.util.ServiceLoader}.
 */
package org.impsci.assessment.spi;
