package io.github.jointstatements.examples.cli;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Maps items on a pool of threads and hands the results on in the items' order, streaming: at
 * most {@code window} items are in flight at once (read, being worked on, or done and waiting
 * for an earlier one), so memory stays flat however many items there are.
 *
 * <p>The work function must answer every item itself (a result that says "failed" rather than
 * an exception); an exception it throws anyway stops the run and is rethrown, unwrapped, on the
 * calling thread.
 */
final class InOrder {

    /** In-flight items per thread: enough to keep every thread busy past a slow item. */
    static final int WINDOW_PER_THREAD = 8;

    private InOrder() {}

    /**
     * Applies {@code work} to every item, {@code threads} at a time, and passes each result to
     * {@code sink} on the calling thread, in the items' order. {@code idle} is run on the calling
     * thread whenever it is about to wait for a result (a moment to flush output).
     */
    static <T, R> void forEach(Iterator<T> items, int threads, Function<? super T, R> work,
            Consumer<? super R> sink, Runnable idle) {
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(sink, "sink");
        Objects.requireNonNull(idle, "idle");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        if (threads == 1) {
            while (items.hasNext()) {
                sink.accept(work.apply(items.next()));
            }
            idle.run();
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, new Workers());
        try {
            int window = threads * WINDOW_PER_THREAD;
            ArrayDeque<Future<R>> inFlight = new ArrayDeque<>(window);
            while (items.hasNext() || !inFlight.isEmpty()) {
                while (inFlight.size() < window && items.hasNext()) {
                    T item = items.next();
                    inFlight.add(pool.submit(() -> work.apply(item)));
                }
                Future<R> next = inFlight.poll();
                if (!next.isDone()) {
                    idle.run();
                }
                sink.accept(result(next));
            }
            idle.run();
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R result(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a result", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Daemon threads, so that a stuck item cannot keep the program alive after its end. */
    private static final class Workers implements ThreadFactory {

        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "joint-statements-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
