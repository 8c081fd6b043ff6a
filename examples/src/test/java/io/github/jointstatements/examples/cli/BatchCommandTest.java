package io.github.jointstatements.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The batch commands on many inputs at once: order, one line each, failures among them. */
class BatchCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int INPUTS = 90;

    @TempDir
    static Path folder;

    /** The inputs in sorted path order, and whether each must fail. */
    private static final List<String> names = new ArrayList<>();
    private static final List<Boolean> fails = new ArrayList<>();

    @BeforeAll
    static void writeInputs() throws IOException {
        String statement = Files.readString(
                Path.of("samples/rok-us-defense-ministerial-2023.txt"), StandardCharsets.UTF_8);
        for (int i = 0; i < INPUTS; i++) {
            Path file = folder.resolve(String.format(Locale.ROOT, "doc-%03d.txt", i));
            // failures interleaved at irregular places: empty files and gzip bytes
            if (i % 7 == 3) {
                Files.write(file, new byte[0]);
                fails.add(true);
            } else if (i % 11 == 5) {
                Files.write(file, new byte[] {0x1F, (byte) 0x8B, 8, 0, 0, 0});
                fails.add(true);
            } else {
                // each statement a little different, so a line cannot stand in for another
                Files.writeString(file, statement + "\n\nParagraph number " + i + ".\n",
                        StandardCharsets.UTF_8);
                fails.add(false);
            }
            names.add(file.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"parse", "page"})
    void answers_every_input_once_in_input_order_with_failures_interleaved(String command)
            throws IOException {
        Run run = run(command, "--threads", "4", folder.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.lines()).hasSize(INPUTS);
        assertThat(run.err()).as("no progress bar when nobody watches").isEmpty();
        for (int i = 0; i < INPUTS; i++) {
            JsonNode line = JSON.readTree(run.lines().get(i));
            assertThat(line.get("input").asText()).isEqualTo(names.get(i));
            if (fails.get(i)) {
                assertThat(line.has("error")).as(names.get(i)).isTrue();
                assertThat(line.has(command.equals("parse") ? "statement" : "page")).isFalse();
            } else {
                assertThat(line.has("error")).as(names.get(i)).isFalse();
                assertThat(line.toString()).contains("Paragraph number " + i + ".");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"parse", "page"})
    void prints_the_same_lines_on_any_number_of_threads(String command) {
        Run one = run(command, "--threads", "1", folder.toString());
        Run many = run(command, "--threads", "3", folder.toString());
        Run allCores = run(command, folder.toString());
        assertThat(many.lines()).isEqualTo(one.lines());
        assertThat(allCores.lines()).isEqualTo(one.lines());
        assertThat(many.status()).isEqualTo(one.status());
    }

    @Test
    void prints_stack_traces_of_failures_in_input_order_with_debug() {
        Run run = run("parse", "--debug", "--threads", "4", folder.toString());
        List<String> traced = run.err().lines()
                .filter(l -> l.startsWith("io.github.jointstatements.parsers.ParseException"))
                .toList();
        List<String> failed = new ArrayList<>();
        for (int i = 0; i < INPUTS; i++) {
            if (fails.get(i)) {
                failed.add(names.get(i));
            }
        }
        assertThat(traced).hasSize(failed.size());
        for (int i = 0; i < failed.size(); i++) {
            assertThat(traced.get(i)).contains(failed.get(i));
        }
    }

    @Test
    void rejects_fewer_than_one_thread() {
        Run run = run("parse", "--threads", "0", folder.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.lines()).isEmpty();
        assertThat(run.err()).contains("--threads");
    }

    private record Run(int status, List<String> lines, String err) {}

    private static Run run(String... args) {
        CommandLineTest.Run run = CommandLineTest.run(args);
        List<String> lines = run.out().lines().filter(l -> !l.isBlank()).toList();
        return new Run(run.status(), lines, run.err());
    }
}
