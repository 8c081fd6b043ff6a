package io.github.jointstatements.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The progress bar of a long batch, on standard error, never on standard output.
 *
 * <p>By default ({@link Mode#AUTO}) it appears only once a run has lasted {@link #DELAY}, and
 * only when someone watches a terminal that the results do not scroll through: standard error is
 * a terminal and standard output is redirected to a file. Output piped to another program, or
 * printed to the terminal itself, gets no bar: it would tangle with the lines. Not thread-safe:
 * the thread that prints the results steps it.
 */
final class Progress implements AutoCloseable {

    /** When the bar shows. */
    enum Mode {
        /** For runs longer than {@link #DELAY}, when output goes to a file, errors to a terminal. */
        AUTO,
        /** Always, from the first input. */
        ALWAYS,
        /** Never. */
        NEVER
    }

    /** How long a run goes before the bar appears, in {@link Mode#AUTO}. */
    static final Duration DELAY = Duration.ofSeconds(1);

    private static final int DEFAULT_WIDTH = 100;

    private final Mode mode;
    private final String task;
    private final long total;
    private final PrintWriter err;
    private final long startNanos = System.nanoTime();
    private long done;
    private boolean decided;
    private ProgressBar bar;

    private Progress(Mode mode, String task, long total, PrintWriter err) {
        this.mode = mode;
        this.task = task;
        this.total = total;
        this.err = err;
    }

    /** Returns the progress of a run of {@code total} inputs, drawn on {@code err} if at all. */
    static Progress start(Mode mode, String task, long total, PrintWriter err) {
        Progress progress = new Progress(mode, task, total, err);
        if (mode == Mode.ALWAYS) {
            progress.show();
        }
        return progress;
    }

    /** Counts one more input answered. */
    void step() {
        done++;
        if (bar != null) {
            bar.step();
            return;
        }
        if (!decided && mode == Mode.AUTO
                && System.nanoTime() - startNanos >= DELAY.toNanos() && done < total) {
            decided = true;
            if (watchedTerminal()) {
                show();
            }
        }
    }

    /** Removes the bar, if it is shown. */
    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            // the library skips its own clearing when closed before its first redraw
            err.print('\r' + " ".repeat(width()) + '\r');
            err.flush();
            bar = null;
        }
    }

    private void show() {
        bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" inputs", 1)
                .showSpeed()
                .setUpdateIntervalMillis(250)
                .clearDisplayOnFinish()
                .startsFrom(done, Duration.ofNanos(System.nanoTime() - startNanos))
                .setConsumer(new DelegatingProgressBarConsumer(line -> {
                    err.print('\r');
                    err.print(line);
                    err.flush();
                }, width()))
                .build();
    }

    /** The terminal's width from {@code COLUMNS} when the shell exports it, else a default. */
    private static int width() {
        String columns = System.getenv("COLUMNS");
        if (columns != null && columns.matches("[0-9]{1,4}")) {
            return Math.max(40, Integer.parseInt(columns) - 1);
        }
        return DEFAULT_WIDTH;
    }

    /**
     * Returns whether standard error is a terminal while standard output goes to a file (neither
     * a terminal nor a pipe). Java before 22 cannot ask this of a single stream
     * ({@link System#console()} is absent exactly when output is redirected), so a POSIX shell,
     * sharing our streams, answers; where there is none, there is no bar.
     */
    private static boolean watchedTerminal() {
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")) {
            return false;
        }
        try {
            Process test = new ProcessBuilder("sh", "-c",
                    "[ -t 2 ] && [ ! -t 1 ] && [ ! -p /dev/stdout ]").inheritIO().start();
            return test.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
