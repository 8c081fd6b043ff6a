package io.github.jointstatements.parsers.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jointstatements.parsers.Input;
import io.github.jointstatements.parsers.ParseException;
import io.github.jointstatements.parsers.StatementParser;
import io.github.jointstatements.parsers.gold.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No page that holds a statement is answered "no statement": over every set of the repository
 * whose gold says which pages hold one (the corpus, the held-out regression set and every
 * development set), each page whose gold does not mark it {@code noStatement} gets a statement
 * from {@code parse}. The rules that tell news stories, transcripts, speeches and listings
 * ({@code SpokenPages}, {@code TextListings}, {@code StatementReports}) must
 * never cost a real statement: a statement lost is worse than a page without one kept.
 */
class StatementsKeptTest {

    private static final StatementParser PARSER = StatementParser.create();

    /** The corpus, the held-out regression set and every development set ({@code unseen-text*}). */
    static Stream<String> sets() throws Exception {
        Path root = Path.of(StatementsKeptTest.class.getResource("/corpus").toURI()).getParent();
        try (Stream<Path> folders = Files.list(root)) {
            List<String> names = folders.filter(Files::isDirectory)
                    .map(f -> f.getFileName().toString())
                    .filter(n -> n.equals("corpus") || n.equals("heldout")
                            || n.startsWith("unseen-text"))
                    .sorted().toList();
            return names.stream().map(n -> "/" + n);
        }
    }

    @ParameterizedTest
    @MethodSource("sets")
    void everyStatementOfASetIsAnsweredAsOne(String set) {
        List<String> lost = new ArrayList<>();
        for (Corpus.Document doc : Corpus.load(set).documents().values()) {
            if (!claimsAStatement(doc.gold())) {
                continue;
            }
            try {
                PARSER.parse(Input.of(doc.source()));
            } catch (ParseException e) {
                if (e.reason() == ParseException.Reason.NO_STATEMENT) {
                    lost.add(doc.id());
                }
            }
        }
        assertThat(lost).as("statements answered NO_STATEMENT in " + set).isEmpty();
    }

    /**
     * Whether a gold says its page holds a statement: {@code "noStatement": false}, or a field
     * only a statement has (its kind, parties, pledges, events, acronyms). A page-level gold
     * (title, date, body) says nothing either way.
     */
    private static boolean claimsAStatement(JsonNode gold) {
        if (gold.has("noStatement")) {
            return !gold.get("noStatement").asBoolean();
        }
        for (String field : new String[] {"kind", "parties", "pledges", "events", "acronyms"}) {
            if (gold.has(field)) {
                return true;
            }
        }
        return false;
    }
}
