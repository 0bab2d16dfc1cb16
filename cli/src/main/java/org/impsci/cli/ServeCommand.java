package org.impsci.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.impsci.assessment.scoring.Instruments;
import org.impsci.fhir.Canonicals;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code impsci serve}: the scoring service ({@link ScoringService}) until the process is stopped
 * (SIGTERM or Ctrl-C), which lets the requests under way finish.
 */
@Command(
    name = "serve",
    description = {
      "Serve scoring over HTTP until stopped (SIGTERM or Ctrl-C): GET /health, /instruments,"
          + " /instruments/{id}, /Questionnaire/{id}; POST /score/{id} with impsci JSON (one"
          + " response or an array) or a FHIR QuestionnaireResponse.",
      "Listens on the loopback address unless --bind says otherwise. Questionnaires are served,"
          + " and QuestionnaireResponses read, under the canonical URLs of --canonical-base."
    })
final class ServeCommand implements Runnable {
  @Spec CommandSpec spec;

  @Option(names = "--port", defaultValue = "8080", description = "The port; 0 takes a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--bind",
      defaultValue = "127.0.0.1",
      paramLabel = "ADDRESS",
      description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
  String bind;

  @Option(
      names = "--max-body",
      defaultValue = "" + ScoringService.DEFAULT_MAX_BODY,
      paramLabel = "BYTES",
      description = "The largest request body; a larger one gets 413 (default: ${DEFAULT-VALUE}).")
  int maxBody;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads (default: the number of processors).")
  Integer threads;

  @Option(
      names = "--instrument",
      paramLabel = "FILE.json",
      description = "Also serve your own instrument, in the form `impsci instruments ID --format json` writes (repeatable).")
  List<Path> ownInstruments = new ArrayList<>();

  @Mixin CanonicalBaseOption base;

  @Override
  public void run() {
    Canonicals canonicals = base.canonicals();
    Instruments registered = Instruments.bundled();
    for (Path file : ownInstruments) {
      registered = registered.with(Instruments.load(InputFiles.check(spec, file)));
    }
    ScoringService.Settings settings;
    try {
      settings =
          new ScoringService.Settings(
              bind, port, maxBody, threads == null ? Runtime.getRuntime().availableProcessors() : threads);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    ScoringService service;
    try {
      service = ScoringService.start(settings, registered, canonicals);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on " + bind + ":" + port, e);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  service.close();
                  stopped.countDown();
                },
                "impsci-serve-stop"));
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        "impsci serve: listening on http://" + service.address().getHostString() + ":"
            + service.address().getPort() + "/ (" + String.join(", ", registered.ids())
            + "; body limit " + maxBody + " bytes, " + settings.threads() + " workers)");
    out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      service.close();
    }
  }
}
