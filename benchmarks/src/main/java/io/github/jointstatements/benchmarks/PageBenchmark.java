package io.github.jointstatements.benchmarks;

import io.github.jointstatements.parsers.Format;
import io.github.jointstatements.parsers.Input;
import io.github.jointstatements.parsers.Page;
import io.github.jointstatements.parsers.ParseException;
import io.github.jointstatements.parsers.StatementParser;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
 * The page stage against its floor: jsoup's bare parse of an HTML page, and our whole {@code
 * page} extraction of the same page (jsoup parse, parser choice, page parser), one page per
 * operation, over the English corpus or the pages in other scripts ({@code -p pages=intl}).
 * Their ratio is what issue 6 bounds (at most 1.3).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PageBenchmark {

    /** The pages read: {@code corpus} or {@code intl}, as {@link Documents#pages} names them. */
    @Param({"corpus", "intl"})
    public String pages;

    private final StatementParser parser = StatementParser.create();
    private String[] html;
    private Input[] inputs;
    private int nextParse;
    private int nextPage;

    @Setup
    public void load() {
        List<Documents.Document> read = Documents.pages(pages).stream()
                .filter(d -> d.format() == Format.HTML).toList();
        html = read.stream().map(Documents.Document::text).toArray(String[]::new);
        inputs = read.stream().map(Documents.Document::input).toArray(Input[]::new);
    }

    @Benchmark
    public Document jsoupParse() {
        String page = html[nextParse];
        nextParse = (nextParse + 1) % html.length;
        return Jsoup.parse(page, "");
    }

    @Benchmark
    public Page page() throws ParseException {
        Input input = inputs[nextPage];
        nextPage = (nextPage + 1) % inputs.length;
        return parser.page(input);
    }
}
