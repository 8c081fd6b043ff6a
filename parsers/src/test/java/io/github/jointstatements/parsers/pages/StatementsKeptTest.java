package io.github.jointstatements.parsers.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jointstatements.parsers.Input;
import io.github.jointstatements.parsers.ParseException;
import io.github.jointstatements.parsers.StatementParser;
import io.github.jointstatements.parsers.gold.Corpus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No page that holds a statement is answered "no statement": over every set of the repository
 * whose gold says which pages hold one (the corpus, the held-out regression set and every
 * development set), each page whose gold does not mark it {@code noStatement} gets a statement
 * from {@code parse}. The rules that tell news stories, transcripts, speeches and listings
 * (this package's {@code SpokenPages} and {@code TextListings}, {@code StatementReports}) must
 * never cost a real statement: a statement lost is worse than a page without one kept.
 */
class StatementsKeptTest {

    private static final StatementParser PARSER = StatementParser.create();

    @ParameterizedTest
    @ValueSource(strings = {"/corpus", "/heldout", "/unseen-text", "/unseen-text-blind",
        "/unseen-text-blind2", "/unseen-text-events8", "/unseen-text-events9",
        "/unseen-text-issuers", "/unseen-text-issuers2", "/unseen-text-issuers3",
        "/unseen-text-issuers4", "/unseen-text-issuers5", "/unseen-text-issuers9",
        "/unseen-text-meta6", "/unseen-text-meta7", "/unseen-text-meta9", "/unseen-text-parties8",
        "/unseen-text-nostmt10"})
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
