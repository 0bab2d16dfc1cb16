package org.impsci.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.impsci.assessment.ImpsciException;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.instrument.Response;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.assessment.scoring.Instruments;
import org.impsci.assessment.scoring.RespondentScores;
import org.impsci.assessment.scoring.ScoredInstrument;
import org.impsci.fhir.Canonicals;
import org.impsci.fhir.FhirFormat;
import org.impsci.fhir.FhirInputException;
import org.impsci.fhir.QuestionnaireExport;
import org.impsci.fhir.ResponseScoring;

/**
 * The scoring service behind {@code impsci serve}: the JDK's own HTTP server
 * ({@code com.sun.net.httpserver}) on a bounded pool of workers. Endpoints:
 *
 * <ul>
 *   <li>{@code GET /health}: {@code {"status":"ok"}};
 *   <li>{@code GET /instruments}: the registered instruments, as {@code impsci instruments
 *       --format json} lists them; {@code GET /instruments/{id}}: one with its scoring rules (the
 *       form a user's instrument file has);
 *   <li>{@code GET /Questionnaire/{id}}: the FHIR R4 Questionnaire (FHIR XML when the request
 *       accepts {@code application/fhir+xml});
 *   <li>{@code POST /score/{id}}: a response in impsci JSON ({@code application/json}: {@code
 *       {"respondentId": ..., "answers": {...}}}), or an array of them (a batch), returns its
 *       scores (an array for a batch); a FHIR QuestionnaireResponse ({@code application/fhir+json}
 *       or {@code application/fhir+xml}) returns its scores. Either returns, when the request
 *       accepts {@code application/fhir+json} or {@code application/fhir+xml}, a Bundle of one
 *       Observation per scale (per response in turn for a batch).
 * </ul>
 *
 * <p>An instrument without a scale (pCAT) is refused as {@code impsci score} refuses it. Errors
 * never carry a stack trace: 400 for bad input, 404 for an unknown path or instrument,
 * 405 for another method, 413 for a body over the limit, 415 for another content type, 500 for a
 * fault of the service. impsci requests get RFC 9457 {@code application/problem+json} (with the
 * location, value and allowed answers of bad input as extension members); FHIR requests get an
 * {@code OperationOutcome} with an issue per problem.
 */
public final class ScoringService implements AutoCloseable {
  /** The default limit on a request body: 1 MiB. */
  public static final int DEFAULT_MAX_BODY = 1 << 20;

  /** The most responses one batch may hold. */
  public static final int MAX_BATCH = 10_000;

  private static final String JSON = "application/json";
  private static final String PROBLEM = "application/problem+json";
  private static final TypeReference<List<Response>> BATCH = new TypeReference<>() {};

  /**
   * How the service runs.
   *
   * @param bind the address to listen on (loopback by default)
   * @param port the port; 0 takes a free one
   * @param maxBody the largest request body in bytes
   * @param threads the workers; as many requests again may wait, then the acceptor waits
   */
  public record Settings(String bind, int port, int maxBody, int threads) {
    /** Checks the figures. */
    public Settings {
      if (port < 0 || port > 65535 || maxBody < 1 || threads < 1) {
        throw new IllegalArgumentException(
            "port 0-65535, a body limit and threads of at least 1, got port " + port
                + ", body limit " + maxBody + ", threads " + threads);
      }
    }
  }

  static {
    // Replies go out at once (TCP_NODELAY): the JDK's server writes a reply's head and body
    // separately, and Nagle's algorithm would hold the body until the client's delayed
    // acknowledgement, about 40 ms a request. Read once, when the first server is made.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final Settings settings;
  private final Instruments instruments;
  private final HttpServer server;
  private final ThreadPoolExecutor workers;
  private final ObjectMapper mapper = ImpsciJson.mapper();
  private final Canonicals canonicals;
  private final QuestionnaireExport export;

  private ScoringService(Settings settings, Instruments instruments, Canonicals canonicals)
      throws IOException {
    this.settings = settings;
    this.instruments = instruments;
    this.canonicals = canonicals;
    this.export = QuestionnaireExport.under(canonicals);
    this.workers =
        new ThreadPoolExecutor(
            settings.threads(), settings.threads(), 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(settings.threads()),
            r -> {
              Thread t = new Thread(r, "impsci-serve-worker");
              t.setDaemon(true);
              return t;
            },
            // A full queue holds the acceptor until a worker is free: back-pressure, not a drop.
            new ThreadPoolExecutor.CallerRunsPolicy());
    this.server = HttpServer.create(new InetSocketAddress(settings.bind(), settings.port()), 128);
    server.setExecutor(workers);
    server.createContext("/", this::handle);
  }

  /**
   * Starts a service of these instruments under the default canonical URLs ({@link
   * Canonicals#defaults()}); {@link #close()} stops it.
   */
  public static ScoringService start(Settings settings, Instruments instruments) throws IOException {
    return start(settings, instruments, Canonicals.defaults());
  }

  /**
   * Starts a service of these instruments whose Questionnaires, and the QuestionnaireResponses it
   * scores, lie under the given canonical URLs; {@link #close()} stops it.
   */
  public static ScoringService start(Settings settings, Instruments instruments, Canonicals canonicals)
      throws IOException {
    ScoringService service = new ScoringService(settings, instruments, canonicals);
    service.server.start();
    return service;
  }

  /** Where it listens (with the port taken when 0 was asked). */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  /** The settings. */
  public Settings settings() {
    return settings;
  }

  /**
   * Stops taking requests, lets those under way finish (up to two seconds), and stops the
   * workers.
   */
  @Override
  public void close() {
    server.stop(2);
    workers.shutdown();
    try {
      workers.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void handle(HttpExchange ex) {
    try (ex) {
      boolean fhir = isFhir(ex);
      try {
        route(ex);
      } catch (HttpFailure f) {
        fail(ex, fhir, f.status, f.title, f.getMessage(), null);
      } catch (InvalidInputException e) {
        fail(ex, fhir || e instanceof FhirInputException, 400, "Bad Request", e.getMessage(), e);
      } catch (ImpsciException e) {
        fail(ex, fhir, 400, "Bad Request", e.getMessage(), null);
      } catch (RuntimeException e) {
        fail(ex, fhir, 500, "Internal Server Error", "unexpected error, please report it: " + e, null);
      }
    } catch (IOException | RuntimeException e) {
      // The client went away or the reply could not be written: nothing more to tell it.
    }
  }

  /** A failure with its HTTP status, for the handler to reply. */
  private static final class HttpFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;
    final String title;

    HttpFailure(int status, String title, String detail) {
      super(detail, null, false, false);
      this.status = status;
      this.title = title;
    }
  }

  private void route(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    String[] parts = path.substring(1).split("/", -1);
    String method = ex.getRequestMethod();
    if (path.equals("/health")) {
      allow(method, "GET");
      reply(ex, 200, JSON, "{\"status\":\"ok\"}");
    } else if (path.equals("/instruments")) {
      allow(method, "GET");
      reply(ex, 200, JSON, ImpsciJson.write(instruments.all().stream().map(InstrumentsCommand::summary).toList()));
    } else if (parts.length == 2 && parts[0].equals("instruments")) {
      allow(method, "GET");
      reply(ex, 200, JSON, ImpsciJson.write(instrument(parts[1])));
    } else if (parts.length == 2 && parts[0].equals("Questionnaire")) {
      allow(method, "GET");
      FhirFormat format = accepted(ex) == null ? FhirFormat.JSON : accepted(ex);
      reply(ex, 200, format.mediaType(), format.write(export.questionnaire(instrument(parts[1]).instrument())));
    } else if (parts.length == 2 && parts[0].equals("score")) {
      allow(method, "POST");
      score(ex, SurveyOptions.requireScales(instrument(parts[1])));
    } else {
      throw new HttpFailure(404, "Not Found", "no such endpoint: " + path);
    }
  }

  private static void allow(String method, String allowed) {
    if (!method.equals(allowed)) {
      throw new HttpFailure(405, "Method Not Allowed", method + " is not allowed here; allowed: " + allowed);
    }
  }

  private ScoredInstrument instrument(String id) {
    return instruments.find(id).orElseThrow(() -> new HttpFailure(404, "Not Found",
        "unknown instrument '" + id + "'; known: " + String.join(", ", instruments.ids())));
  }

  private void score(HttpExchange ex, ScoredInstrument scored) throws IOException {
    String type = mediaType(ex.getRequestHeaders().getFirst("Content-Type"));
    FhirFormat fhir = FhirFormat.JSON.mediaType().equals(type) ? FhirFormat.JSON
        : FhirFormat.XML.mediaType().equals(type) ? FhirFormat.XML : null;
    if (fhir == null && !JSON.equals(type)) {
      throw new HttpFailure(415, "Unsupported Media Type",
          "content type '" + type + "' is not read here; allowed: application/json (impsci JSON),"
              + " application/fhir+json, application/fhir+xml (a QuestionnaireResponse)");
    }
    byte[] body = body(ex);
    String source = "request body";
    if (fhir != null) {
      QuestionnaireResponse qr = fhir.read(QuestionnaireResponse.class, new ByteArrayInputStream(body), source);
      ResponseScoring scoring = ResponseScoring.of(scored, canonicals);
      RespondentScores scores = scoring.score(qr);
      FhirFormat wanted = accepted(ex);
      if (wanted == null) {
        reply(ex, 200, JSON, ImpsciJson.write(scores));
      } else {
        reply(ex, 200, wanted.mediaType(), wanted.write(bundle(scoring.observations(qr, scores))));
      }
      return;
    }
    JsonNode tree = readTree(body, source);
    if (tree.isArray()) {
      if (tree.size() > MAX_BATCH) {
        throw new HttpFailure(413, "Content Too Large",
            "a batch of " + tree.size() + " responses; allowed: at most " + MAX_BATCH);
      }
      List<Response> responses = convert(tree, BATCH, source);
      List<RespondentScores> scores = new ArrayList<>(responses.size());
      for (Response r : responses) {
        scores.add(scored.scorer().score(r));
      }
      replyScores(ex, scored, scores, scores);
    } else {
      Response r = convert(tree, new TypeReference<Response>() {}, source);
      RespondentScores scores = scored.scorer().score(r);
      replyScores(ex, scored, List.of(scores), scores);
    }
  }

  /**
   * Scores of impsci JSON: the impsci JSON {@code written} (one or an array), or, when the request
   * accepts FHIR, a Bundle of the Observations of every response in turn (no derivedFrom; the
   * respondent id as the subject's identifier, {@link ResponseScoring#observations(RespondentScores)}).
   */
  private void replyScores(
      HttpExchange ex, ScoredInstrument scored, List<RespondentScores> scores, Object written)
      throws IOException {
    FhirFormat wanted = accepted(ex);
    if (wanted == null) {
      reply(ex, 200, JSON, ImpsciJson.write(written));
      return;
    }
    ResponseScoring scoring = ResponseScoring.of(scored, canonicals);
    List<Observation> observations = new ArrayList<>();
    scores.forEach(s -> observations.addAll(scoring.observations(s)));
    reply(ex, 200, wanted.mediaType(), wanted.write(bundle(observations)));
  }

  private static Bundle bundle(List<Observation> observations) {
    Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
    observations.forEach(o -> bundle.addEntry().setResource(o));
    return bundle;
  }

  private JsonNode readTree(byte[] body, String source) {
    try {
      return mapper.readTree(body);
    } catch (JsonProcessingException e) {
      throw ImpsciJson.invalid(e, source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private <T> T convert(JsonNode tree, TypeReference<T> type, String source) {
    try {
      return mapper.readerFor(type).readValue(tree);
    } catch (JsonProcessingException e) {
      throw ImpsciJson.invalid(e, source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The body, at most {@link Settings#maxBody()} bytes. */
  private byte[] body(HttpExchange ex) throws IOException {
    String length = ex.getRequestHeaders().getFirst("Content-Length");
    if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > settings.maxBody()) {
      throw tooLarge(length);
    }
    try (InputStream in = ex.getRequestBody()) {
      byte[] body = in.readNBytes(settings.maxBody() + 1);
      if (body.length > settings.maxBody()) {
        throw tooLarge("more than " + settings.maxBody());
      }
      return body;
    }
  }

  private HttpFailure tooLarge(String bytes) {
    return new HttpFailure(413, "Content Too Large",
        "a body of " + bytes + " bytes; allowed: at most " + settings.maxBody() + " (--max-body)");
  }

  /** Whether the request is a FHIR one: its path, content type or accepted type says so. */
  private static boolean isFhir(HttpExchange ex) {
    String type = mediaType(ex.getRequestHeaders().getFirst("Content-Type"));
    return ex.getRequestURI().getPath().startsWith("/Questionnaire/")
        || type.startsWith("application/fhir+")
        || accepted(ex) != null;
  }

  /** The FHIR format the request accepts, or null when it accepts none. */
  private static FhirFormat accepted(HttpExchange ex) {
    String accept = String.valueOf(ex.getRequestHeaders().getFirst("Accept")).toLowerCase(Locale.ROOT);
    return accept.contains(FhirFormat.JSON.mediaType()) ? FhirFormat.JSON
        : accept.contains(FhirFormat.XML.mediaType()) ? FhirFormat.XML : null;
  }

  private static String mediaType(String header) {
    if (header == null) {
      return "";
    }
    int semicolon = header.indexOf(';');
    return (semicolon < 0 ? header : header.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
  }

  private void fail(
      HttpExchange ex, boolean fhir, int status, String title, String detail, InvalidInputException e)
      throws IOException {
    if (status == 405) {
      ex.getResponseHeaders().set("Allow", detail.substring(detail.lastIndexOf(' ') + 1));
    }
    if (fhir) {
      OperationOutcome outcome =
          e != null ? FhirInputException.outcome(e) : outcome(status, detail);
      FhirFormat format = accepted(ex) == null ? FhirFormat.JSON : accepted(ex);
      reply(ex, status, format.mediaType(), format.write(outcome));
      return;
    }
    ObjectNode problem = mapper.createObjectNode();
    problem.put("type", "about:blank");
    problem.put("title", title);
    problem.put("status", status);
    problem.put("detail", detail);
    if (e != null) {
      problem.put("location", e.location().toString());
      e.location().itemId().ifPresent(v -> problem.put("item", v));
      e.location().path().ifPresent(v -> problem.put("path", v));
      e.value().ifPresent(v -> problem.put("value", v));
      e.allowed().ifPresent(v -> problem.put("allowed", v));
    }
    reply(ex, status, PROBLEM, problem.toString());
  }

  private static OperationOutcome outcome(int status, String detail) {
    OperationOutcome outcome = new OperationOutcome();
    outcome.addIssue()
        .setSeverity(OperationOutcome.IssueSeverity.ERROR)
        .setCode(status == 404 ? OperationOutcome.IssueType.NOTFOUND
            : status == 413 ? OperationOutcome.IssueType.TOOLONG
            : status >= 500 ? OperationOutcome.IssueType.EXCEPTION
            : OperationOutcome.IssueType.NOTSUPPORTED)
        .setDiagnostics(detail);
    return outcome;
  }

  private static void reply(HttpExchange ex, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, bytes.length);
    ex.getResponseBody().write(bytes);
  }
}
