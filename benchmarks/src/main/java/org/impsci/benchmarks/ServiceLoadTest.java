package org.impsci.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.impsci.assessment.Impsci;
import org.impsci.fhir.FhirFormat;
import org.impsci.fhir.QuestionnaireExport;

/**
 * Load test of {@code impsci serve}: the service started as the README starts it, through the
 * {@code impsci} launcher ({@code ./impsci serve --port 0}: loopback, a free port, a worker per
 * processor; the launcher's path from {@code -Dimpsci.launcher}, default {@code impsci} in the
 * working folder), and clients on threads of this process posting one NoMAD response per request
 * over keep-alive connections, first as impsci JSON, then as a FHIR QuestionnaireResponse.
 * Bounded: each run stops after its request count or its time limit, whichever comes first; the
 * service is stopped with SIGTERM at the end. Prints throughput and p50/p99 latency (request sent
 * to reply read, on the client). Client and service share the machine's cores, so the figures
 * are those of both together.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar org.impsci.benchmarks.ServiceLoadTest
 * [REQUESTS [CLIENTS [SECONDS]]]} (defaults 50,000, 4 and 60), from the repository root.
 */
public final class ServiceLoadTest {
  /** One NoMAD respondent: 20 construct answers (one "not relevant to my role"), G1 and G3. */
  static final String IMPSCI_JSON =
      "{\"respondentId\":\"p1\",\"answers\":{\"CO1\":4,\"CO2\":4,\"CO3\":5,\"CO4\":3,\"CP1\":5,"
          + "\"CP2\":\"not_relevant_role\",\"CP3\":4,\"CP4\":4,\"CA1\":4,\"CA2\":2,\"CA3\":4,"
          + "\"CA4\":3,\"CA5\":3,\"CA6\":2,\"CA7\":2,\"RM1\":3,\"RM2\":4,\"RM3\":4,\"RM4\":5,"
          + "\"RM5\":4,\"G1\":7,\"G3\":10}}";

  private ServiceLoadTest() {}

  /** Runs the load test; see the class comment for the arguments. */
  public static void main(String[] args) throws Exception {
    int requests = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
    Path launcher = Path.of(System.getProperty("impsci.launcher", "impsci")).toAbsolutePath();
    if (!Files.isExecutable(launcher)) {
      throw new IllegalStateException(
          "no impsci launcher at " + launcher + "; run from the repository root, or set -Dimpsci.launcher");
    }
    Process service =
        new ProcessBuilder(launcher.toString(), "serve", "--port", "0")
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    try {
      String line = new BufferedReader(new InputStreamReader(service.getInputStream(), StandardCharsets.UTF_8)).readLine();
      if (line == null || !line.contains("http://")) {
        throw new IllegalStateException("the service did not start: " + line);
      }
      System.out.println(line);
      String base = line.substring(line.indexOf("http://"), line.indexOf("/ ("));
      URI score = URI.create(base + "/score/nomad");
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      HttpRequest impsci = post(score, "application/json", IMPSCI_JSON);
      HttpRequest fhir = post(score, "application/fhir+json", questionnaireResponse());
      System.out.printf(
          Locale.ROOT, "%d processors, %d clients, at most %d requests or %d s per run%n",
          Runtime.getRuntime().availableProcessors(), clients, requests, seconds);
      // Warm-up: the JIT and the connections, not measured.
      run(http, impsci, Math.min(requests, 20_000), clients, seconds);
      run(http, fhir, Math.min(requests, 5_000), clients, seconds);
      report("impsci JSON", run(http, impsci, requests, clients, seconds));
      report("FHIR QuestionnaireResponse", run(http, fhir, requests, clients, seconds));
    } finally {
      service.destroy(); // SIGTERM: the service finishes what is under way and stops
      service.waitFor(20, TimeUnit.SECONDS);
      service.destroyForcibly();
    }
  }

  private static HttpRequest post(URI uri, String type, String body) {
    return HttpRequest.newBuilder(uri)
        .header("Content-Type", type)
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  /** The same respondent as a QuestionnaireResponse to the exported NoMAD Questionnaire. */
  static String questionnaireResponse() {
    Questionnaire q = QuestionnaireExport.withDefaults().questionnaire(Impsci.instrument("nomad").instrument());
    QuestionnaireResponse qr = new QuestionnaireResponse();
    qr.setId("p1");
    qr.setQuestionnaire(q.getUrl());
    qr.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
    answer(qr.getItem(), q.getItem());
    return FhirFormat.JSON.write(qr);
  }

  private static void answer(List<QuestionnaireResponseItemComponent> into, List<QuestionnaireItemComponent> items) {
    for (QuestionnaireItemComponent item : items) {
      QuestionnaireResponseItemComponent r = new QuestionnaireResponseItemComponent().setLinkId(item.getLinkId());
      into.add(r);
      if (item.getType() == Questionnaire.QuestionnaireItemType.GROUP) {
        answer(r.getItem(), item.getItem());
      } else if (item.hasAnswerOption()) {
        r.addAnswer().setValue(item.getAnswerOption().get(3).getValueCoding().copy());
      } else {
        r.addAnswer().setValue(new IntegerType(7));
      }
    }
  }

  /** The latencies in nanoseconds of one run, and its wall time. */
  private record Run(long[] latencies, long nanos, int failures, String firstFailure) {}

  private static Run run(HttpClient http, HttpRequest request, int requests, int clients, int seconds)
      throws Exception {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger failures = new AtomicInteger();
    AtomicReference<String> firstFailure = new AtomicReference<>("");
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    List<Future<long[]>> parts = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      parts.add(
          pool.submit(
              () -> {
                long[] mine = new long[requests];
                int n = 0;
                while (next.getAndIncrement() < requests && System.nanoTime() < deadline) {
                  long t0 = System.nanoTime();
                  String failure;
                  try {
                    HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                    failure = r.statusCode() == 200 ? null : "status " + r.statusCode() + ": " + r.body();
                  } catch (IOException e) {
                    failure = e.toString();
                  }
                  mine[n++] = System.nanoTime() - t0;
                  if (failure != null) {
                    failures.incrementAndGet();
                    firstFailure.compareAndSet("", failure);
                  }
                }
                return Arrays.copyOf(mine, n);
              }));
    }
    long[] all = new long[0];
    for (Future<long[]> part : parts) {
      long[] p = part.get();
      long[] merged = Arrays.copyOf(all, all.length + p.length);
      System.arraycopy(p, 0, merged, all.length, p.length);
      all = merged;
    }
    long nanos = System.nanoTime() - start;
    pool.shutdown();
    Arrays.sort(all);
    return new Run(all, nanos, failures.get(), firstFailure.get());
  }

  private static void report(String what, Run run) {
    long[] l = run.latencies();
    System.out.printf(
        Locale.ROOT,
        "%-28s %7d requests in %6.2f s: %8.0f responses/s, p50 %.2f ms, p99 %.2f ms, %d failed%s%n",
        what, l.length, run.nanos() / 1e9, l.length / (run.nanos() / 1e9),
        percentile(l, 0.50) / 1e6, percentile(l, 0.99) / 1e6, run.failures(),
        run.failures() == 0 ? "" : " (first: " + run.firstFailure() + ")");
  }

  /** The nearest-rank percentile of sorted values. */
  static long percentile(long[] sorted, double p) {
    int rank = (int) Math.ceil(p * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }
}
