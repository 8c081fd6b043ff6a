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
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
 * Each figure is given in wall-clock time and in the thread's CPU time: on a machine shared with
 * other work the first is inflated, the second much less (garbage collection, on other threads,
 * is not in it).
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

    @Option(names = "--per-document",
            description = "Also print each HTML page's times and ratio, costliest first.")
    boolean perDocument;

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
     * alternating page by page, and prints both rates and their ratio, in wall-clock time and in
     * the thread's CPU time (which other processes on a shared machine do not inflate).
     */
    private void comparePages(StatementParser parser, List<Loaded> html, PrintWriter out) {
        Times[] byDocument = new Times[html.size()];
        Times[] warmup = new Times[html.size()];
        for (int i = 0; i < html.size(); i++) {
            byDocument[i] = new Times();
            warmup[i] = new Times();
        }
        runFor(warmupSeconds, pass -> pagesPass(parser, html, pass, warmup));
        long[] count = {0};
        runFor(measureSeconds, pass -> {
            pagesPass(parser, html, pass, byDocument);
            count[0] += html.size();
        });
        Times total = new Times();
        for (Times times : byDocument) {
            total.add(times);
        }
        out.printf(Locale.ROOT, "%-13s %10s %12s %12s%n", "", "pages/s", "ms/page", "cpu ms/page");
        printRate(out, "jsoup parse", count[0], total.jsoupWall, total.jsoupCpu);
        printRate(out, "page", count[0], total.pageWall, total.pageCpu);
        out.printf(Locale.ROOT, "page / jsoup  %9.2fx wall, %.2fx cpu  (%d pages timed)%n",
                (double) total.pageWall / total.jsoupWall,
                (double) total.pageCpu / total.jsoupCpu, count[0]);
        if (perDocument) {
            long passes = count[0] / html.size();
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < html.size(); i++) {
                order.add(i);
            }
            order.sort((a, b) -> Long.compare(byDocument[b].pageCpu - byDocument[b].jsoupCpu,
                    byDocument[a].pageCpu - byDocument[a].jsoupCpu));
            out.println("  jsoup cpu ms  page cpu ms  ratio     kB  (costliest extraction first)");
            for (int i : order) {
                out.printf(Locale.ROOT, "%14.3f %12.3f %6.2f %6d  %s%n",
                        byDocument[i].jsoupCpu / 1e6 / passes, byDocument[i].pageCpu / 1e6 / passes,
                        (double) byDocument[i].pageCpu / byDocument[i].jsoupCpu,
                        html.get(i).bytes().length / 1000, html.get(i).name());
            }
        }
    }

    private static void printRate(PrintWriter out, String what, long count, long wall, long cpu) {
        out.printf(Locale.ROOT, "%-13s %10.1f %12.3f %12.3f%n", what, count / (wall / 1e9),
                wall / 1e6 / count, cpu / 1e6 / count);
    }

    /** The calling thread's CPU time, in nanoseconds. */
    private static long cpuNanos() {
        return Cpu.THREADS.getCurrentThreadCpuTime();
    }

    /**
     * The thread bean, looked up on first use: picocli creates every command to parse the
     * arguments, and the management classes would cost every {@code parse} run its start-up.
     */
    private static final class Cpu {
        static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    }

    /** The time spent on one page (or all), in nanoseconds. */
    private static final class Times {
        long jsoupWall;
        long jsoupCpu;
        long pageWall;
        long pageCpu;

        void add(Times other) {
            jsoupWall += other.jsoupWall;
            jsoupCpu += other.jsoupCpu;
            pageWall += other.pageWall;
            pageCpu += other.pageCpu;
        }
    }

    private void pagesPass(StatementParser parser, List<Loaded> html, int pass, Times[] times) {
        boolean jsoupFirst = pass % 2 == 0;
        for (int i = 0; i < html.size(); i++) {
            Loaded document = html.get(i);
            if (jsoupFirst) {
                timeJsoup(document, times[i]);
                timePage(parser, document, times[i]);
            } else {
                timePage(parser, document, times[i]);
                timeJsoup(document, times[i]);
            }
        }
    }

    private void timeJsoup(Loaded document, Times times) {
        long cpu = cpuNanos();
        long start = System.nanoTime();
        try {
            Document parsed = Jsoup.parse(new ByteArrayInputStream(document.bytes()), null, "");
            times.jsoupWall += System.nanoTime() - start;
            times.jsoupCpu += cpuNanos() - cpu;
            sink += parsed.childNodeSize();
        } catch (IOException e) {
            throw new UncheckedIOException("jsoup cannot read " + document.name(), e);
        }
    }

    private void timePage(StatementParser parser, Loaded document, Times times) {
        long cpu = cpuNanos();
        long start = System.nanoTime();
        int size;
        try {
            size = parser.page(document.input()).paragraphs().size();
        } catch (ParseException e) {
            // an unreadable page costs what it costs: it is timed like the others
            size = e.getMessage().length();
        }
        times.pageWall += System.nanoTime() - start;
        times.pageCpu += cpuNanos() - cpu;
        sink += size;
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
        long[] wall = {0};
        long[] cpu = {0};
        runFor(measureSeconds, pass -> {
            long cpuStart = cpuNanos();
            long start = System.nanoTime();
            analysisPass(analyzer, pages);
            wall[0] += System.nanoTime() - start;
            cpu[0] += cpuNanos() - cpuStart;
            count[0] += pages.size();
        });
        out.printf(Locale.ROOT, "analysis      %10.1f statements/s, %.1f per cpu second"
                + "  (%d statements, text analysis alone)%n", count[0] / (wall[0] / 1e9),
                count[0] / (cpu[0] / 1e9), pages.size());
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
