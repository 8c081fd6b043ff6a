package io.github.jointstatements.parsers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A word of the set is found where it stands in a text, and only a whole word of it. */
class ShortWordsTest {

    private static final ShortWords WORDS = new ShortWords(
            List.of("x", "vk", "rss", "print", "pinterest", "e-mail", "新浪微博", "apple news"));

    @ParameterizedTest(name = "\"{0}\" [{1}, {2}): {3}")
    @CsvSource(delimiter = '|', value = {
        "share on x           | 9  | 10 | true",
        "share on x           | 0  | 5  | false",  // share: not in the set
        "print this           | 0  | 5  | true",
        "print this           | 0  | 4  | false",  // "prin": a part of a word is none
        "pinterest            | 0  | 9  | true",
        "printerest           | 0  | 9  | false",  // the first letter and length of one, not it
        "by e-mail            | 3  | 9  | true",
        "rss                  | 0  | 3  | true",
        "RSS                  | 0  | 3  | false",  // case-sensitive
        "新浪微博 link           | 0  | 4  | true",
        "vk                   | 1  | 1  | false",  // an empty range
        "apple news           | 0  | 10 | true",
        "a much longer word   | 0  | 18 | false",  // longer than any word of the set
    })
    void finds_whole_words_in_place(String text, int start, int end, boolean found) {
        assertThat(WORDS.contains(text, start, end)).isEqualTo(found);
    }
}
