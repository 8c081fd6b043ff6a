package io.github.jointstatements.parsers.gold;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The port agrees with the shared tool on the rules the figures rest on. */
class GoldScorerTest {

    @ParameterizedTest
    @CsvSource({
        "Lloyd J. Austin III, Lloyd Austin, true",
        "Lloyd J. Austin III, Austin, true",
        "Joe Biden, Joseph R. Biden Jr., true",
        "Lee Jong-Sup, Lee Jong-Sup, true",
        "Kamala Harris, Joko Widodo, false",
        "John Healey, Mark Healey, false"})
    void matchesNamesLikeTheTool(String a, String b, boolean same) {
        assertThat(GoldScorer.sameName(a, b)).isEqualTo(same);
    }

    @Test
    void normalisesLikeTheTool() {
        assertThat(GoldScorer.norm("  The U.S.–ROK  Alliance’s (SCM)  ")).isEqualTo("the u s rok alliance's scm");
        assertThat(GoldScorer.tokens("U.S.-ROK")).containsExactly("u", "s", "-rok");
    }

    @Test
    void scoresBagOfWordsF1() {
        assertThat(GoldScorer.bagF1("a b c d", "a b c d")).isEqualTo(1.0);
        assertThat(GoldScorer.bagF1("a b", "a b c d")).isEqualTo(2 * 0.5 * 1.0 / 1.5);
        assertThat(GoldScorer.bagF1("a", "")).isZero();
    }
}
