package io.github.jointstatements.parsers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinesCollapseTest {

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "a b"                  | "a b"
            " a b"                 | "a b"
            "a b "                 | "a b"
            "a  b"                 | "a b"
            "a\tb"                 | "a b"
            "a\u00A0b"             | "a b"
            "a\u200Bb"             | "ab"
            "\uFEFFa"              | "a"
            "soft\u00ADhyphen"     | "softhyphen"
            "é ü — x"              | "é ü — x"
            "  "                   | ""
            ""                     | ""
            """)
    void collapses_every_kind_of_white_space(String text, String collapsed) {
        assertThat(Lines.collapse(text)).isEqualTo(collapsed);
    }

    @Test
    void returns_collapsed_text_itself_without_a_copy() {
        String text = "The Ministers reaffirmed the alliance — “ironclad” — in Seoul.";
        assertThat(Lines.collapse(text)).isSameAs(text);
    }

    @Test
    void answers_a_string_as_it_answers_the_same_characters_in_a_builder() {
        // the shortcut for strings must agree with the general path on any mix of characters
        char[] alphabet = {'a', 'Z', '1', '.', ' ', ' ', '\t', '\n', '\r', '\u000B', '\f',
            '\u001C', '\u00A0', '\u2007', '\u202F', '\u2003', '\u3000', '\u200B', '\uFEFF',
            '\u00AD', 'é', '—', '\u0085', '\u007F'};
        Random random = new Random(6);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            assertThat(Lines.collapse(text.toString())).as("[%s]", text)
                    .isEqualTo(Lines.collapse(new StringBuilder(text)));
        }
    }

    @Test
    void collapses_runs_of_text_as_it_collapses_their_characters_one_at_a_time() {
        // the collapser copies runs of printable ASCII at once: the result must not depend on it,
        // nor on how the text is cut into the pieces appended
        char[] alphabet = {'a', 'Z', '1', '.', '~', '!', ' ', ' ', '\t', '\n', '\u007F',
            '\u00A0', '\u200B', '\uFEFF', '\u00AD', 'é', '—', '\u0085', 'Я', 'ж', '中',
            '\u0639', '\u3000', '\uD83D', '\uDE00'};
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(24);
            for (int i = 0; i < length; i++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            Lines.Collapser byChar = new Lines.Collapser(length);
            for (int i = 0; i < length; i++) {
                byChar.append(text.charAt(i));
            }
            Lines.Collapser byPiece = new Lines.Collapser(length);
            int cut = length == 0 ? 0 : random.nextInt(length + 1);
            byPiece.append(text, 0, cut).append(text.toString(), cut, length);
            assertThat(byPiece.toString()).as("[%s] cut at %d", text, cut)
                    .isEqualTo(byChar.toString());
        }
    }

    @Test
    void collapses_as_its_definition_says() {
        // invisible characters dropped, every run of white space one space, none at the ends
        char[] alphabet = {'a', 'Z', '1', '.', ' ', ' ', '\t', '\n', '\r', '\u000B', '\u001C',
            '\u00A0', '\u2007', '\u202F', '\u2003', '\u200B', '\uFEFF', '\u00AD', 'é', '—',
            '\u0085', '\u007F', '\u0001', 'Я', '中', '\u0639', '\u3000', '\u2028'};
        Random random = new Random(10);
        Lines.Collapser collapser = new Lines.Collapser(4);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            StringBuilder expected = new StringBuilder();
            boolean space = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F') {
                    space = true;
                } else if (c != '\u200B' && c != '\uFEFF' && c != '\u00AD') {
                    if (space && expected.length() > 0) {
                        expected.append(' ');
                    }
                    space = false;
                    expected.append(c);
                }
            }
            assertThat(Lines.collapse(text)).as("[%s]", text).isEqualTo(expected.toString());
            collapser.append(text, 0, text.length() / 2).append(text, text.length() / 2,
                    text.length());
            assertThat(collapser.take()).as("[%s] in two pieces", text)
                    .isEqualTo(expected.toString());
        }
    }
}
