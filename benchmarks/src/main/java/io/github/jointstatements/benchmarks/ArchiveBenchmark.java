package io.github.jointstatements.benchmarks;

import io.github.jointstatements.core.Statement;
import io.github.jointstatements.parsers.Input;
import io.github.jointstatements.parsers.Page;
import io.github.jointstatements.parsers.ParseException;
import io.github.jointstatements.parsers.StatementParser;
import io.github.jointstatements.parsers.analysis.StatementAnalyzer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The White House briefings archive (6,907 Markdown statements): text analysis alone on pages
 * already extracted, and the whole {@code parse} from bytes, one statement per operation.
 *
 * <p>The archive is not part of the build: its folder is the parameter {@code archive}
 * ({@code -p archive=DIR}, by default {@value Documents#DEFAULT_ARCHIVE} from the checkout's
 * root). {@link BenchmarkMain} skips this class with a message when the folder is absent.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class ArchiveBenchmark {

    /** The archive's folder. */
    @Param(Documents.DEFAULT_ARCHIVE)
    public String archive;

    private final StatementParser parser = StatementParser.create();
    private final StatementAnalyzer analyzer = StatementAnalyzer.create();
    private Input[] inputs;
    private Page[] pages;
    private int nextParse;
    private int nextAnalysis;

    @Setup
    public void load() {
        List<Documents.Document> documents = Documents.archive(archive);
        inputs = documents.stream()
                .map(d -> Input.of(d.bytes(), d.name()).withFormat(d.format()))
                .toArray(Input[]::new);
        pages = AnalysisBenchmark.statementPages(documents).toArray(Page[]::new);
    }

    /** Text analysis alone; its throughput per core is what issue 6 bounds (2,000/s at least). */
    @Benchmark
    public Statement analyze() {
        Page page = pages[nextAnalysis];
        nextAnalysis = (nextAnalysis + 1) % pages.length;
        return analyzer.analyze(page);
    }

    /**
     * The whole read of a statement from its bytes: decoding, page parser, analysis. A document
     * that holds no statement is answered with its error, as {@code parse} answers it.
     */
    @Benchmark
    public Object parse() {
        Input input = inputs[nextParse];
        nextParse = (nextParse + 1) % inputs.length;
        try {
            return parser.parse(input);
        } catch (ParseException e) {
            return e;
        }
    }
}
