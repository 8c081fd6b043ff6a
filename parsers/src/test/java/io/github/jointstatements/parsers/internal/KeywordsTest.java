package io.github.jointstatements.parsers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The keyword automaton finds what a case-insensitive alternation of the words finds. */
class KeywordsTest {

    private static final String WORDS = "-ad-|ai2html|banner|breadcrumb|comment|com-|nav"
            + "|navigation|site-nav|share|sharing|and|main|post-body|tags|pager|pagination";

    private static final Keywords KEYWORDS = Keywords.of(WORDS.split("\\|"));

    private static final Pattern PATTERN = Pattern.compile(WORDS, Pattern.CASE_INSENSITIVE);

    private static final Pattern HID = Pattern.compile("^hid$| hid$| hid |^hid ",
            Pattern.CASE_INSENSITIVE);

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = ';', value = {
        "post-body;true", "POST-BODY entry;true", "postbody;false", "xx-ad-yy;true",
        "ad;false", "breadcrumbs;true", "brEadCrumb;true", "site-na;false", "the sITe-NAv;true",
        "pagepagerx;true", "comm;false", "com-x;true", "'';false", "sharin;false",
        "bannner;false", "xxbanner;true", "ai2htm;false", "ai2html;true", "sub-nav;true"})
    void finds_the_words_anywhere_ignoring_ascii_case(String text, boolean found) {
        assertThat(KEYWORDS.foundIn(text)).isEqualTo(found);
        assertThat(PATTERN.matcher(text).find()).isEqualTo(found);
    }

    @Test
    void agrees_with_the_pattern_on_random_names() {
        Random random = new Random(11);
        String[] pieces = {"nav", "NAV", "share", "shar", "ing", "-", "ad", "-ad-", "com", "m-",
            "banner", "ban", "page", "r", "tags", "a", "n", "d", "main", " ", "post-body", "post",
            "body", "\u0131", "\u212A", "\u00E9", "x", "2", "html", "ai", "pagination", "site-"};
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(7); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = text.toString();
            assertThat(KEYWORDS.foundIn(s)).as(s).isEqualTo(PATTERN.matcher(s).find());
        }
    }

    @Test
    void reads_two_texts_as_one() {
        int state = KEYWORDS.read(Keywords.START, "site-");
        assertThat(state).isNotEqualTo(Keywords.FOUND);
        assertThat(KEYWORDS.read(state, "nav")).isEqualTo(Keywords.FOUND);
        assertThat(KEYWORDS.read(KEYWORDS.read(Keywords.START, "pag"), "er")).isEqualTo(Keywords.FOUND);
    }

    @Test
    void refuses_what_it_cannot_find_as_a_pattern_would() {
        assertThatThrownBy(() -> Keywords.of("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Keywords.of("caf\u00E9")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_hid_word_agrees_with_its_pattern() {
        Random random = new Random(12);
        String[] pieces = {"hid", "HID", "Hid", "hi", "d", " ", "  ", "x", "hidden", "\n", "\r",
            "\r\n", "\u0085", "\u2028", "\u2029", "\t", "h\u0131d", "\u0130", "-"};
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(6); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = text.toString();
            assertThat(ContentExtractor.hasHidWord(s)).as("[%s]", s)
                    .isEqualTo(HID.matcher(s).find());
        }
    }
}
