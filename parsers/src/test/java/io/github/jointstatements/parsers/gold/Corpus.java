package io.github.jointstatements.parsers.gold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jointstatements.core.json.StatementJson;
import io.github.jointstatements.parsers.Input;
import io.github.jointstatements.parsers.ParseException;
import io.github.jointstatements.parsers.StatementParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The gold corpus in the test resources ({@code corpus/<id>/source.*} beside
 * {@code expected.json}), or another folder of gold documents laid out the same way, and runs of
 * the library over it in the shape {@link GoldScorer} reads.
 */
public final class Corpus {

    private static final ObjectMapper MAPPER = StatementJson.newMapper();

    /** One document of the corpus. */
    public record Document(String id, Path source, JsonNode gold) {}

    private final Map<String, Document> documents;

    private Corpus(Map<String, Document> documents) {
        this.documents = documents;
    }

    /** Returns the whole corpus of the test resources. */
    public static Corpus load() {
        return load("/corpus");
    }

    /**
     * Returns the gold documents under another folder of the test resources laid out as the
     * corpus is ({@code <id>/source.*} beside {@code <id>/expected.json}), such as
     * {@code /heldout}.
     */
    public static Corpus load(String resourceFolder) {
        try {
            URL url = Corpus.class.getResource(resourceFolder);
            if (url == null) {
                throw new IllegalArgumentException("no test resource folder " + resourceFolder);
            }
            Path root = Path.of(url.toURI());
            Map<String, Document> documents = new TreeMap<>();
            try (Stream<Path> folders = Files.list(root)) {
                for (Path folder : folders.sorted().toList()) {
                    Path expected = folder.resolve("expected.json");
                    if (!Files.isRegularFile(expected)) {
                        continue;
                    }
                    Path source = Stream.of("source.html", "source.txt", "source.md")
                            .map(folder::resolve).filter(Files::isRegularFile).findFirst()
                            .orElseThrow(() -> new IllegalStateException("no source in " + folder));
                    String id = folder.getFileName().toString();
                    documents.put(id, new Document(id, source, MAPPER.readTree(expected.toFile())));
                }
            }
            return new Corpus(documents);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Returns the documents whose id starts with one of the prefixes. */
    public Corpus only(String... prefixes) {
        Map<String, Document> chosen = new TreeMap<>();
        documents.forEach((id, doc) -> {
            for (String prefix : prefixes) {
                if (id.startsWith(prefix)) {
                    chosen.put(id, doc);
                }
            }
        });
        return new Corpus(chosen);
    }

    /** Returns the documents by id. */
    public Map<String, Document> documents() {
        return documents;
    }

    /** Runs {@code parse} over every document and scores the statements against the gold. */
    public GoldScorer.Summary scoreParse(StatementParser parser) {
        return score(parser, true);
    }

    /** Runs {@code page} over every document and scores the pages against the gold. */
    public GoldScorer.Summary scorePage(StatementParser parser) {
        return score(parser, false);
    }

    private GoldScorer.Summary score(StatementParser parser, boolean statements) {
        Map<String, JsonNode> golds = new LinkedHashMap<>();
        Map<String, JsonNode> predictions = new LinkedHashMap<>();
        Set<String> errors = new HashSet<>();
        for (Document doc : documents.values()) {
            golds.put(doc.id(), doc.gold());
            try {
                Input input = Input.of(doc.source());
                Object result = statements ? parser.parse(input) : parser.page(input);
                predictions.put(doc.id(), MAPPER.valueToTree(result));
            } catch (ParseException e) {
                errors.add(doc.id());
            }
        }
        return GoldScorer.score(golds, predictions, errors);
    }

    /** Returns the ids in order. */
    public List<String> ids() {
        return List.copyOf(documents.keySet());
    }
}
