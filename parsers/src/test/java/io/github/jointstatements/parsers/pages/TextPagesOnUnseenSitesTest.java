package io.github.jointstatements.parsers.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jointstatements.core.json.StatementJson;
import io.github.jointstatements.parsers.Input;
import io.github.jointstatements.parsers.StatementParser;
import io.github.jointstatements.parsers.gold.GoldScorer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The plain-text reading on rendered press pages and reposts of sites the corpus does not hold
 * ({@code unseen-text/<case>}: the text of real pages as a browser renders it, each with its
 * provenance and a gold read by hand; the folder's README says how they were chosen), scored as
 * the corpus is. They hold the shapes of headers and footers the text reading must know: release
 * labels, a rendered date field, release-details blocks, media contacts, an issuer's office
 * lines, "Source:" lines, attributions, comment and related-post footers, photo captions, a
 * wrapped headline announced by "Full text of".
 *
 * <p>Measured when pinned, on {@code unseen-text} (whose shapes were studied while the rules
 * were written): before the header and footer reading, title 0.417, date 0.545, publisher 0.0,
 * publishedOn 0.5, body F1 0.945; after it, title 1.0, date 0.909 (the one miss is "Date:
 * 11/10/2018", a day and a month that cannot be told apart), publisher 1.0, publishedOn 1.0,
 * body F1 1.0. On {@code unseen-text-blind} (gold written before the library first ran on it):
 * the reading before, title 0.273, date 0.455, body F1 0.921; the first run of the new reading,
 * title 0.455, date 0.909, publisher 0.0, body F1 0.972; after rules learned from that run (a
 * site's section or an issuer's banner above the headline, a name rendered twice, short header
 * notes under the headline, "Read full article", a closing bare address), title 1.0, date 0.909
 * (the miss: "10/06/2025", month or day first), publisher 1.0, body F1 1.0. On
 * {@code unseen-text-blind2}, read blind after those rules: the reading before, title 0.25,
 * date 0.375, body F1 0.899; the first run, title 0.5, date 0.625, publisher 0.0, body F1 0.952;
 * after its lessons (its README lists them), title 0.875, date 0.75, publisher 1.0, body F1
 * 0.993.
 */
class TextPagesOnUnseenSitesTest {

    private static final StatementParser PARSER = StatementParser.create();
    private static final ObjectMapper MAPPER = StatementJson.newMapper();

    static GoldScorer.Summary score(String folder) throws Exception {
        Path root = Path.of(TextPagesOnUnseenSitesTest.class.getResource(folder).toURI());
        Map<String, JsonNode> golds = new LinkedHashMap<>();
        Map<String, JsonNode> predictions = new LinkedHashMap<>();
        try (Stream<Path> folders = Files.list(root)) {
            for (Path dir : folders.filter(Files::isDirectory).sorted().toList()) {
                String id = dir.getFileName().toString();
                golds.put(id, MAPPER.readTree(dir.resolve("expected.json").toFile()));
                predictions.put(id, MAPPER.valueToTree(
                        PARSER.page(Input.of(dir.resolve("source.txt")))));
            }
        }
        assertThat(golds).hasSizeGreaterThanOrEqualTo(8);
        return GoldScorer.score(golds, predictions, new HashSet<>());
    }

    @Test
    void headersAndFootersOfRenderedPressPages() throws Exception {
        GoldScorer.Summary summary = score("/unseen-text");
        assertThat(summary.bodyF1Mean()).as(summary.toString()).isGreaterThanOrEqualTo(0.995);
        assertThat(summary.accuracy("title")).as(summary.toString()).isEqualTo(1.0);
        assertThat(summary.accuracy("date")).as(summary.toString()).isGreaterThanOrEqualTo(0.9);
        assertThat(summary.accuracy("publisher")).as(summary.toString()).isEqualTo(1.0);
        assertThat(summary.accuracy("publishedOn")).as(summary.toString()).isEqualTo(1.0);
    }

    @Test
    void pagesReadBlind() throws Exception {
        GoldScorer.Summary summary = score("/unseen-text-blind");
        assertThat(summary.bodyF1Mean()).as(summary.toString()).isGreaterThanOrEqualTo(0.995);
        assertThat(summary.accuracy("title")).as(summary.toString()).isEqualTo(1.0);
        assertThat(summary.accuracy("date")).as(summary.toString()).isGreaterThanOrEqualTo(0.9);
        assertThat(summary.accuracy("publisher")).as(summary.toString()).isEqualTo(1.0);
    }

    /**
     * The statement-level fields ({@code parse}) of issuers without a template and their
     * reposts ({@code unseen-text-issuers}: ministries, State, Defense, Global Affairs Canada,
     * the European Council, ASEAN, the AU and UN councils; seven pages without a statement).
     * Measured before the rules that read them: title 0.55, date 0.267, kind 0.409, location
     * 0.688, publisher 0.167, publishedOn 0.5, no-statement pages 0.0; after the publisher
     * lines and the listings: publisher 0.917, no-statement pages 0.857; after the kind phrases
     * and the opening's words: kind 0.727; after the header's release lines, banners, clocks and
     * breadcrumbs: title 1.0, date 0.8, kind 0.909, location 0.812, publishedOn 0.75; after a
     * readout's own foreign minister names the ministry: publisher 1.0; after session 4's rules
     * (a headline broken over lines, "We, the Heads of State ..." under a "Statement" title):
     * kind 1.0, location 0.875. Five press conferences and remarks (gold kind OTHER) and a news
     * agency's account of a communiqué relabelled no statement by the convention of
     * DEVELOPMENT-SETS.md (session 9): no-statement pages 0.462 at once, 0.846 after the headlines
     * of press events (the agency's account, a short excerpt that cites the communiqué once, and a
     * listing stay missed); date 0.9 on the remaining statements (the press events' dates were
     * right).
     */
    @Test
    void statementFieldsOfIssuersWithoutATemplate() {
        GoldScorer.Summary summary = io.github.jointstatements.parsers.gold.Corpus
                .load("/unseen-text-issuers").scoreParse(PARSER);
        assertThat(summary.accuracy("publisher")).as(summary.toString()).isGreaterThanOrEqualTo(0.95);
        assertThat(summary.noStatementAccuracy()).as(summary.toString()).isGreaterThanOrEqualTo(0.84);
        assertThat(summary.accuracy("title")).as(summary.toString()).isGreaterThanOrEqualTo(0.95);
        assertThat(summary.accuracy("kind")).as(summary.toString()).isGreaterThanOrEqualTo(0.9);
        assertThat(summary.accuracy("date")).as(summary.toString()).isGreaterThanOrEqualTo(0.9);
        assertThat(summary.accuracy("location")).as(summary.toString()).isGreaterThanOrEqualTo(0.8);
        assertThat(summary.accuracy("publishedOn")).as(summary.toString()).isGreaterThanOrEqualTo(0.75);
    }

    /**
     * The statement-level fields of a second set of issuers' pages and reposts
     * ({@code unseen-text-issuers2}: the UN Security Council, NATO, the AU, the EU's institutions,
     * ASEAN, the GCC, BRICS, ministries and defence departments; eight pages without a statement),
     * gold written before the library ran on them. Measured first: title 0.69, date 0.50, kind
     * 0.77, location 0.62, publisher 0.55, no-statement pages 0 of 8; its README has the figures
     * after each step. Four press conferences and remarks and an embassy's account of a summit's
     * communiqué relabelled no statement by the convention of DEVELOPMENT-SETS.md (session 9):
     * no-statement pages 0.615 at once, 0.923 after the headlines of press events (the embassy's
     * account, citing the communiqué once, stays missed); publisher 0.941 on the remaining
     * statements.
     */
    @Test
    void statementFieldsOfASecondSetOfIssuers() {
        GoldScorer.Summary summary = io.github.jointstatements.parsers.gold.Corpus
                .load("/unseen-text-issuers2").scoreParse(PARSER);
        assertThat(summary.noStatementAccuracy()).as(summary.toString()).isGreaterThanOrEqualTo(0.92);
        assertThat(summary.accuracy("title")).as(summary.toString()).isGreaterThanOrEqualTo(0.95);
        assertThat(summary.accuracy("date")).as(summary.toString()).isGreaterThanOrEqualTo(0.96);
        assertThat(summary.accuracy("kind")).as(summary.toString()).isEqualTo(1.0);
        assertThat(summary.accuracy("location")).as(summary.toString()).isGreaterThanOrEqualTo(0.88);
        assertThat(summary.accuracy("publisher")).as(summary.toString()).isGreaterThanOrEqualTo(0.94);
    }

    /**
     * A third set ({@code unseen-text-issuers3}: EEAS remarks and their reposts, communiqués
     * reported by news agencies and blogs, a hard-wrapped transcript, two listings), gold written
     * before the library ran on them. First run: title 0.75, date 0.38, kind 0.78, location 0.25,
     * publisher 1.0, no-statement pages 1 of 2; its README has the figures after its lessons.
     * Three press-conference remarks relabelled no statement by the convention of
     * DEVELOPMENT-SETS.md (session 9), which leaves five statements: title 0.8, kind 0.833,
     * location 0.6 on them (the remarks' fields were right); no-statement pages 1.0 after the
     * headlines of press events.
     */
    @Test
    void statementFieldsOfAThirdSetOfIssuers() {
        GoldScorer.Summary summary = io.github.jointstatements.parsers.gold.Corpus
                .load("/unseen-text-issuers3").scoreParse(PARSER);
        assertThat(summary.noStatementAccuracy()).as(summary.toString()).isEqualTo(1.0);
        assertThat(summary.accuracy("title")).as(summary.toString()).isGreaterThanOrEqualTo(0.8);
        assertThat(summary.accuracy("date")).as(summary.toString()).isEqualTo(1.0);
        assertThat(summary.accuracy("publishedOn")).as(summary.toString()).isEqualTo(1.0);
        assertThat(summary.accuracy("kind")).as(summary.toString()).isGreaterThanOrEqualTo(0.83);
        assertThat(summary.accuracy("location")).as(summary.toString()).isGreaterThanOrEqualTo(0.6);
        assertThat(summary.accuracy("publisher")).as(summary.toString()).isEqualTo(1.0);
    }

    /**
     * A fourth set ({@code unseen-text-issuers4}: ASEAN chairman's statements reposted by news
     * sites, Australian and New Zealand ministers' joint statements and communiqués, a COAG and
     * an AU PSC communiqué, two listings), gold written before the library ran on them. First
     * run: title 0.625, date 0.714, kind 0.778, location 0.286, publisher 0.0, no-statement pages
     * 2 of 2; its README has the figures after its lessons.
     */
    @Test
    void statementFieldsOfAFourthSetOfIssuers() {
        GoldScorer.Summary summary = io.github.jointstatements.parsers.gold.Corpus
                .load("/unseen-text-issuers4").scoreParse(PARSER);
        assertThat(summary.noStatementAccuracy()).as(summary.toString()).isEqualTo(1.0);
        assertThat(summary.accuracy("title")).as(summary.toString()).isGreaterThanOrEqualTo(0.87);
        assertThat(summary.accuracy("date")).as(summary.toString()).isGreaterThanOrEqualTo(0.85);
        assertThat(summary.accuracy("kind")).as(summary.toString()).isEqualTo(1.0);
        assertThat(summary.accuracy("location")).as(summary.toString()).isGreaterThanOrEqualTo(0.85);
        assertThat(summary.accuracy("publisher")).as(summary.toString()).isEqualTo(1.0);
        assertThat(summary.accuracy("publishedOn")).as(summary.toString()).isEqualTo(1.0);
    }

    /**
     * A sixth set ({@code unseen-text-meta6}: communiqués of the Pacific Islands Forum, CARICOM,
     * ECOWAS and the SCO, OAS press releases, a SAARC declaration, reposts by news sites and
     * document libraries, three news stories about a communiqué and two listings), gold written
     * before the library ran on them. First run: title 0.583, date 0.636, kind 0.733, location
     * 0.733, publisher 0.077, publishedOn 0.0, no-statement pages 0.75 (the five pages without a
     * statement all missed); its README has the figures after its lessons.
     */
    @Test
    void statementFieldsOfASixthSetOfRegionsAndNewsStories() {
        GoldScorer.Summary summary = io.github.jointstatements.parsers.gold.Corpus
                .load("/unseen-text-meta6").scoreParse(PARSER);
        assertThat(summary.noStatementAccuracy()).as(summary.toString()).isEqualTo(1.0);
        assertThat(summary.accuracy("title")).as(summary.toString()).isEqualTo(1.0);
        assertThat(summary.accuracy("date")).as(summary.toString()).isEqualTo(1.0);
        assertThat(summary.accuracy("kind")).as(summary.toString()).isEqualTo(1.0);
        assertThat(summary.accuracy("location")).as(summary.toString()).isEqualTo(1.0);
        assertThat(summary.accuracy("publisher")).as(summary.toString()).isEqualTo(1.0);
        assertThat(summary.accuracy("publishedOn")).as(summary.toString()).isEqualTo(1.0);
    }

    /**
     * A seventh set ({@code unseen-text-meta7}: readouts of ministries and prime ministers'
     * offices as wires, embassies, blogs and aggregators copy them, joint statements and
     * communiqués on ministries' and presidencies' pages, declarations of regional bodies, three
     * pages without a statement), gold written before the library ran on them. First run (main
     * at 94c0732): title 0.929, date 0.769, kind 0.611, location 0.812, publisher 0.231,
     * publishedOn 1.0, no-statement pages 0.864; its README has the figures after its lessons.
     */
    @Test
    void statementFieldsOfASeventhSetOfWireCopiesAndReadouts() {
        GoldScorer.Summary summary = io.github.jointstatements.parsers.gold.Corpus
                .load("/unseen-text-meta7").scoreParse(PARSER);
        assertThat(summary.accuracy("title")).as(summary.toString()).isEqualTo(1.0);
        assertThat(summary.accuracy("date")).as(summary.toString()).isGreaterThanOrEqualTo(0.923);
        assertThat(summary.accuracy("kind")).as(summary.toString()).isEqualTo(1.0);
        assertThat(summary.accuracy("location")).as(summary.toString()).isGreaterThanOrEqualTo(0.875);
        assertThat(summary.accuracy("publisher")).as(summary.toString()).isGreaterThanOrEqualTo(0.846);
        assertThat(summary.accuracy("publishedOn")).as(summary.toString()).isEqualTo(1.0);
        assertThat(summary.noStatementAccuracy()).as(summary.toString()).isGreaterThanOrEqualTo(0.954);
    }

    /**
     * An eighth set ({@code unseen-text-meta9}: seventeen statements whose headers hold
     * breadcrumbs, repeated or abbreviated headlines, labels and neighbouring dates, and nine
     * pages without a statement: two transcripts, two listings, two speeches, three news
     * stories), gold written before the library ran on them. First run (main at c96a4c9): title
     * 0.818, date 0.692, kind 0.765, location 0.6, publisher 0.5, no-statement pages 0.731 (2 of
     * the 9 recognised); its README has the figures after its lessons.
     */
    @Test
    void statementFieldsAndPagesWithoutAStatementOfAnEighthSet() {
        GoldScorer.Summary summary = io.github.jointstatements.parsers.gold.Corpus
                .load("/unseen-text-meta9").scoreParse(PARSER);
        assertThat(summary.accuracy("title")).as(summary.toString()).isEqualTo(1.0);
        assertThat(summary.accuracy("date")).as(summary.toString()).isEqualTo(1.0);
        assertThat(summary.accuracy("kind")).as(summary.toString()).isEqualTo(1.0);
        assertThat(summary.accuracy("location")).as(summary.toString()).isGreaterThanOrEqualTo(0.8);
        assertThat(summary.accuracy("publisher")).as(summary.toString()).isGreaterThanOrEqualTo(0.75);
        assertThat(summary.noStatementAccuracy()).as(summary.toString()).isEqualTo(1.0);
    }

    /**
     * A ninth set ({@code unseen-text-header10}: readouts of foreign and defence ministries'
     * calls and meetings as ministries, news agencies, news sites, blogs and a forum render them,
     * joint statements and communiqués of visits in archives and reposts, a ministerial
     * declaration), gold written before the library ran on them. First run (main at c4faf37):
     * title 0.692, date 0.75, kind 0.63, location 0.636, publisher 0.5; its README has the
     * figures after its lessons.
     */
    @Test
    void headerFieldsOfReadoutsAndCommuniquesOfANinthSet() {
        GoldScorer.Summary summary = io.github.jointstatements.parsers.gold.Corpus
                .load("/unseen-text-header10").scoreParse(PARSER);
        assertThat(summary.noStatementAccuracy()).as(summary.toString()).isEqualTo(1.0);
        assertThat(summary.accuracy("title")).as(summary.toString()).isGreaterThanOrEqualTo(0.96);
        assertThat(summary.accuracy("date")).as(summary.toString()).isEqualTo(1.0);
        assertThat(summary.accuracy("kind")).as(summary.toString()).isEqualTo(1.0);
        assertThat(summary.accuracy("location")).as(summary.toString()).isGreaterThanOrEqualTo(0.95);
        assertThat(summary.accuracy("publisher")).as(summary.toString()).isEqualTo(1.0);
    }

    /**
     * A tenth set ({@code unseen-text-nostmt10}: fourteen statements in the shapes pages without
     * a statement also take, readouts in reported speech, reposts under a news site's lead,
     * hard-wrapped texts, fact sheets with run-in labels; fifteen pages without one, news stories
     * about a statement, transcripts and press statements of joint press events, a press
     * briefing, speeches, an op-ed's story, listings), gold written before the library ran on
     * them. First run (main at c4faf37): no-statement pages 0.552 (every statement one, 2 of the
     * 15 others recognised), title 0.70, date 0.429, kind 0.714; after the headlines of press
     * events, the speakers' labels with a parenthesis, the leaders' press statements and the
     * reporter's own voice: no-statement pages 0.793 (9 of 15, every statement still one); after
     * teasers each with its "Read more" and documents listed under a section's heading: 0.862 (11
     * of 15); its README has the figures after its lessons.
     */
    @Test
    void pagesWithoutAStatementAndStatementsShapedLikeThem() {
        GoldScorer.Summary summary = io.github.jointstatements.parsers.gold.Corpus
                .load("/unseen-text-nostmt10").scoreParse(PARSER);
        assertThat(summary.noStatementAccuracy()).as(summary.toString()).isGreaterThanOrEqualTo(0.86);
        assertThat(summary.accuracy("title")).as(summary.toString()).isGreaterThanOrEqualTo(0.7);
        assertThat(summary.accuracy("kind")).as(summary.toString()).isGreaterThanOrEqualTo(0.71);
    }

    /**
     * A carry-over check of the ninth set's rules ({@code unseen-text-header10b}: six readouts
     * and a joint statement as agencies, news sites and a ministry render them), gold written
     * before the library ran on them. First run (after the ninth set's rules): title 1.0, date
     * 1.0, kind 0.667, location 0.667, as main before them; its README has the figures after.
     */
    @Test
    void headerFieldsOfACarryOverCheck() {
        GoldScorer.Summary summary = io.github.jointstatements.parsers.gold.Corpus
                .load("/unseen-text-header10b").scoreParse(PARSER);
        assertThat(summary.noStatementAccuracy()).as(summary.toString()).isEqualTo(1.0);
        assertThat(summary.accuracy("title")).as(summary.toString()).isEqualTo(1.0);
        assertThat(summary.accuracy("date")).as(summary.toString()).isEqualTo(1.0);
        assertThat(summary.accuracy("kind")).as(summary.toString()).isEqualTo(1.0);
        assertThat(summary.accuracy("location")).as(summary.toString()).isEqualTo(1.0);
    }

    @Test
    void pagesReadBlindAfterTheRules() throws Exception {
        GoldScorer.Summary summary = score("/unseen-text-blind2");
        assertThat(summary.bodyF1Mean()).as(summary.toString()).isGreaterThanOrEqualTo(0.99);
        assertThat(summary.accuracy("title")).as(summary.toString()).isGreaterThanOrEqualTo(0.87);
        assertThat(summary.accuracy("date")).as(summary.toString()).isGreaterThanOrEqualTo(0.75);
        assertThat(summary.accuracy("publisher")).as(summary.toString()).isEqualTo(1.0);
        assertThat(summary.accuracy("publishedOn")).as(summary.toString()).isEqualTo(1.0);
    }

    /**
     * A set for the kind read from the text ({@code unseen-text-kinds11}: joint statements
     * reposted under a framing line or a site's headline, readouts copied by news sites under
     * headlines naming no kind, communiqués and declarations posted as text, a council session's
     * statement, news stories of calls and statements), gold written before the library ran on
     * them. First run (main at 743d3a6): kind 0.333, title 0.857, no-statement pages 0.731; after
     * its kinds 0.667, after a framing line's original headline 0.722, title 0.929; its README
     * has the figures after its lessons.
     */
    @Test
    void kindsReadFromTheTextOfAnEleventhSet() {
        GoldScorer.Summary summary = io.github.jointstatements.parsers.gold.Corpus
                .load("/unseen-text-kinds11").scoreParse(PARSER);
        assertThat(summary.accuracy("kind")).as(summary.toString()).isGreaterThanOrEqualTo(0.72);
        assertThat(summary.accuracy("title")).as(summary.toString()).isGreaterThanOrEqualTo(0.92);
        assertThat(summary.noStatementAccuracy()).as(summary.toString()).isGreaterThanOrEqualTo(0.73);
    }
}
