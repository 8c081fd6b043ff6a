package io.github.jointstatements.parsers.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shapes of the words of names: initials, capitals, particles and headline verbs. */
class NameWordsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "J., true, true, false",
        "O., true, true, false",
        "Jo, false, false, false",
        "KONO, false, true, false",
        "al-Saud, false, false, true",
        "el-Sisi, false, false, true",
        "Jean-Pierre, false, false, false",
    })
    void readsTheShapeOfAWord(String word, boolean initial, boolean allCaps, boolean particle) {
        assertThat(NameWords.isInitial(word)).isEqualTo(initial);
        assertThat(NameWords.isAllCaps(word)).isEqualTo(allCaps);
        assertThat(NameWords.particleJoined(word)).isEqualTo(particle);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        " Mourning #true",
        ", and #false",
        " Marking Four Years Since #true",
        " of Japan #false",
    })
    void findsTheVerbsThatEndANameInAHeadline(String between, boolean stop) {
        assertThat(NameWords.holdsHeadlineStop(between)).isEqualTo(stop);
    }
}
