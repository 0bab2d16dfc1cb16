/**
 * Exchange with qualitative-analysis programs (NVivo, MAXQDA, ATLAS.ti, QualCoder and others)
 * through the REFI-QDA standard: codebooks ({@code .qdc}) through {@link
 * org.impsci.qda.QdcCodebook} and projects ({@code .qdpx}) through {@link
 * org.impsci.qda.QdpxReader} and {@link org.impsci.qda.QdpxWriter}, with the
 * codes' colours, folders and sets ({@link org.impsci.qda.CodeDisplay}) and selection
 * positions counted as the writing program counts them ({@link
 * org.impsci.qda.PositionUnit}).
 *
 * <p>Input is read safely: XML with DTDs and external entities refused, archives checked for
 * path traversal, entry count and expanded size (see {@link org.impsci.qda.QdpxReader}).
 */
package org.impsci.qda;
