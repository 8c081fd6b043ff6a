package io.github.jointstatements.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.github.jointstatements.parsers.hostile.HostileInputs;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * The command line's contract for failures, run in-process: one JSON line per input in input
 * order, the run goes on after a failure, exit status 0 / 1 / 2, no stack trace without
 * {@code --debug}.
 */
class CommandLineTest {

    /** Reads the output back; a paragraph of the 20 MB line is longer than Jackson's default. */
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(Integer.MAX_VALUE).build()).build());

    @TempDir
    Path folder;

    /** What a run printed and returned. */
    record Run(int status, String out, String err) {

        List<JsonNode> lines() {
            List<JsonNode> lines = new ArrayList<>();
            for (String line : out.split("\n")) {
                if (!line.isBlank()) {
                    try {
                        lines.add(JSON.readTree(line));
                    } catch (IOException e) {
                        throw new UncheckedIOException("not a JSON line: "
                                + line.substring(0, Math.min(line.length(), 200)), e);
                    }
                }
            }
            return lines;
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = JointStatementsCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int status = commandLine.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    private Path write(String name, String text) throws IOException {
        Path path = folder.resolve(name);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text, StandardCharsets.UTF_8);
        return path;
    }

    private Path statement(String name) throws IOException {
        return write(name, HostileInputs.statementHtml("utf-8"));
    }

    @Test
    void everyInputIsAnsweredOnceInOrderAndTheRunGoesOnAfterFailures() throws IOException {
        Path good = statement("a.html");
        Path empty = write("b.txt", "");
        Path missing = folder.resolve("c.html");
        Path alsoGood = statement("d.html");

        Run run = run("parse", good.toString(), empty.toString(), missing.toString(),
                alsoGood.toString());

        assertThat(run.status()).isEqualTo(1);
        List<JsonNode> lines = run.lines();
        assertThat(lines).extracting(l -> l.get("input").asText()).containsExactly(
                good.toString(), empty.toString(), missing.toString(), alsoGood.toString());
        assertThat(lines.get(0).has("statement")).isTrue();
        assertThat(lines.get(1).at("/error/type").asText()).isEqualTo("EMPTY");
        assertThat(lines.get(2).at("/error/type").asText()).isEqualTo("UNREADABLE");
        assertThat(lines.get(2).at("/error/message").asText()).contains("no such file")
                .contains(missing.toString());
        assertThat(lines.get(3).has("statement")).isTrue();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void allReadMeansStatusZero() throws IOException {
        Run run = run("parse", statement("a.html").toString(), statement("b.html").toString());

        assertThat(run.status()).isZero();
        assertThat(run.lines()).hasSize(2).allMatch(l -> l.has("statement"));
    }

    @Test
    void aFolderIsReadInSortedOrderAndAFolderWithoutInputsIsAnswered() throws IOException {
        statement("docs/b.html");
        statement("docs/a/z.html");
        write("docs/notes.pdf", "not read: unknown extension");
        Files.createDirectories(folder.resolve("nothing"));

        Run run = run("page", folder.resolve("docs").toString(),
                folder.resolve("nothing").toString());

        assertThat(run.lines()).extracting(l -> l.get("input").asText()).containsExactly(
                folder.resolve("docs/a/z.html").toString(),
                folder.resolve("docs/b.html").toString(), folder.resolve("nothing").toString());
        assertThat(run.lines().get(2).at("/error/type").asText()).isEqualTo("EMPTY");
        assertThat(run.status()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "parse", "parse --no-such-option x.html", "frobnicate x.html"})
    void badUsageIsStatusTwoWithAMessageAndNoOutput(String args) {
        Run run = run(args.isEmpty() ? new String[0] : args.split(" "));

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isNotBlank().doesNotContain("\tat ");
    }

    @Test
    void debugPrintsStackTracesOnStandardError() throws IOException {
        Path empty = write("empty.txt", "  ");

        Run quiet = run("parse", empty.toString());
        Run debug = run("parse", "--debug", empty.toString());

        assertThat(quiet.err()).isEmpty();
        assertThat(debug.err()).contains("ParseException").contains("\tat ");
        assertThat(debug.out()).isEqualTo(quiet.out());
        assertThat(debug.status()).isEqualTo(1);
    }

    @Test
    void prettyWithOneInputPrintsTheResultAloneOrTheError() throws IOException {
        Run good = run("parse", "--pretty", statement("a.html").toString());
        Run bad = run("parse", "--pretty", folder.resolve("missing.html").toString());

        JsonNode statement = JSON.readTree(good.out());
        assertThat(statement.get("title").asText()).isEqualTo(HostileInputs.STATEMENT_TITLE);
        assertThat(good.out()).contains("\n  \"");
        assertThat(JSON.readTree(bad.out()).at("/error/type").asText()).isEqualTo("UNREADABLE");
        assertThat(bad.status()).isEqualTo(1);
    }

    @Test
    void readsUrlsAndAnswersTheirFailures() throws IOException {
        HttpServer server = HttpServer.create(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] page = HostileInputs.statementHtml("utf-8").getBytes(StandardCharsets.UTF_8);
        server.createContext("/statement", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        });
        server.createContext("/gone", exchange -> {
            exchange.sendResponseHeaders(410, -1);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();

            Run run = run("parse", base + "/statement", base + "/gone", "http://exa mple/");

            List<JsonNode> lines = run.lines();
            assertThat(lines).extracting(l -> l.get("input").asText())
                    .containsExactly(base + "/statement", base + "/gone", "http://exa mple/");
            assertThat(lines.get(0).at("/statement/title").asText())
                    .isEqualTo(HostileInputs.STATEMENT_TITLE);
            assertThat(lines.get(1).at("/error/message").asText()).contains("HTTP status 410");
            assertThat(lines.get(2).at("/error/message").asText()).contains("not a valid URL");
            assertThat(run.status()).isEqualTo(1);
            assertThat(run.err()).isEmpty();
        } finally {
            server.stop(0);
        }
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void aBatchOverAFolderOfHostileInputsAnswersEachOnceWithoutAStackTrace() throws IOException {
        Path hostile = Files.createDirectories(folder.resolve("hostile"));
        List<Path> paths = HostileInputs.writeAll(hostile);
        Path good = statement("hostile/zz-statement.html");
        List<String> expected = new ArrayList<>();
        paths.stream().filter(Files::exists).map(Path::toString).forEach(expected::add);
        expected.add(good.toString());
        expected.sort(null);
        Path missing = hostile.resolve("does-not-exist.html");

        for (String command : List.of("parse", "page")) {
            // the output goes to a file and is read back a line at a time: held whole in memory
            // (the 20 MB line's page is in it) it would crowd the 512 MiB heap the batch runs in
            Path output = folder.resolve(command + ".jsonl");
            StringWriter err = new StringWriter();
            int status;
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(output))) {
                CommandLine commandLine = JointStatementsCommand.commandLine();
                commandLine.setOut(out);
                commandLine.setErr(new PrintWriter(err, true));
                status = commandLine.execute(command, hostile.toString(), missing.toString());
            }

            // a summary per line, "input: answer", so that a failure message stays small
            String result = command.equals("parse") ? "statement" : "page";
            List<String> answers = new ArrayList<>();
            try (BufferedReader lines = Files.newBufferedReader(output)) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    JsonNode l = JSON.readTree(line);
                    answers.add(l.get("input").asText() + ": "
                            + (l.has(result) && !l.has("error") ? result
                            : l.has("error") && !l.has(result) ? l.at("/error/type").asText()
                            : "both or neither"));
                }
            }
            List<String> all = new ArrayList<>(expected);
            all.add(missing.toString());
            assertThat(answers).as(command).extracting(a -> a.substring(0, a.lastIndexOf(": ")))
                    .containsExactlyElementsOf(all);
            assertThat(answers).as(command).noneMatch(a -> a.endsWith(": INTERNAL"))
                    .noneMatch(a -> a.endsWith(": both or neither"))
                    .contains(good + ": " + result);
            assertThat(err.toString()).as(command).isEmpty();
            assertThat(status).as(command).isEqualTo(1);
        }
    }
}
