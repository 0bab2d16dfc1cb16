package org.impsci.assessment.survey;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;
import org.impsci.assessment.internal.scoring.ValueIndex;
import org.impsci.assessment.internal.scoring.AnswerBlock;
import org.impsci.assessment.internal.survey.FileRanges;
import org.impsci.assessment.internal.survey.HandOff;
import org.impsci.assessment.internal.survey.SurveyBlockReader;
import org.impsci.assessment.io.ReadMode;
import org.impsci.assessment.io.ReadReport;
import org.impsci.assessment.reliability.CaseHandling;
import org.impsci.assessment.scoring.Scorer;

/**
 * Reads a wide survey file, scores every respondent, and summarises the scores overall and by each
 * grouping column of the layout, with Cronbach's alpha per scale, in one streaming pass: memory
 * does not grow with the number of respondents (apart from the layout's optional duplicate-id
 * check). Immutable and thread-safe: one analysis may read several files at once, each read with
 * state of its own. {@link SurveyReading} builds one with documented defaults.
 */
public final class SurveyAnalysis {
  /** About how many bytes each range of a file read in ranges holds (1 MiB). */
  public static final long RANGE_BYTES = 1L << 20;

  private static final ThreadFactory RANGE_THREADS =
      task -> {
        Thread thread = new Thread(task, "impsci-survey-range");
        thread.setDaemon(true);
        return thread;
      };

  private final Scorer scorer;
  private final CsvLayout layout;
  private final ReadMode mode;
  private final CaseHandling handling;
  /** Where aggregation runs beside reading; null to run everything on the calling thread. */
  private final Executor executor;
  /** Threads that read a file's byte ranges at once; below 2, a file is read as one stream. */
  private final int rangeReaders;
  /** About how many bytes each range holds. */
  private final long rangeBytes;

  private SurveyAnalysis(
      Scorer scorer,
      CsvLayout layout,
      ReadMode mode,
      CaseHandling handling,
      Executor executor,
      int rangeReaders,
      long rangeBytes) {
    this.scorer = Objects.requireNonNull(scorer, "scorer");
    this.layout = Objects.requireNonNull(layout, "layout");
    this.mode = Objects.requireNonNull(mode, "mode");
    this.handling = Objects.requireNonNull(handling, "handling");
    this.executor = executor;
    this.rangeReaders = rangeReaders;
    this.rangeBytes = rangeBytes;
  }

  /**
   * An analysis that scores with {@code scorer} files laid out as {@code layout}, summarising by
   * each of the layout's grouping columns.
   */
  public static SurveyAnalysis of(
      Scorer scorer, CsvLayout layout, ReadMode mode, CaseHandling handling) {
    return new SurveyAnalysis(
        scorer,
        layout,
        mode,
        handling,
        Runtime.getRuntime().availableProcessors() > 1
            ? HandOff.newThread("impsci-survey-aggregation")
            : null,
        0,
        RANGE_BYTES);
  }

  /**
   * The same analysis on the calling thread alone. By default, where there is more than one
   * processor, reading and scoring run on the calling thread while summaries, reliability and the
   * {@code perRow} consumer run on a second thread, in file order; the results are the same.
   */
  public SurveyAnalysis sequential() {
    return new SurveyAnalysis(scorer, layout, mode, handling, null, 0, rangeBytes);
  }

  /**
   * The same analysis with summaries, reliability and the {@code perRow} consumer run as one task
   * of the host's {@code executor} for each file, while reading and scoring stay on the calling
   * thread. The task lasts as long as the file: the executor must start it promptly (a pool with a
   * free thread), or the reader waits. An executor that runs tasks on the calling thread gives the
   * sequential analysis.
   */
  public SurveyAnalysis withExecutor(Executor executor) {
    return new SurveyAnalysis(
        scorer,
        layout,
        mode,
        handling,
        Objects.requireNonNull(executor, "executor"),
        rangeReaders,
        rangeBytes);
  }

  /**
   * The same analysis reading a file ({@link #analyse(Path)}, {@link #analyseRows(Path, Consumer)})
   * in byte ranges of about {@value #RANGE_BYTES} bytes on {@code threads} threads of its own at
   * once, when the file holds more than one range; 1 reads every file as one stream (the
   * default). The ranges start at record boundaries found in a first pass over the bytes (quoted
   * line breaks included); the header is read once, and the ranges' rows are checked for
   * duplicate ids, numbered, summarised and handed to {@code perRow} in file order, so the report,
   * the rows and any error are those of reading the file as one stream. Streams are always read
   * as one. Summaries still run beside reading as set by {@link #withExecutor} or {@link
   * #sequential()}, on one thread in file order. Worth it only with more than two processors: on
   * two, reading one stream beside the summary thread already keeps both busy, and the ranges'
   * first pass and hand-over cost more than they save.
   *
   * @throws IllegalArgumentException if {@code threads} is below 1
   */
  public SurveyAnalysis readingFilesInRanges(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    return new SurveyAnalysis(scorer, layout, mode, handling, executor, threads, rangeBytes);
  }

  /** The same analysis with ranges of about {@code bytes} bytes, so that tests use many ranges. */
  SurveyAnalysis withRangeBytes(long bytes) {
    return new SurveyAnalysis(scorer, layout, mode, handling, executor, rangeReaders, bytes);
  }

  /** Analyses a file, dropping the per-respondent scores. */
  public SurveyReport analyse(InputStream in, String sourceName) {
    return analyse(in, sourceName, row -> {}, false);
  }

  /**
   * Analyses a file, handing each scored row to {@code perRow} as well (to print or store
   * per-respondent scores), in file order; see {@link #sequential()} for the thread it runs on.
   */
  public SurveyReport analyse(InputStream in, String sourceName, Consumer<ScoredRow> perRow) {
    Objects.requireNonNull(perRow, "perRow");
    return analyse(in, sourceName, row -> perRow.accept(row.toScoredRow()), true);
  }

  /**
   * Analyses a file, handing each scored row to {@code perRow} as a {@link ScoredRowView}: the
   * fast way to print or store per-respondent scores, since a view makes no objects. In file
   * order, on the thread described at {@link #sequential()}.
   */
  public SurveyReport analyseRows(
      InputStream in, String sourceName, Consumer<ScoredRowView> perRow) {
    return analyse(in, sourceName, Objects.requireNonNull(perRow, "perRow"), true);
  }

  /**
   * Analyses a file, named in messages by its file name, dropping the per-respondent scores; read
   * in ranges on several threads as {@link #readingFilesInRanges(int)} sets.
   *
   * @throws UncheckedIOException if the file cannot be read
   */
  public SurveyReport analyse(Path file) {
    return analyse(file, row -> {}, false);
  }

  /**
   * Analyses a file as {@link #analyse(Path)} does, handing each scored row to {@code perRow} as
   * {@link #analyseRows(InputStream, String, Consumer)} does: in file order, on the thread
   * described at {@link #sequential()}.
   */
  public SurveyReport analyseRows(Path file, Consumer<ScoredRowView> perRow) {
    return analyse(file, Objects.requireNonNull(perRow, "perRow"), true);
  }

  private SurveyReport analyse(Path file, Consumer<ScoredRowView> perRow, boolean rowsWanted) {
    String sourceName = file.getFileName().toString();
    SurveyBlockReader reader = new SurveyBlockReader(scorer, layout, mode);
    List<FileRanges.Range> ranges =
        rangeReaders < 2
            ? List.of()
            : FileRanges.of(file, layout.delimiter(), rangeBytes, reader.recordsBeforeData());
    if (ranges.size() < 2) {
      try (InputStream in = Files.newInputStream(file)) {
        return analyse(reader, oneStream(reader, in, sourceName), perRow, rowsWanted);
      } catch (IOException e) {
        throw new UncheckedIOException("could not read " + file, e);
      }
    }
    ExecutorService readers = Executors.newFixedThreadPool(rangeReaders, RANGE_THREADS);
    try {
      return analyse(
          reader,
          (groupValues, sink) ->
              reader.read(
                  file, sourceName, ranges, readers, rangeReaders + 1, groupValues, sink),
          perRow,
          rowsWanted);
    } finally {
      readers.shutdownNow();
    }
  }

  private SurveyReport analyse(
      InputStream in, String sourceName, Consumer<ScoredRowView> perRow, boolean rowsWanted) {
    SurveyBlockReader reader = new SurveyBlockReader(scorer, layout, mode);
    return analyse(reader, oneStream(reader, in, sourceName), perRow, rowsWanted);
  }

  private static BlockRead oneStream(SurveyBlockReader reader, InputStream in, String sourceName) {
    return (groupValues, sink) -> reader.read(in, sourceName, groupValues, sink);
  }

  /** A read of a file's rows into blocks, as {@link SurveyBlockReader} reads. */
  private interface BlockRead {
    ReadReport read(ValueIndex[] groupValues, Consumer<AnswerBlock> sink);
  }

  private SurveyReport analyse(
      SurveyBlockReader reader,
      BlockRead blockRead,
      Consumer<ScoredRowView> perRow,
      boolean rowsWanted) {
    ValueIndex[] groupValues = ValueIndex.forColumns(layout.groupNames().size());
    BlockAggregation aggregation =
        new BlockAggregation(
            reader, scorer, layout.groupNames(), groupValues, rowsWanted ? perRow : null);
    ReadReport read;
    if (executor != null) {
      try (HandOff<AnswerBlock> handOff = new HandOff<>(aggregation, executor)) {
        read = blockRead.read(groupValues, handOff);
      }
    } else {
      read = blockRead.read(groupValues, aggregation);
    }
    aggregation.finish();
    SurveyReport.Builder report =
        SurveyReport.builder()
            .instrumentId(scorer.instrument().id())
            .read(read)
            .addAllOverall(aggregation.overall().summaries())
            .caseHandling(handling)
            .putAllReliability(aggregation.reliability.results(handling));
    for (int g = 0; g < aggregation.byGroup.length; g++) {
      report.putByGroup(layout.groupNames().get(g), aggregation.byGroup[g].summaries());
    }
    return report.build();
  }
}
