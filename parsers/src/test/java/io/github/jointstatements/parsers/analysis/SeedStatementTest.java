package io.github.jointstatements.parsers.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jointstatements.parsers.StatementParser;
import io.github.jointstatements.parsers.gold.Corpus;
import io.github.jointstatements.parsers.gold.GoldScorer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 2's bar on the seed (the ROK-U.S. defense ministerial joint statement reposted on a
 * blog), scored with the port of the shared scorer. Measured when pinned: every figure 1.0
 * (13 pledges, 9 events, 2 parties, 4 acronyms); a floor below 1.0 is issue 2's own bar.
 */
class SeedStatementTest {

    private static GoldScorer.Summary seed;

    @BeforeAll
    static void score() {
        seed = Corpus.load().only("seed-").scoreParse(StatementParser.create());
        assertThat(seed.rows()).hasSize(1);
    }

    @Test
    void readsTitleDateAndRepostDate() {
        assertThat(seed.accuracy("title")).isEqualTo(1.0);
        assertThat(seed.accuracy("date")).isEqualTo(1.0);
        assertThat(seed.accuracy("publishedOn")).isEqualTo(1.0);
        assertThat(seed.accuracy("kind")).isEqualTo(1.0);
        assertThat(seed.accuracy("location")).isEqualTo(1.0);
        assertThat(seed.bodyF1Mean()).isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void findsEveryPledgeWithItsActorsAndKind() {
        GoldScorer.Tally pledges = seed.pledges();
        assertThat(pledges.f1()).as(pledges.toString()).isGreaterThanOrEqualTo(0.96);
        assertThat(pledges.accuracy("actors")).as(pledges.toString()).isEqualTo(1.0);
        assertThat(pledges.accuracy("kind")).as(pledges.toString()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void findsTheEventsWithTheirDatesAndStatus() {
        GoldScorer.Tally events = seed.events();
        assertThat(events.f1()).as(events.toString()).isGreaterThanOrEqualTo(0.95);
        assertThat(events.accuracy("date")).as(events.toString()).isGreaterThanOrEqualTo(0.95);
        assertThat(events.accuracy("status")).as(events.toString()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void findsBothPartiesWithRolesAndCountries() {
        GoldScorer.Tally parties = seed.parties();
        assertThat(parties.f1()).as(parties.toString()).isEqualTo(1.0);
        assertThat(parties.accuracy("role")).as(parties.toString()).isEqualTo(1.0);
        assertThat(parties.accuracy("country")).as(parties.toString()).isEqualTo(1.0);
    }

    @Test
    void findsEveryAcronymTheTextDefines() {
        assertThat(seed.acronyms().f1()).as(seed.acronyms().toString()).isEqualTo(1.0);
    }
}
