/**
 * FHIR R4 Questionnaire export ({@link org.impsci.fhir.QuestionnaireExport}), QuestionnaireResponse
 * scoring ({@link org.impsci.fhir.ResponseScoring}), FHIR JSON and XML ({@link
 * org.impsci.fhir.FhirFormat}) and bad input as an OperationOutcome ({@link
 * org.impsci.fhir.FhirInputException}).
 */
package org.impsci.fhir;
