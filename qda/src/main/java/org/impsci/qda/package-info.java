/**
 * Exchange with qualitative-analysis programs (NVivo, MAXQDA, ATLAS.ti, QualCoder and others)
 * through the REFI-QDA standard: codebooks ({@code .qdc}) through {@link
 * org.impsci.assessment.qda.QdcCodebook} and projects ({@code .qdpx}) through {@link
 * org.impsci.assessment.qda.QdpxReader} and {@link org.impsci.assessment.qda.QdpxWriter}, with the
 * codes' colours, folders and sets ({@link org.impsci.assessment.qda.CodeDisplay}) and selection
 * positions counted as the writing program counts them ({@link
 * org.impsci.assessment.qda.PositionUnit}).
 *
 * <p>Input is read safely: XML with DTDs and external entities refused, archives checked for
 * path traversal, entry count and expanded size (see {@link org.impsci.assessment.qda.QdpxReader}).
 */
package org.impsci.assessment.qda;
