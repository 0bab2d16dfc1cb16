package org.impsci.assessment.survey;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.impsci.assessment.InvalidInputException;
import org.impsci.assessment.io.ReadMode;
import org.impsci.assessment.reliability.CaseHandling;
import org.impsci.assessment.scoring.Scorer;

/**
 * How to read survey exports of one instrument, built fluently from documented defaults, for
 * example {@code Impsci.survey("nomad").groupBy("site").lenient().read(path)}. Each method returns
 * a new reading; immutable and thread-safe.
 *
 * <p>Defaults: respondent ids in the column {@code respondent_id}, item columns headed by the item
 * ids with the layout's default answer codes, no grouping column, {@linkplain ReadMode#STRICT
 * strict} reading (the first bad row stops it), {@linkplain CaseHandling#PAIRWISE pairwise}
 * missing data in reliability, and summaries on a second thread beside the reader where the
 * machine has more than one processor ({@link #executor(Executor)} and {@link #sequential()}
 * change that), a file read as one stream ({@link #filesInRanges(int)} reads a large one in byte
 * ranges on several threads, with the same results; on two cores the one stream beside the
 * summary thread is faster, see the benchmarks).
 */
public final class SurveyReading {
  /** The default respondent id column. */
  public static final String DEFAULT_ID_COLUMN = "respondent_id";

  private final SurveyAnalysis analysis;
  private final Scorer scorer;
  private final CsvLayout layout;
  private final ReadMode mode;
  private final CaseHandling handling;
  private final Executor executor;
  private final boolean sequential;
  private final int rangeReaders;

  private SurveyReading(
      Scorer scorer,
      CsvLayout layout,
      ReadMode mode,
      CaseHandling handling,
      Executor executor,
      boolean sequential,
      int rangeReaders) {
    this.scorer = scorer;
    this.layout = layout;
    this.mode = mode;
    this.handling = handling;
    this.executor = executor;
    this.sequential = sequential;
    this.rangeReaders = rangeReaders;
    SurveyAnalysis a = SurveyAnalysis.of(scorer, layout, mode, handling);
    a = sequential ? a.sequential() : executor != null ? a.withExecutor(executor) : a;
    this.analysis = rangeReaders > 1 ? a.readingFilesInRanges(rangeReaders) : a;
  }

  /** A reading of exports scored by {@code scorer}, with the defaults above. */
  public static SurveyReading of(Scorer scorer) {
    return new SurveyReading(
        Objects.requireNonNull(scorer, "scorer"),
        CsvLayout.builder().respondentIdColumn(DEFAULT_ID_COLUMN).build(),
        ReadMode.STRICT,
        CaseHandling.PAIRWISE,
        null,
        false,
        1);
  }

  /** Respondent ids in this column. */
  public SurveyReading idColumn(String column) {
    return with(layout.identifiedBy(column));
  }

  /** Summaries by these grouping columns (as well as overall), instead of any set before. */
  public SurveyReading groupBy(String... columns) {
    return with(layout.groupedBy(List.of(columns)));
  }

  /**
   * A whole layout of your own (renamed item columns, answer codes, delimiter), replacing the id
   * and grouping columns set before.
   */
  public SurveyReading layout(CsvLayout layout) {
    return with(Objects.requireNonNull(layout, "layout"));
  }

  /** Score the good rows and report every bad one with its reason. */
  public SurveyReading lenient() {
    return new SurveyReading(
        scorer, layout, ReadMode.LENIENT, handling, executor, sequential, rangeReaders);
  }

  /** Stop at the first bad row (the default). */
  public SurveyReading strict() {
    return new SurveyReading(
        scorer, layout, ReadMode.STRICT, handling, executor, sequential, rangeReaders);
  }

  /** How reliability treats missing answers (pairwise by default). */
  public SurveyReading caseHandling(CaseHandling handling) {
    return new SurveyReading(
        scorer,
        layout,
        mode,
        Objects.requireNonNull(handling, "handling"),
        executor,
        sequential,
        rangeReaders);
  }

  /**
   * Run summaries, reliability and a row callback as one task of the host's executor per file,
   * beside the reader on the calling thread; see {@link SurveyAnalysis#withExecutor(Executor)}.
   */
  public SurveyReading executor(Executor executor) {
    return new SurveyReading(
        scorer,
        layout,
        mode,
        handling,
        Objects.requireNonNull(executor, "executor"),
        false,
        rangeReaders);
  }

  /**
   * Run everything, the row callback included, on the calling thread, reading a file as one
   * stream.
   */
  public SurveyReading sequential() {
    return new SurveyReading(scorer, layout, mode, handling, null, true, 1);
  }

  /**
   * Read a file ({@link #read(Path)}) in byte ranges on {@code threads} threads at once, with the
   * same results; 1 (the default) reads it as one stream. See {@link
   * SurveyAnalysis#readingFilesInRanges(int)}. Undoes {@link #sequential()}'s single thread.
   *
   * @throws IllegalArgumentException if {@code threads} is below 1
   */
  public SurveyReading filesInRanges(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    return new SurveyReading(scorer, layout, mode, handling, executor, false, threads);
  }

  /** The layout read. */
  public CsvLayout layout() {
    return layout;
  }

  /** The one-pass analysis this reading stands for. */
  public SurveyAnalysis analysis() {
    return analysis;
  }

  /**
   * Reads, scores and summarises a file, named in messages by its file name.
   *
   * @throws InvalidInputException at the first bad row in strict mode, or for a bad header
   * @throws UncheckedIOException if the file cannot be read
   */
  public SurveyReport read(Path file) {
    return analysis.analyse(file);
  }

  /**
   * Reads a file as {@link #read(Path)} does, handing each scored row to {@code perRow} in file
   * order (on the thread that runs the summaries).
   */
  public SurveyReport read(Path file, Consumer<ScoredRow> perRow) {
    Objects.requireNonNull(perRow, "perRow");
    return analysis.analyseRows(file, row -> perRow.accept(row.toScoredRow()));
  }

  /** Reads, scores and summarises a stream, named in messages by {@code sourceName}. */
  public SurveyReport read(InputStream in, String sourceName) {
    return analysis.analyse(in, sourceName);
  }

  private SurveyReading with(CsvLayout newLayout) {
    return new SurveyReading(
        scorer, newLayout, mode, handling, executor, sequential, rangeReaders);
  }
}
