package io.github.jointstatements.parsers.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenTest {

    private static java.util.List<String> texts(String s) {
        return Token.tokenize(s).stream().map(Token::text).toList();
    }

    @Test
    void keepsAbbreviationsAndCompoundsWhole() {
        assertThat(texts("U.S. Secretary Lloyd J. Austin III met the ROK-U.S. team."))
                .containsExactly("U.S.", "Secretary", "Lloyd", "J.", "Austin", "III", "met", "the",
                        "ROK-U.S.", "team", ".");
        assertThat(texts("H.E. Dr. Manmohan Singh, V.Makei; Jean-Yves Le Drian"))
                .containsExactly("H.E.", "Dr.", "Manmohan", "Singh", ",", "V.Makei", ";",
                        "Jean-Yves", "Le", "Drian");
    }

    @Test
    void splitsPossessives() {
        assertThat(texts("Jake Sullivan’s Meeting and the DPRK's (DPRK) People's"))
                .containsExactly("Jake", "Sullivan", "’s", "Meeting", "and", "the", "DPRK", "'s",
                        "(", "DPRK", ")", "People", "'s");
        assertThat(texts("Charge d’Affaires")).containsExactly("Charge", "d’Affaires");
    }

    @Test
    void carriesOffsets() {
        Token t = Token.tokenize("  the  Alliance").get(1);
        assertThat(t.start()).isEqualTo(7);
        assertThat(t.end()).isEqualTo(15);
    }
}
