package io.github.jointstatements.benchmarks;

import io.github.jointstatements.core.Statement;
import io.github.jointstatements.parsers.Page;
import io.github.jointstatements.parsers.ParseException;
import io.github.jointstatements.parsers.StatementParser;
import io.github.jointstatements.parsers.analysis.StatementAnalyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Text analysis alone: a page already extracted (any format of the corpus that holds a
 * statement) analysed into a {@link Statement}, one page per operation.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AnalysisBenchmark {

    private final StatementAnalyzer analyzer = StatementAnalyzer.create();
    private Page[] pages;
    private int next;

    @Setup
    public void load() {
        pages = statementPages(Documents.corpus()).toArray(Page[]::new);
    }

    @Benchmark
    public Statement analyze() {
        Page page = pages[next];
        next = (next + 1) % pages.length;
        return analyzer.analyze(page);
    }

    /**
     * Returns the pages of the documents that hold a statement, extracted once: those a
     * {@code parse} would analyse (not a listing, some body text).
     */
    static List<Page> statementPages(List<Documents.Document> documents) {
        StatementParser parser = StatementParser.create();
        List<Page> pages = new ArrayList<>();
        for (Documents.Document document : documents) {
            try {
                Page page = parser.page(document.input());
                if (!page.noStatement() && !page.paragraphs().isEmpty()) {
                    pages.add(page);
                }
            } catch (ParseException e) {
                // not a statement page: the benchmark measures the analysis of those that are
            }
        }
        if (pages.isEmpty()) {
            throw new IllegalStateException("no statement among " + documents.size()
                    + " documents");
        }
        return pages;
    }
}
