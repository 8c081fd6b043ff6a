package io.github.jointstatements.parsers.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jointstatements.parsers.StatementParser;
import io.github.jointstatements.parsers.gold.Corpus;
import io.github.jointstatements.parsers.gold.GoldScorer;
import org.junit.jupiter.api.Test;

/**
 * Pins the page layer's figures on the corpus, as the shared scorer measures them: {@code page}
 * over every document for the body, snippets, title and date; {@code parse} for the pages that
 * hold no statement, which must be answered with an error.
 */
class CorpusPageFiguresTest {

    private static final StatementParser PARSER = StatementParser.create();

    @Test
    void pageFiguresOnTheCorpus() {
        GoldScorer.Summary summary = Corpus.load().scorePage(PARSER);
        assertThat(summary.bodyF1Mean()).as(summary.toString()).isGreaterThanOrEqualTo(0.999);
        assertThat(summary.snippetAccuracy()).as(summary.toString()).isEqualTo(1.0);
        assertThat(summary.accuracy("title")).as(summary.toString()).isEqualTo(1.0);
        assertThat(summary.accuracy("date")).as(summary.toString()).isEqualTo(1.0);
        assertThat(summary.accuracy("publisher")).as(summary.toString()).isEqualTo(1.0);
        assertThat(summary.accuracy("publishedOn")).as(summary.toString()).isEqualTo(1.0);
        summary.rows().forEach((doc, row) -> {
            Object f1 = row.get("body_f1");
            if (f1 != null) {
                assertThat((Double) f1).as("body F1 of %s", doc).isGreaterThanOrEqualTo(0.995);
            }
        });
    }

    @Test
    void everyPageWithoutAStatementIsRefusedByParse() {
        GoldScorer.Summary summary = Corpus.load().only("listing-").scoreParse(PARSER);
        assertThat(summary.noStatementAccuracy()).as(summary.toString()).isEqualTo(1.0);
        assertThat(summary.rows()).hasSize(2);
    }
}
