package io.github.jointstatements.parsers.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jointstatements.core.Source;
import io.github.jointstatements.core.Statement;
import io.github.jointstatements.core.StatementKind;
import io.github.jointstatements.parsers.Explanation;
import io.github.jointstatements.parsers.Page;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementAnalyzerTest {

    private static Page page(String title, String... paragraphs) {
        return Page.builder()
                .title(title)
                .date(LocalDate.of(2024, 5, 2))
                .source(Source.builder().parser("test").build())
                .addParagraphs(paragraphs)
                .build();
    }

    private static final Page JOINT = page(
            "Joint Statement of the United States and Japan",
            "The United States and Japan will hold the Economic Policy Dialogue"
                    + " (EPD) in Tokyo in July.",
            "Both sides condemned the attacks.");

    @Test
    void analysesAPageIntoAStatement() {
        Statement s = StatementAnalyzer.create().analyze(JOINT);
        assertThat(s.kind()).isEqualTo(StatementKind.JOINT_STATEMENT);
        assertThat(s.parties()).extracting(p -> p.name() + " " + p.kind() + " "
                + p.country().orElse("-")).containsExactly("United States STATE US",
                "Japan STATE JP");
        assertThat(s.pledges()).singleElement().satisfies(p -> {
            assertThat(p.actors()).containsExactly("United States", "Japan");
            assertThat(p.evidence().in(s.paragraphs())).isEqualTo(p.text());
        });
        assertThat(s.events()).singleElement().satisfies(e -> {
            assertThat(e.acronym()).contains("EPD");
            assertThat(e.date()).hasValueSatisfying(d -> assertThat(d).hasToString("2024-07"));
            assertThat(e.location()).contains("Tokyo");
        });
        assertThat(s.acronyms()).containsEntry("EPD", "Economic Policy Dialogue");
    }

    @Test
    void explainsEveryFactWithItsRule() {
        Explanation explanation = StatementAnalyzer.create().explain(JOINT);
        assertThat(explanation.statement()).isEqualTo(StatementAnalyzer.create().analyze(JOINT));
        List<String> kinds = new ArrayList<>();
        explanation.facts().forEach(f -> {
            kinds.add(f.kind());
            assertThat(f.rule()).isNotBlank();
        });
        assertThat(kinds).contains("kind", "acronym", "party", "pledge", "event");
        assertThat(explanation.facts()).filteredOn(f -> f.kind().equals("pledge")).singleElement()
                .satisfies(f -> assertThat(f.rule()).contains("will"));
    }

    @Test
    void refusesPagesOverTheLimitsOfItsOptionsNamingTheLimit() {
        AnalysisOptions one = AnalysisOptions.builder().maxParagraphs(1).build();
        AnalysisOptions two = AnalysisOptions.builder().maxSentences(2).build();
        Page page = page("Joint Statement", "Nothing here.",
                "The two leaders pledged to meet again. They met. They parted.");
        assertThatThrownBy(() -> StatementAnalyzer.create(one).analyze(page))
                .isInstanceOf(AnalysisLimitException.class)
                .hasMessage("2 paragraphs, over the limit maxParagraphs=1");
        assertThatThrownBy(() -> StatementAnalyzer.create(two).explain(page))
                .isInstanceOfSatisfying(AnalysisLimitException.class,
                        e -> assertThat(e.limit()).isEqualTo("maxSentences"));
        assertThat(StatementAnalyzer.create(one).options()).isEqualTo(one);
        assertThatThrownBy(() -> AnalysisOptions.builder().maxSentences(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
    }

    @Test
    void survivesPagesWithoutTitleDateOrText() {
        Page bare = Page.builder().source(Source.builder().parser("test").build())
                .addParagraphs("", "   ", "—").build();
        Statement s = StatementAnalyzer.create().analyze(bare);
        assertThat(s.parties()).isEmpty();
        assertThat(s.pledges()).isEmpty();
        assertThat(s.kind()).isEqualTo(StatementKind.OTHER);
    }

    @Test
    void fingerprintIgnoresCaseSpacesAndPunctuation() {
        assertThat(StatementAnalyzer.fingerprint(List.of("The two leaders met.")))
                .isEqualTo(StatementAnalyzer.fingerprint(List.of("the  two", "LEADERS met")))
                .startsWith("js-");
    }
}
