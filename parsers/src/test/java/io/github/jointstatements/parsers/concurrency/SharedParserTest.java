package io.github.jointstatements.parsers.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.jointstatements.core.json.StatementJson;
import io.github.jointstatements.parsers.Format;
import io.github.jointstatements.parsers.Input;
import io.github.jointstatements.parsers.ParseException;
import io.github.jointstatements.parsers.StatementParser;
import io.github.jointstatements.parsers.gold.Corpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The thread-safety guarantee of {@link StatementParser}: one parser shared by many threads gives,
 * for every document of the corpus, exactly what serial parsing gives (the statement's JSON, or
 * the same failure), whatever the interleaving.
 */
class SharedParserTest {

    private static final int THREADS = 8;
    private static final int ROUNDS = 4;

    private static final ObjectWriter JSON = StatementJson.newMapper().writer();

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void oneParserSharedByManyThreadsAnswersAsSerialParsingDoes() throws Exception {
        Map<String, Corpus.Document> documents = Corpus.load().documents();
        Map<String, byte[]> bytes = new ConcurrentHashMap<>();
        documents.forEach((id, d) -> bytes.put(id, read(d)));

        // serial answers, from a parser of their own
        StatementParser serial = StatementParser.create();
        Map<String, String> expected = new ConcurrentHashMap<>();
        for (String id : documents.keySet()) {
            expected.put(id, answer(serial, input(id, documents.get(id), bytes.get(id))));
        }

        // the same documents, every one several times, in a shuffled order, on a shared parser
        StatementParser shared = StatementParser.create();
        List<String> work = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            work.addAll(documents.keySet());
        }
        Collections.shuffle(work, new Random(5));
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String[]>> futures = new ArrayList<>();
            for (String id : work) {
                Callable<String[]> task = () -> {
                    start.await();
                    return new String[] {id,
                        answer(shared, input(id, documents.get(id), bytes.get(id)))};
                };
                futures.add(pool.submit(task));
            }
            start.countDown(); // all at once, for as much overlap as there can be
            int checked = 0;
            for (Future<String[]> future : futures) {
                String[] result = future.get(120, TimeUnit.SECONDS);
                assertThat(result[1]).as(result[0]).isEqualTo(expected.get(result[0]));
                checked++;
            }
            assertThat(checked).isEqualTo(documents.size() * ROUNDS);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Input input(String id, Corpus.Document document, byte[] bytes) {
        // from bytes, so that decoding runs on the worker threads too
        String name = document.source().toString();
        Input input = Input.of(bytes, name);
        return Format.ofFileName(name).map(input::withFormat).orElse(input);
    }

    private static String answer(StatementParser parser, Input input) {
        try {
            return JSON.writeValueAsString(parser.parse(input));
        } catch (ParseException e) {
            return "error " + e.reason() + ": " + e.getMessage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Corpus.Document document) {
        try {
            return Files.readAllBytes(document.source());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
