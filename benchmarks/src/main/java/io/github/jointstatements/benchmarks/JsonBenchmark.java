package io.github.jointstatements.benchmarks;

import io.github.jointstatements.core.Statement;
import io.github.jointstatements.core.json.StatementJson;
import io.github.jointstatements.parsers.analysis.StatementAnalyzer;
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

/** JSON writing: a corpus statement written as one line of the JSON contract, one per operation. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class JsonBenchmark {

    private Statement[] statements;
    private int next;

    @Setup
    public void load() {
        StatementAnalyzer analyzer = StatementAnalyzer.create();
        statements = AnalysisBenchmark.statementPages(Documents.corpus()).stream()
                .map(analyzer::analyze).toArray(Statement[]::new);
    }

    @Benchmark
    public String write() {
        Statement statement = statements[next];
        next = (next + 1) % statements.length;
        return StatementJson.write(statement);
    }
}
