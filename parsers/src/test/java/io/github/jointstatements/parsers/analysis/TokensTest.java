package io.github.jointstatements.parsers.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokensTest {

    private static List<String> described(Tokens tokens) {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            all.add(tokens.start(i) + "-" + tokens.end(i) + (tokens.isWord(i) ? " word " : " ")
                    + tokens.key(i) + (tokens.spaceBefore(i) ? " spaced" : ""));
        }
        return all;
    }

    /** Cut short, the tokens are the first of the whole text's: none depends on what follows. */
    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "Secretary-General’s Special Envoy, H.E. Mr. Jean-Yves Le Drian (France), met the U.S.–ROK team.",
        "Minister d'Affaires étrangères of the Republic of Côte d’Ivoire",
        "東京 and Москва, 2023-11-14: 𝐁𝐨𝐥𝐝 text",
        "",
    })
    void cutShortGivesTheFirstTokens(String text) {
        List<String> all = described(Tokens.of(text));
        for (int limit = 1; limit <= all.size() + 2; limit++) {
            assertThat(described(Tokens.of(text, limit)))
                    .isEqualTo(all.subList(0, Math.min(limit, all.size())));
        }
    }

    @Test
    void rejectsALimitThatIsNotPositive() {
        assertThatThrownBy(() -> Tokens.of("text", 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit 0");
    }
}
