package org.impsci.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Questionnaire;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.assessment.scoring.Instruments;
import org.impsci.fhir.Canonicals;
import org.impsci.fhir.FhirFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code impsci serve} through real HTTP on the loopback address (a free port): every endpoint,
 * content type and error status, with expected scores worked out by hand from the NoMAD answers
 * (respondent p1 of the fhir module's tests: CO 4,4,5,3; CP 5, not relevant to my role, 4, 4; CA
 * 4,2,4,3,3,2,2 with CA2 reverse-scored to 4; RM 3,4,4,5,4).
 */
class ScoringServiceTest {
  private static final int LIMIT = 4096;
  private static final String P1 =
      "{\"respondentId\":\"p1\",\"answers\":{\"CO1\":4,\"CO2\":4,\"CO3\":5,\"CO4\":3,\"CP1\":5,"
          + "\"CP2\":\"not_relevant_role\",\"CP3\":4,\"CP4\":4,\"CA1\":4,\"CA2\":2,\"CA3\":4,"
          + "\"CA4\":3,\"CA5\":3,\"CA6\":2,\"CA7\":2,\"RM1\":3,\"RM2\":4,\"RM3\":4,\"RM4\":5,"
          + "\"RM5\":4,\"G1\":7,\"G3\":10}}";
  /** A QuestionnaireResponse in FHIR JSON answering CO1-CO4 with 4, 4, 5 and 3. */
  private static final String QR =
      "{\"resourceType\":\"QuestionnaireResponse\",\"id\":\"q1\",\"status\":\"completed\","
          + "\"questionnaire\":\"http://impsci.org/fhir/Questionnaire/nomad\",\"item\":[{\"linkId\":"
          + "\"coherence\",\"item\":["
          + coded("CO1", 4) + "," + coded("CO2", 4) + "," + coded("CO3", 5) + "," + coded("CO4", 3)
          + "]}]}";

  private static ScoringService service;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static String coded(String linkId, int code) {
    return "{\"linkId\":\"" + linkId + "\",\"answer\":[{\"valueCoding\":{\"system\":"
        + "\"http://impsci.org/fhir/CodeSystem/nomad-answers\",\"code\":\"" + code + "\"}}]}";
  }

  @BeforeAll
  static void start() throws IOException {
    service = ScoringService.start(new ScoringService.Settings("127.0.0.1", 0, LIMIT, 2), Instruments.bundled());
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  private static URI uri(String path) {
    return URI.create("http://127.0.0.1:" + service.address().getPort() + path);
  }

  private static HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).GET();
    if (headers.length > 0) {
      b.headers(headers);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String path, String type, String body, String... headers)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri(path)).header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body));
    if (headers.length > 0) {
      b.headers(headers);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String type(HttpResponse<?> r) {
    return r.headers().firstValue("Content-Type").orElse("");
  }

  private static JsonNode json(HttpResponse<String> r) throws IOException {
    return ImpsciJson.mapper().readTree(r.body());
  }

  @Test
  void healthAndTheInstrumentsAreListed() throws Exception {
    HttpResponse<String> health = get("/health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(type(health)).isEqualTo("application/json");
    assertThat(health.body()).isEqualTo("{\"status\":\"ok\"}");

    JsonNode list = json(get("/instruments"));
    assertThat(list.findValuesAsText("id")).containsExactlyElementsOf(Instruments.bundled().ids());
    assertThat(list.findValuesAsText("id")).contains("nomad", "orca");

    HttpResponse<String> nomad = get("/instruments/nomad");
    assertThat(nomad.statusCode()).isEqualTo(200);
    var read = Instruments.load(new ByteArrayInputStream(nomad.body().getBytes(StandardCharsets.UTF_8)), "body");
    assertThat(read.instrument().items()).hasSize(23);
  }

  @Test
  void theQuestionnaireComesInFhirJsonOrXml() throws Exception {
    HttpResponse<String> json = get("/Questionnaire/nomad");
    assertThat(json.statusCode()).isEqualTo(200);
    assertThat(type(json)).isEqualTo("application/fhir+json");
    Questionnaire q = FhirFormat.JSON.read(Questionnaire.class, stream(json.body()), "body");
    assertThat(q.getUrl()).isEqualTo("http://impsci.org/fhir/Questionnaire/nomad");

    HttpResponse<String> xml = get("/Questionnaire/orca", "Accept", "application/fhir+xml");
    assertThat(type(xml)).isEqualTo("application/fhir+xml");
    assertThat(FhirFormat.XML.read(Questionnaire.class, stream(xml.body()), "body").getItem()).hasSize(3);
  }

  @Test
  void anImpsciResponseAndABatchAreScored() throws Exception {
    HttpResponse<String> one = post("/score/nomad", "application/json; charset=utf-8", P1);
    assertThat(one.statusCode()).as(one.body()).isEqualTo(200);
    assertThat(type(one)).isEqualTo("application/json");
    JsonNode scores = json(one).get("scores");
    assertThat(scores.findValuesAsText("scaleId"))
        .containsExactly("coherence", "cognitive-participation", "collective-action", "reflexive-monitoring");
    assertThat(scores.findValues("score")).extracting(JsonNode::asDouble)
        .containsExactly(4.0, 13.0 / 3, 22.0 / 7, 4.0);

    HttpResponse<String> batch = post("/score/nomad", "application/json", "[" + P1 + "," + P1.replace("p1", "p2") + "]");
    assertThat(batch.statusCode()).isEqualTo(200);
    assertThat(json(batch).findValuesAsText("respondentId")).containsExactly("p1", "p2");
  }

  @Test
  void aQuestionnaireResponseGetsScoresOrObservations() throws Exception {
    HttpResponse<String> scores = post("/score/nomad", "application/fhir+json", QR);
    assertThat(scores.statusCode()).as(scores.body()).isEqualTo(200);
    assertThat(json(scores).get("scores").get(0).get("score").asDouble()).isEqualTo(4.0);
    assertThat(json(scores).get("respondentId").asText()).isEqualTo("q1");

    HttpResponse<String> observations =
        post("/score/nomad", "application/fhir+json", QR, "Accept", "application/fhir+json");
    assertThat(type(observations)).isEqualTo("application/fhir+json");
    Bundle bundle = FhirFormat.JSON.read(Bundle.class, stream(observations.body()), "body");
    assertThat(bundle.getEntry()).hasSize(4);
    Observation coherence = (Observation) bundle.getEntryFirstRep().getResource();
    assertThat(((Quantity) coherence.getValue()).getValue().doubleValue()).isEqualTo(4.0);
    assertThat(coherence.getDerivedFromFirstRep().getReference()).isEqualTo("QuestionnaireResponse/q1");
    // The other three scales have no answers: no value, and the reason.
    assertThat(((Observation) bundle.getEntry().get(1).getResource()).hasDataAbsentReason()).isTrue();

    String xml = FhirFormat.XML.write(FhirFormat.JSON.read(
        org.hl7.fhir.r4.model.QuestionnaireResponse.class, stream(QR), "qr"));
    HttpResponse<String> fromXml = post("/score/nomad", "application/fhir+xml", xml);
    assertThat(fromXml.body()).isEqualTo(scores.body());
  }

  @Test
  void anImpsciResponseOrBatchGetsObservationsWhenTheRequestAcceptsFhir() throws Exception {
    HttpResponse<String> batch =
        post("/score/nomad", "application/json", "[" + P1 + "," + P1.replace("p1", "p2").replace("\"CO1\":4", "\"CO1\":1") + "]",
            "Accept", "application/fhir+json");
    assertThat(batch.statusCode()).as(batch.body()).isEqualTo(200);
    assertThat(type(batch)).isEqualTo("application/fhir+json");
    List<Observation> obs =
        FhirFormat.JSON.read(Bundle.class, stream(batch.body()), "body").getEntry().stream()
            .map(e -> (Observation) e.getResource()).toList();
    // Four scales per response, p1's then p2's; no QuestionnaireResponse, so no derivedFrom and
    // the respondent id as the subject's identifier. p2 is p1 with CO1 = 1: coherence (1+4+5+3)/4.
    assertThat(obs).extracting(o -> o.getSubject().getIdentifier().getValue())
        .containsExactly("p1", "p1", "p1", "p1", "p2", "p2", "p2", "p2");
    assertThat(obs).extracting(o -> ((Quantity) o.getValue()).getValue().doubleValue())
        .containsExactly(4.0, 13.0 / 3, 22.0 / 7, 4.0, 13.0 / 4, 13.0 / 3, 22.0 / 7, 4.0);
    assertThat(obs).noneMatch(Observation::hasDerivedFrom);

    HttpResponse<String> xml = post("/score/nomad", "application/json", P1, "Accept", "application/fhir+xml");
    assertThat(type(xml)).isEqualTo("application/fhir+xml");
    Bundle one = FhirFormat.XML.read(Bundle.class, stream(xml.body()), "body");
    assertThat(one.getEntry()).hasSize(4);
    assertThat(((Observation) one.getEntry().get(3).getResource()).getCode().getCodingFirstRep().getCode())
        .isEqualTo("reflexive-monitoring");

    HttpResponse<String> bad =
        post("/score/nomad", "application/json", P1.replace("\"CO1\":4", "\"CO1\":9"), "Accept", "application/fhir+json");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(FhirFormat.JSON.read(OperationOutcome.class, stream(bad.body()), "body").getIssueFirstRep().getDiagnostics())
        .contains("CO1").contains("(value '9')");
  }

  @Test
  void anotherCanonicalBaseServesQuestionnairesAndReadsResponsesUnderIt() throws Exception {
    String base = "https://example.org/fhir";
    try (ScoringService other =
        ScoringService.start(new ScoringService.Settings("127.0.0.1", 0, LIMIT, 1), Instruments.bundled(),
            Canonicals.under(base))) {
      String at = "http://127.0.0.1:" + other.address().getPort();
      HttpResponse<String> q =
          HTTP.send(HttpRequest.newBuilder(URI.create(at + "/Questionnaire/nomad")).build(), HttpResponse.BodyHandlers.ofString());
      Questionnaire read = FhirFormat.JSON.read(Questionnaire.class, stream(q.body()), "body");
      assertThat(read.getUrl()).isEqualTo(base + "/Questionnaire/nomad");
      assertThat(read.getItemFirstRep().getItemFirstRep().getAnswerOptionFirstRep().getValueCoding().getSystem())
          .isEqualTo(base + "/CodeSystem/nomad-answers");

      String ours = QR.replace("http://impsci.org/fhir", base);
      HttpResponse<String> scored = postTo(at, ours, "Accept", "application/fhir+json");
      assertThat(scored.statusCode()).as(scored.body()).isEqualTo(200);
      Observation coherence =
          (Observation) FhirFormat.JSON.read(Bundle.class, stream(scored.body()), "body").getEntryFirstRep().getResource();
      assertThat(coherence.getCode().getCodingFirstRep().getSystem()).isEqualTo(base + "/CodeSystem/nomad-scales");
      assertThat(((Quantity) coherence.getValue()).getValue().doubleValue()).isEqualTo(4.0); // (4+4+5+3)/4

      // A response to the Questionnaire under the default base is a response to another one.
      HttpResponse<String> foreign = postTo(at, QR);
      assertThat(foreign.statusCode()).isEqualTo(400);
      assertThat(FhirFormat.JSON.read(OperationOutcome.class, stream(foreign.body()), "body").getIssueFirstRep().getDiagnostics())
          .contains("a response to another Questionnaire (value 'http://impsci.org/fhir/Questionnaire/nomad');"
              + " allowed: https://example.org/fhir/Questionnaire/nomad");
    }
  }

  private static HttpResponse<String> postTo(String at, String qr, String... headers) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(at + "/score/nomad")).header("Content-Type", "application/fhir+json")
            .POST(HttpRequest.BodyPublishers.ofString(qr));
    if (headers.length > 0) {
      b.headers(headers);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void badImpsciInputIsAProblemNamingItemValueAndAllowed() throws Exception {
    HttpResponse<String> r = post("/score/nomad", "application/json", P1.replace("\"CO1\":4", "\"CO1\":9"));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(type(r)).isEqualTo("application/problem+json");
    JsonNode problem = json(r);
    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.get("title").asText()).isEqualTo("Bad Request");
    assertThat(problem.get("item").asText()).isEqualTo("CO1");
    assertThat(problem.get("value").asText()).isEqualTo("9");
    assertThat(problem.get("allowed").asText())
        .isEqualTo("whole numbers 1..5, or one of [not_relevant_stage, not_relevant_role, not_relevant_intervention]");
    assertThat(r.body()).doesNotContain("Exception").doesNotContain("at org.");

    HttpResponse<String> pcat = post("/score/pcat", "application/json", "{\"respondentId\":\"x\",\"answers\":{}}");
    assertThat(pcat.statusCode()).isEqualTo(400);
    assertThat(json(pcat).get("detail").asText()).startsWith("instrument 'pcat' has no scale to score: ");

    HttpResponse<String> broken = post("/score/nomad", "application/json", "{\"respondentId\":");
    assertThat(broken.statusCode()).isEqualTo(400);
    assertThat(json(broken).get("detail").asText()).startsWith("request body");
  }

  @Test
  void aBadQuestionnaireResponseIsAnOperationOutcome() throws Exception {
    HttpResponse<String> r = post("/score/nomad", "application/fhir+json", QR.replace("\"code\":\"5\"", "\"code\":\"6\""));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(type(r)).isEqualTo("application/fhir+json");
    OperationOutcome outcome = FhirFormat.JSON.read(OperationOutcome.class, stream(r.body()), "body");
    assertThat(outcome.getIssue()).hasSize(1);
    assertThat(outcome.getIssueFirstRep().getExpression().get(0).getValue())
        .isEqualTo("QuestionnaireResponse.item[0].item[2].answer[0].value.code");
    assertThat(outcome.getIssueFirstRep().getDiagnostics()).contains("item CO3").contains("(value '6')");

    HttpResponse<String> notFhir = post("/score/nomad", "application/fhir+json", "{\"resourceType\":\"Patient\"}");
    assertThat(notFhir.statusCode()).isEqualTo(400);
    assertThat(FhirFormat.JSON.read(OperationOutcome.class, stream(notFhir.body()), "body").getIssueFirstRep().getCode())
        .isEqualTo(OperationOutcome.IssueType.STRUCTURE);
  }

  @Test
  void unknownThingsWrongMethodsTypesAndSizesGetTheirStatus() throws Exception {
    HttpResponse<String> unknown = post("/score/nomadd", "application/json", P1);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(json(unknown).get("detail").asText()).startsWith("unknown instrument 'nomadd'; known: ");
    HttpResponse<String> questionnaire = get("/Questionnaire/nomadd");
    assertThat(questionnaire.statusCode()).isEqualTo(404);
    assertThat(FhirFormat.JSON.read(OperationOutcome.class, stream(questionnaire.body()), "body").getIssueFirstRep().getCode())
        .isEqualTo(OperationOutcome.IssueType.NOTFOUND);
    assertThat(get("/nowhere").statusCode()).isEqualTo(404);

    HttpResponse<String> method = get("/score/nomad");
    assertThat(method.statusCode()).isEqualTo(405);
    assertThat(method.headers().firstValue("Allow")).hasValue("POST");

    HttpResponse<String> text = post("/score/nomad", "text/plain", P1);
    assertThat(text.statusCode()).isEqualTo(415);
    assertThat(json(text).get("detail").asText()).startsWith("content type 'text/plain' is not read here");

    String big = "[" + (P1 + ",").repeat(LIMIT / P1.length() + 1) + P1 + "]";
    HttpResponse<String> large = post("/score/nomad", "application/json", big);
    assertThat(large.statusCode()).isEqualTo(413);
    assertThat(json(large).get("detail").asText())
        .isEqualTo("a body of " + big.length() + " bytes; allowed: at most 4096 (--max-body)");
    // Without a length (chunked), the body is read up to the limit and no further.
    HttpResponse<String> chunked =
        HTTP.send(
            HttpRequest.newBuilder(uri("/score/nomad"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> stream(big)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(chunked.statusCode()).isEqualTo(413);
    assertThat(json(chunked).get("detail").asText()).isEqualTo("a body of more than 4096 bytes; allowed: at most 4096 (--max-body)");
  }

  @Test
  void manyClientsAtOnceAreAllServedByTheBoundedPool() throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> done = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        done.add(clients.submit(() -> post("/score/nomad", "application/json", P1).statusCode()));
      }
      for (Future<Integer> f : done) {
        assertThat(f.get()).isEqualTo(200);
      }
    } finally {
      clients.shutdown();
    }
  }

  @Test
  void aClosedServiceTakesNoMoreRequests() throws Exception {
    ScoringService other = ScoringService.start(new ScoringService.Settings("127.0.0.1", 0, 100, 1), Instruments.bundled());
    URI health = URI.create("http://127.0.0.1:" + other.address().getPort() + "/health");
    assertThat(HTTP.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    other.close();
    assertThatThrownBy(() -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(ConnectException.class);
    assertThatThrownBy(() -> new ScoringService.Settings("127.0.0.1", 70000, 1, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void serveRunsUntilSigtermAndItsOptionsAreChecked() throws Exception {
    // The command in a process of its own, stopped as a service manager stops it (SIGTERM).
    Path log = Files.createTempFile("impsci-serve", ".log");
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "org.impsci.cli.Impsci", "serve", "--port", "0", "--threads", "1")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (Files.readString(log).isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      String line = Files.readString(log).strip();
      assertThat(line).startsWith("impsci serve: listening on http://127.0.0.1:")
          .contains("nomad").endsWith("body limit 1048576 bytes, 1 workers)");
      String base = line.substring(line.indexOf("http://"), line.indexOf("/ ("));
      HttpResponse<String> health =
          HTTP.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(health.body()).isEqualTo("{\"status\":\"ok\"}");
      p.destroy(); // SIGTERM
      assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).isEqualTo(143); // 128 + SIGTERM, after the shutdown hook ran
      assertThat(Files.readString(log).strip()).isEqualTo(line); // nothing more printed: no trace
    } finally {
      p.destroyForcibly();
      Files.delete(log);
    }

    CommandRun impsci = new CommandRun();
    assertThat(impsci.run("serve", "--port", "70000")).isEqualTo(Impsci.USAGE);
    assertThat(impsci.err.toString().lines()).containsExactly(
        "impsci: port 0-65535, a body limit and threads of at least 1, got port 70000, body limit"
            + " 1048576, threads " + Runtime.getRuntime().availableProcessors()
            + " (see 'impsci serve --help')");
    impsci.clear();
    assertThat(impsci.run("serve", "--canonical-base", "ftp://example.org/fhir")).isEqualTo(Impsci.USAGE);
    assertThat(impsci.err.toString().lines()).containsExactly(
        "impsci: --canonical-base: a canonical base is an absolute http or https URL with a host and"
            + " no query, fragment, '|' or trailing slash, such as http://impsci.org/fhir; got"
            + " 'ftp://example.org/fhir' (see 'impsci serve --help')");
    impsci.clear();
    assertThat(impsci.run("serve", "--instrument", "none.json")).isEqualTo(Impsci.USAGE);
    assertThat(impsci.err.toString()).startsWith("impsci: no such input file: none.json");
  }

  private static ByteArrayInputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
