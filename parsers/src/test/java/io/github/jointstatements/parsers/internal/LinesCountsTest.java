package io.github.jointstatements.parsers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The counts that answer a line without collapsing it agree with those of its collapsed form. */
class LinesCountsTest {

    private static final char[] ALPHABET = {'a', 'Z', '1', '.', ' ', ' ', '\t', '\n', '\r',
        '\u000B', '\u001C', '\u00A0', '\u2007', '\u2003', '\u200B', '\uFEFF', '\u00AD', 'é',
        '—', '\u0085'};

    private static String randomText(Random random, int maxLength) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(maxLength);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return text.toString();
    }

    @Test
    void counts_the_words_of_the_collapsed_text() {
        Random random = new Random(8);
        for (int n = 0; n < 20_000; n++) {
            String text = randomText(random, 30);
            String collapsed = Lines.collapse(text);
            int words = Titles.words(collapsed);
            assertThat(Lines.wordsOfCollapsed(collapsed)).as("[%s]", text).isEqualTo(words);
            assertThat(Lines.words(text, 1000)).as("[%s]", text).isEqualTo(words);
            assertThat(Lines.wordsIfCollapsed(text)).as("[%s] as it is", text)
                    .isEqualTo(collapsed.equals(text) ? words : -1);
            assertThat(Lines.words(text, 3)).as("[%s] up to 3", text)
                    .isEqualTo(Math.min(words, 3));
        }
    }

    @Test
    void tells_a_text_longer_than_a_limit_once_collapsed() {
        Random random = new Random(9);
        for (int n = 0; n < 20_000; n++) {
            String text = randomText(random, 30);
            int limit = random.nextInt(12);
            if (Lines.hasMoreVisible(text, limit)) {
                // a lower bound: true only when the collapsed text is longer
                assertThat(Lines.collapse(text).length()).as("[%s] > %d", text, limit)
                        .isGreaterThan(limit);
            }
            if (Lines.collapse(text).replace(" ", "").length() > limit) {
                assertThat(Lines.hasMoreVisible(text, limit)).as("[%s] > %d", text, limit)
                        .isTrue();
            }
        }
    }
}
