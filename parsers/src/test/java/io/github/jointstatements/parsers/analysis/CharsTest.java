package io.github.jointstatements.parsers.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CharsTest {

    @Test
    void answersAsCharacterDoesForEveryCodeUnit() {
        for (int i = Character.MAX_VALUE; i >= 0; i--) { // the high blocks first, then Latin-1
            char c = (char) i;
            int type = Character.getType(c);
            assertThat(Chars.isSpace(c)).as("U+%04X", i)
                    .isEqualTo(Character.isWhitespace(c) || Character.isSpaceChar(c));
            assertThat(Chars.isLetterOrDigit(c)).as("U+%04X", i)
                    .isEqualTo(Character.isLetterOrDigit(c));
            assertThat(Chars.isLetter(c)).as("U+%04X", i).isEqualTo(Character.isLetter(c));
            assertThat(Chars.isDigit(c)).as("U+%04X", i).isEqualTo(Character.isDigit(c));
            assertThat(Chars.isUpperCase(c)).as("U+%04X", i).isEqualTo(Character.isUpperCase(c));
            assertThat(Chars.isLowerCase(c)).as("U+%04X", i).isEqualTo(Character.isLowerCase(c));
            assertThat(Chars.isTitleCase(c)).as("U+%04X", i).isEqualTo(Character.isTitleCase(c));
            assertThat((Chars.of(c) & Chars.MARK) != 0).as("U+%04X", i).isEqualTo(
                    type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "the", "The", "U.S.", "ÉLYSÉE", "Ærø", "Straße", "×÷ÞþµÿÀ",
        "Korea’s", "d’Affaires", "İstanbul", "ΣΟΦΙΑ", "Кыргызстан", "Tōkyō", "𝐀BC", "a\uD800b"})
    void lowerCasesAsStringDoes(String text) {
        assertThat(Chars.lowerCase(text, 0, text.length(), false))
                .isEqualTo(text.toLowerCase(Locale.ROOT));
        assertThat(Chars.lowerCase(text, 0, text.length(), true))
                .isEqualTo(text.toLowerCase(Locale.ROOT).replace('’', '\''));
        String framed = "[" + text + "]";
        assertThat(Chars.lowerCase(new StringBuilder(framed), 1, framed.length() - 1, false))
                .isEqualTo(text.toLowerCase(Locale.ROOT));
    }

    @Test
    void returnsAStringThatNothingChangesItself() {
        String text = "already lower-case";
        assertThat(Chars.lowerCase(text, 0, text.length(), true)).isSameAs(text);
    }
}
