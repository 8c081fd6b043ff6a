package io.github.jointstatements.examples.cli;

import io.github.jointstatements.core.Statement;
import io.github.jointstatements.parsers.Format;
import io.github.jointstatements.parsers.Input;
import io.github.jointstatements.parsers.Page;
import io.github.jointstatements.parsers.ParseException;
import io.github.jointstatements.parsers.StatementParser;
import io.github.jointstatements.parsers.analysis.StatementAnalyzer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bench}: how fast the library reads a folder, against the floor that jsoup's own parse
 * sets. Our {@code page} extraction and jsoup's bare parse of the same HTML pages are timed in
 * the same run, alternating page by page (and which goes first, pass by pass), after a warm-up;
 * then the text analysis alone on pages already extracted. One thread: the figures are per core.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Time page extraction against jsoup's bare parse of the same HTML pages,"
                + " and the text analysis alone, on one core.",
            "Reads the inputs into memory first; prints documents per second and the ratio."})
final class BenchCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR",
            description = "HTML, .txt or .md files, or folders (read recursively).")
    List<String> inputs;

    @Option(names = "--warmup", paramLabel = "SECONDS", defaultValue = "5",
            description = "Warm-up time of each part, before measuring (default: ${DEFAULT-VALUE}).")
    double warmupSeconds;

    @Option(names = "--time", paramLabel = "SECONDS", defaultValue = "10",
            description = "Measured time of each part (default: ${DEFAULT-VALUE}).")
    double measureSeconds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Keeps results alive, so the JIT cannot drop the work that made them. */
    private long sink;

    @Override
    public Integer call() {
        if (!(warmupSeconds >= 0) || !(measureSeconds > 0)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--warmup must be at least 0 and --time more than 0 seconds");
        }
        PrintWriter out = spec.commandLine().getOut();
        List<Loaded> documents = load(Inputs.expand(inputs));
        StatementParser parser = StatementParser.create();
        List<Loaded> html = documents.stream().filter(d -> d.format() == Format.HTML).toList();
        long htmlBytes = html.stream().mapToLong(d -> d.bytes().length).sum();
        out.printf(Locale.ROOT, "bench: %d documents, %d of them HTML pages (%.1f MB);"
                + " warm-up %.0f s, measured %.0f s per part, 1 thread%n", documents.size(),
                html.size(), htmlBytes / 1e6, warmupSeconds, measureSeconds);
        if (!html.isEmpty()) {
            comparePages(parser, html, out);
        }
        List<Page> pages = statementPages(parser, documents);
        if (!pages.isEmpty()) {
            analyses(pages, out);
        }
        if (html.isEmpty() && pages.isEmpty()) {
            out.println("nothing to measure: no HTML page and no statement among the inputs");
            out.flush();
            return 1;
        }
        out.flush();
        return 0;
    }

    /** A document read into memory. */
    private record Loaded(String name, Format format, byte[] bytes) {

        Input input() {
            return Input.of(bytes, name).withFormat(format);
        }
    }

    private static List<Loaded> load(List<Inputs.Item> items) {
        List<Loaded> loaded = new ArrayList<>();
        for (Inputs.Item item : items) {
            if (item.path() == null || !Files.isRegularFile(item.path())) {
                continue;
            }
            Format format = Format.ofFileName(item.path().getFileName().toString()).orElse(null);
            if (format == null) {
                continue;
            }
            try {
                loaded.add(new Loaded(item.name(), format, Files.readAllBytes(item.path())));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + item.name(), e);
            }
        }
        return loaded;
    }

    /**
     * Times jsoup's parse and our page extraction of each page from its bytes (both decode),
     * alternating page by page, and prints both rates and their ratio.
     */
    private void comparePages(StatementParser parser, List<Loaded> html, PrintWriter out) {
        long[] jsoupPage = new long[2];
        runFor(warmupSeconds, pass -> pagesPass(parser, html, pass, new long[2]));
        long[] count = {0};
        runFor(measureSeconds, pass -> {
            pagesPass(parser, html, pass, jsoupPage);
            count[0] += html.size();
        });
        double jsoupRate = count[0] / (jsoupPage[0] / 1e9);
        double pageRate = count[0] / (jsoupPage[1] / 1e9);
        out.printf(Locale.ROOT, "jsoup parse  %10.1f pages/s  %9.3f ms/page%n", jsoupRate,
                1e3 / jsoupRate);
        out.printf(Locale.ROOT, "page         %10.1f pages/s  %9.3f ms/page%n", pageRate,
                1e3 / pageRate);
        out.printf(Locale.ROOT, "page / jsoup %10.2f x  (%d pages timed)%n",
                (double) jsoupPage[1] / jsoupPage[0], count[0]);
    }

    private void pagesPass(StatementParser parser, List<Loaded> html, int pass, long[] nanos) {
        boolean jsoupFirst = pass % 2 == 0;
        for (Loaded document : html) {
            if (jsoupFirst) {
                nanos[0] += timeJsoup(document);
                nanos[1] += timePage(parser, document);
            } else {
                nanos[1] += timePage(parser, document);
                nanos[0] += timeJsoup(document);
            }
        }
    }

    private long timeJsoup(Loaded document) {
        long start = System.nanoTime();
        try {
            Document parsed = Jsoup.parse(new ByteArrayInputStream(document.bytes()), null, "");
            long elapsed = System.nanoTime() - start;
            sink += parsed.childNodeSize();
            return elapsed;
        } catch (IOException e) {
            throw new UncheckedIOException("jsoup cannot read " + document.name(), e);
        }
    }

    private long timePage(StatementParser parser, Loaded document) {
        long start = System.nanoTime();
        try {
            Page page = parser.page(document.input());
            long elapsed = System.nanoTime() - start;
            sink += page.paragraphs().size();
            return elapsed;
        } catch (ParseException e) {
            // an unreadable page costs what it costs: it is timed like the others
            long elapsed = System.nanoTime() - start;
            sink += e.getMessage().length();
            return elapsed;
        }
    }

    /** Returns the pages that hold a statement (those {@code parse} would analyse). */
    private static List<Page> statementPages(StatementParser parser, List<Loaded> documents) {
        List<Page> pages = new ArrayList<>();
        for (Loaded document : documents) {
            try {
                Page page = parser.page(document.input());
                if (!page.noStatement() && !page.paragraphs().isEmpty()) {
                    pages.add(page);
                }
            } catch (ParseException e) {
                // not a statement: the analysis is measured on those that are
                continue;
            }
        }
        return pages;
    }

    /** Times the text analysis alone over pages already extracted, and prints its rate. */
    private void analyses(List<Page> pages, PrintWriter out) {
        StatementAnalyzer analyzer = StatementAnalyzer.create();
        runFor(warmupSeconds, pass -> analysisPass(analyzer, pages));
        long[] count = {0};
        long[] nanos = {0};
        runFor(measureSeconds, pass -> {
            long start = System.nanoTime();
            analysisPass(analyzer, pages);
            nanos[0] += System.nanoTime() - start;
            count[0] += pages.size();
        });
        double rate = count[0] / (nanos[0] / 1e9);
        out.printf(Locale.ROOT, "analysis     %10.1f statements/s  %9.3f ms/statement"
                + "  (%d statements, text analysis alone)%n", rate, 1e3 / rate, pages.size());
    }

    private void analysisPass(StatementAnalyzer analyzer, List<Page> pages) {
        for (Page page : pages) {
            Statement statement = analyzer.analyze(page);
            sink += statement.paragraphs().size();
        }
    }

    /** Runs whole passes until {@code seconds} have passed (at least one pass when measuring). */
    private static void runFor(double seconds, PassBody body) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        int pass = 0;
        do {
            if (seconds == 0) {
                return;
            }
            body.run(pass++);
        } while (System.nanoTime() < end);
    }

    @FunctionalInterface
    private interface PassBody {
        void run(int pass);
    }
}
