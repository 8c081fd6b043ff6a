package io.github.jointstatements.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What bench prints; its figures are measured, so only their presence and form are checked. */
class BenchCommandTest {

    @TempDir
    Path folder;

    @Test
    void times_pages_against_jsoup_and_the_analysis() throws IOException {
        Files.writeString(folder.resolve("page.html"), "<html><head><title>Joint Statement"
                + "</title></head><body><article><h1>Joint Statement</h1><p>The Ministers of"
                + " Defense met in Seoul on January 31, 2023. They pledged to expand combined"
                + " exercises.</p></article></body></html>", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("statement.txt"), Files.readString(
                Path.of("samples/rok-us-defense-ministerial-2023.txt"), StandardCharsets.UTF_8),
                StandardCharsets.UTF_8);

        CommandLineTest.Run run = CommandLineTest.run("bench", "--warmup", "0", "--time", "0.2", "--per-document",
                folder.toString());

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("2 documents, 1 of them HTML pages")
                .containsPattern("jsoup parse +[0-9.]+ +[0-9.]+ +[0-9.]+")
                .containsPattern("page +[0-9.]+ +[0-9.]+ +[0-9.]+")
                .containsPattern("page / jsoup +[0-9.]+x wall, [0-9.]+x cpu")
                .contains("page.html")
                .containsPattern("analysis +[0-9.]+ statements/s, [0-9.]+ per cpu second"
                        + "  \\(2 statements");
    }

    @Test
    void says_so_when_there_is_nothing_to_measure() throws IOException {
        Files.writeString(folder.resolve("notes.csv"), "a,b", StandardCharsets.UTF_8);
        CommandLineTest.Run run = CommandLineTest.run("bench", "--warmup", "0", "--time", "0.1", folder.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("nothing to measure");
    }

    @Test
    void rejects_a_measuring_time_of_zero() {
        CommandLineTest.Run run = CommandLineTest.run("bench", "--time", "0", folder.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--time");
    }
}
