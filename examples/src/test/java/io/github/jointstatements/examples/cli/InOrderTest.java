package io.github.jointstatements.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class InOrderTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4, 16})
    void hands_every_result_on_once_in_input_order(int threads) {
        List<Integer> items = IntStream.range(0, 500).boxed().toList();
        List<Integer> results = new ArrayList<>();
        InOrder.forEach(items.iterator(), threads, i -> {
            // uneven work, so later items often finish before earlier ones
            LockSupport.parkNanos((i * 7919L % 13) * 20_000L);
            return i * 2;
        }, results::add, () -> { });
        assertThat(results).isEqualTo(items.stream().map(i -> i * 2).toList());
    }

    @Test
    void keeps_a_bounded_window_of_items_in_flight() {
        int threads = 3;
        AtomicInteger started = new AtomicInteger();
        AtomicInteger handedOn = new AtomicInteger();
        int[] mostAhead = {0};
        InOrder.forEach(IntStream.range(0, 2_000).iterator(), threads, i -> {
            started.incrementAndGet();
            return i;
        }, i -> {
            mostAhead[0] = Math.max(mostAhead[0], started.get() - handedOn.get());
            handedOn.incrementAndGet();
        }, () -> { });
        assertThat(handedOn).hasValue(2_000);
        assertThat(mostAhead[0]).isLessThanOrEqualTo(threads * InOrder.WINDOW_PER_THREAD);
    }

    @Test
    void works_on_the_threads_asked_for() {
        Set<String> names = ConcurrentHashMap.newKeySet();
        InOrder.forEach(IntStream.range(0, 200).iterator(), 4, i -> {
            names.add(Thread.currentThread().getName());
            LockSupport.parkNanos(200_000L);
            return i;
        }, i -> { }, () -> { });
        assertThat(names).hasSizeBetween(2, 4).allMatch(n -> n.startsWith("joint-statements-"));
    }

    @Test
    void one_thread_works_on_the_calling_thread() {
        List<String> names = Collections.synchronizedList(new ArrayList<>());
        InOrder.forEach(List.of(1, 2, 3).iterator(), 1,
                i -> names.add(Thread.currentThread().getName()), b -> { }, () -> { });
        assertThat(names).containsOnly(Thread.currentThread().getName());
    }

    @Test
    void rethrows_what_the_work_throws_unwrapped() {
        assertThatThrownBy(() -> InOrder.forEach(IntStream.range(0, 100).iterator(), 2, i -> {
            if (i == 37) {
                throw new IllegalStateException("bug at 37");
            }
            return i;
        }, i -> { }, () -> { })).isInstanceOf(IllegalStateException.class)
                .hasMessage("bug at 37");
    }

    @Test
    void rejects_fewer_than_one_thread() {
        assertThatThrownBy(() -> InOrder.forEach(List.of(1).iterator(), 0, i -> i, i -> { },
                () -> { })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
    }
}
