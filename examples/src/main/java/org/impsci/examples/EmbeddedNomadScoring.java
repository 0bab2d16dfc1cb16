package org.impsci.examples;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.instrument.Response;
import org.impsci.assessment.io.ImpsciJson;
import org.impsci.assessment.scoring.ScaleScore;
import org.impsci.npt.nomad.NomadScorer;
import org.impsci.npt.nomad.NomadScores;

/**
 * Example 5, embedding: how a host application (a survey platform, say) scores one NoMAD response
 * that arrives as JSON. The scorer is built once and shared, since it is immutable and thread-safe;
 * each request body is read into a {@link Response}, scored, and answered with a small JSON body of
 * its own, or with the library's error message when the input is bad.
 *
 * <p>The response it scores is SYNTHETIC, written for this example.
 */
public final class EmbeddedNomadScoring {
  private static final NomadScorer SCORER = NomadScorer.withDefaults();

  /** A synthetic request: CO4 answered "not relevant to my role", RM5 left blank. */
  public static final String EXAMPLE_REQUEST =
      """
      {"respondentId": "synthetic-1", "groups": {"site": "H01"},
       "answers": {"CO1": 4, "CO2": 5, "CO3": 3, "CO4": "not_relevant_role",
                   "CP1": 5, "CP2": 5, "CP3": 4, "CP4": 4,
                   "CA1": 4, "CA2": 2, "CA3": 4, "CA4": 3, "CA5": 3, "CA6": 2, "CA7": 2,
                   "RM1": 3, "RM2": 4, "RM3": 4, "RM4": 5, "G1": 7}}""";

  /** A bad synthetic request: CO1 is off NoMAD's 1-5 scale. */
  public static final String BAD_REQUEST =
      "{\"respondentId\": \"synthetic-2\", \"answers\": {\"CO1\": 6}}";

  private EmbeddedNomadScoring() {}

  /** Scores the two synthetic requests and prints the requests and the answers. */
  public static void main(String[] args) {
    run(System.out);
  }

  /** Scores {@link #EXAMPLE_REQUEST} and {@link #BAD_REQUEST}, printing both exchanges. */
  public static void run(PrintStream out) {
    out.println("Embedding: a host application scores NoMAD responses sent as JSON (SYNTHETIC DATA)");
    for (String request : new String[] {EXAMPLE_REQUEST, BAD_REQUEST}) {
      out.println("request:  " + request.replaceAll("\\s+", " "));
      out.println("response: " + handle(request));
    }
  }

  /**
   * The host's request handler: a JSON response body with each construct's score (or the reason it
   * has none), the strongest-to-weakest order and the general items; or {@code {"error": ...}}.
   */
  public static String handle(String requestBody) {
    Map<String, Object> body = new LinkedHashMap<>();
    try {
      Response response = ImpsciJson.read(requestBody, Response.class, "request");
      NomadScores scores = SCORER.score(response);
      body.put("respondentId", response.respondentId());
      Map<String, Object> constructs = new LinkedHashMap<>();
      for (ScaleScore s : scores.constructs().scores()) {
        constructs.put(s.scaleId(), s.score().isPresent() ? s.score().getAsDouble() : s.reason().orElseThrow());
      }
      body.put("scores", constructs);
      body.put("strongestFirst", scores.profile().order());
      body.put("general", scores.general());
    } catch (InvalidInputException e) {
      body.put("error", e.getMessage());
    }
    return ImpsciJson.write(body);
  }
}
