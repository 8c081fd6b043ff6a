package io.github.jointstatements.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private final StringWriter err = new StringWriter();

    @Test
    void always_draws_the_bar_and_clears_it_at_the_end() {
        try (Progress progress = Progress.start(Progress.Mode.ALWAYS, "parse", 5,
                new PrintWriter(err))) {
            for (int i = 0; i < 5; i++) {
                progress.step();
            }
        }
        assertThat(err.toString()).startsWith("\r").contains("parse").contains("5/5")
                .endsWith("\r");
    }

    @Test
    void never_draws_nothing() {
        try (Progress progress = Progress.start(Progress.Mode.NEVER, "parse", 3,
                new PrintWriter(err))) {
            progress.step();
            progress.step();
            progress.step();
        }
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void auto_draws_nothing_when_standard_error_is_not_a_terminal() {
        // under the test runner standard error is a pipe or a file, never a terminal
        try (Progress progress = Progress.start(Progress.Mode.AUTO, "parse", 3,
                new PrintWriter(err))) {
            progress.step();
            LockSupport.parkNanos(Progress.DELAY.toNanos() + 100_000_000L);
            progress.step();
            progress.step();
        }
        assertThat(err.toString()).isEmpty();
    }
}
