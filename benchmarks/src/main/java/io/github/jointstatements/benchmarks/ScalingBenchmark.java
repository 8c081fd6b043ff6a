package io.github.jointstatements.benchmarks;

import io.github.jointstatements.parsers.Format;
import io.github.jointstatements.parsers.Input;
import io.github.jointstatements.parsers.ParseException;
import io.github.jointstatements.parsers.StatementParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
 * Linear cost (issue 5): the whole parse (decode, page, analysis) of inputs of growing size, 1x,
 * 10x and 100x, in shapes of real statements and of hostile input. Time per operation must grow
 * in proportion to {@code scale}: 10x and 100x the time, not 100x and 10,000x.
 *
 * <ul>
 *   <li>{@code statement-html}, {@code statement-text}: 50 real statement paragraphs (those of
 *       the corpus's text and Markdown statements) per 1x, as an HTML page or plain text;
 *   <li>{@code long-line}: 64 KiB of words without punctuation per 1x, one line;
 *   <li>{@code abbreviations}: "U.S. J. U.N. " 5,000 times per 1x;
 *   <li>{@code parentheses}: 10,000 nested parentheses and 2,500 "(a)" per 1x;
 *   <li>{@code nested}: 5,000 nested {@code <div>}s per 1x around a statement paragraph.
 * </ul>
 *
 * <p>The parser's paragraph and sentence limits are raised so that every size is analysed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class ScalingBenchmark {

    @Param({"statement-html", "statement-text", "long-line", "abbreviations", "parentheses",
        "nested"})
    public String shape;

    @Param({"1", "10", "100"})
    public int scale;

    private final StatementParser parser = StatementParser.builder()
            .maxInputBytes(256L * 1024 * 1024).maxParagraphs(1_000_000)
            .maxSentences(10_000_000).build();

    private Input input;

    @Setup
    public void build() {
        String text = switch (shape) {
            case "statement-html" -> html(repeat(paragraphs(), scale));
            case "statement-text" -> "Joint Statement\n\n" + String.join("\n\n",
                    repeat(paragraphs(), scale)) + "\n";
            case "long-line" -> "statement ".repeat(6_554 * scale) + "\n";
            case "abbreviations" -> "U.S. J. U.N. ".repeat(5_000 * scale) + "\n";
            case "parentheses" -> "The parties met. " + "(".repeat(10_000 * scale) + "NATO"
                    + ")".repeat(10_000 * scale) + " " + "(a) ".repeat(2_500 * scale) + "\n";
            case "nested" -> "<html><body>" + "<div>".repeat(5_000 * scale) + "<p>"
                    + paragraphs().get(0) + "</p>" + "</div>".repeat(5_000 * scale)
                    + "</body></html>";
            default -> throw new IllegalArgumentException("unknown shape: " + shape);
        };
        Format format = shape.endsWith("html") || shape.equals("nested") ? Format.HTML
                : Format.TEXT;
        input = Input.of(text.getBytes(StandardCharsets.UTF_8), shape + "-" + scale)
                .withFormat(format);
    }

    /** Returns the outcome's size, a statement's paragraphs or a failure's reason. */
    @Benchmark
    public int parse() {
        try {
            return parser.parse(input).paragraphs().size();
        } catch (ParseException e) {
            return -e.reason().ordinal() - 1; // a clear failure is an answer too: timed alike
        }
    }

    /** The first 50 paragraphs of the corpus's text and Markdown statements. */
    private List<String> paragraphs() {
        List<String> paragraphs = new ArrayList<>();
        for (Documents.Document d : Documents.corpus()) {
            if (d.format() == Format.HTML) {
                continue;
            }
            try {
                paragraphs.addAll(parser.page(d.input()).paragraphs());
            } catch (ParseException e) {
                // a document that is not a page adds nothing
            }
            if (paragraphs.size() >= 50) {
                return paragraphs.subList(0, 50);
            }
        }
        return paragraphs;
    }

    private static List<String> repeat(List<String> paragraphs, int times) {
        List<String> all = new ArrayList<>(paragraphs.size() * times);
        for (int i = 0; i < times; i++) {
            all.addAll(paragraphs);
        }
        return all;
    }

    private static String html(List<String> paragraphs) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><title>"
                + "Joint Statement</title></head><body><article><h1>Joint Statement</h1>");
        for (String p : paragraphs) {
            html.append("<p>").append(p.replace("&", "&amp;").replace("<", "&lt;"))
                    .append("</p>");
        }
        return html.append("</article></body></html>").toString();
    }
}
