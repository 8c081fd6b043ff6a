package io.github.jointstatements.benchmarks;

import io.github.jointstatements.parsers.internal.Decoder;
import io.github.jointstatements.parsers.internal.DirectText;
import java.util.List;
import java.util.Optional;
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
 * Decoding: the charset found (byte-order mark, {@code <meta>}, UTF-8 validity) and the bytes
 * turned into text, one document (any format) per operation, of the English corpus or of the
 * pages in other scripts ({@code -p pages=intl}); and the check by which clean UTF-8 HTML skips
 * it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DecodeBenchmark {

    /** The documents read: {@code corpus} or {@code intl}, as {@link Documents#pages} names them. */
    @Param({"corpus", "intl"})
    public String pages;

    private byte[][] documents;
    private int next;

    @Setup
    public void load() {
        List<Documents.Document> read = Documents.pages(pages);
        documents = read.stream().map(Documents.Document::bytes).toArray(byte[][]::new);
    }

    @Benchmark
    public String decode() {
        byte[] bytes = documents[next];
        next = (next + 1) % documents.length;
        return Decoder.decode(bytes, Optional.empty());
    }

    /**
     * The check that lets an HTML page that decoding leaves as it is (most pages: clean UTF-8,
     * or a single-byte charset) skip {@link #decode}: its document is then parsed from the
     * bytes, the decoding done inside jsoup's parse.
     */
    @Benchmark
    public Optional<DirectText> direct() {
        byte[] bytes = documents[next];
        next = (next + 1) % documents.length;
        return Decoder.direct(bytes, Optional.empty());
    }
}
