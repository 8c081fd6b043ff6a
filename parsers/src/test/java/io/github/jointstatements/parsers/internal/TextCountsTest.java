package io.github.jointstatements.parsers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The visible characters, words and commas of a text, as the content scoring counts them. */
class TextCountsTest {

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
        "''                          | 0  | 0 | 0",
        "'   '                       | 0  | 0 | 0",
        "'Hello, world.'             | 13 | 2 | 1",
        "'  two   words  '           | 10 | 2 | 0",
        "'a,b, c'                    | 6  | 2 | 2",
        "'\u4e2d\u6587\uff0c\u6587\u3001'  | 5  | 1 | 2",
        "'\u0645\u0631\u062d\u0628\u0627\u060c \u0639\u0627\u0644\u0645' | 11 | 2 | 1",
        "'no\u00a0break'             | 8  | 2 | 0"})
    void counts_visible_characters_words_and_commas(String text, int visible, int words,
            int commas) {
        TextCounts counts = new TextCounts();
        counts.count(text);
        assertThat(new int[] {counts.visible, counts.words, counts.commas})
                .containsExactly(visible, words, commas);
    }

    @Test
    void counts_every_character_as_a_character_at_a_time_test_of_it_does() {
        TextCounts counts = new TextCounts();
        java.util.List<String> wrong = new java.util.ArrayList<>();
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            for (String text : new String[] {"" + c, "a" + c + "b", " " + c + " ", c + "," + c}) {
                counts.count(text);
                if (!java.util.Arrays.equals(reference(text),
                        new int[] {counts.visible, counts.words, counts.commas})) {
                    wrong.add(String.format("U+%04X in \"%s\"", (int) c, text));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void counts_mixed_texts_as_a_character_at_a_time_test_does() {
        String alphabet = "ab,. \t\n\r\u000b\f\u001c\u001f\u0000\u0008\u000e\u007f\u0085\u00a0"
                + "\u1680\u2007\u2028\u202f\u3000\uff0c\u3001\u060c\u4e2d\u00e9";
        Random random = new Random(6);
        TextCounts counts = new TextCounts();
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(40); k > 0; k--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            counts.count(text.toString());
            assertThat(new int[] {counts.visible, counts.words, counts.commas}).as(text.toString())
                    .containsExactly(reference(text.toString()));
        }
    }

    /** The counts as the scoring first read them: a test per character. */
    private static int[] reference(String t) {
        int visible = 0;
        int words = 0;
        int commas = 0;
        boolean space = true;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Lines.isSpace(c)) {
                if (!space) {
                    visible++;
                    space = true;
                }
            } else {
                if (space) {
                    words++;
                }
                visible++;
                space = false;
                if (c == ',' || c == '\uFF0C' || c == '\u3001' || c == '\u060C') {
                    commas++;
                }
            }
        }
        return new int[] {visible, words, commas};
    }
}
