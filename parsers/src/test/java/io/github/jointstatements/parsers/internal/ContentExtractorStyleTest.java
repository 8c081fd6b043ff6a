package io.github.jointstatements.parsers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An element's inline style hides it as the style lower-cased, its spaces removed, reads. */
class ContentExtractorStyleTest {

    @ParameterizedTest(name = "[{0}] hidden: {1}")
    @CsvSource(delimiter = '|', value = {
        "display:none                      | true",
        "DISPLAY: NONE                     | true",
        "color: red; display : none;       | true",
        "d i s p l a y : n o n e           | true",
        "display:block                     | false",
        "display: inline; none: x          | false",
        "Visibility: Hidden                | true",
        "visibility:visible                | false",
        "'display:\tnone'                  | false",
        "displaynone                       | false",
        "display:non                       | false",
        "dİsplay:none                      | false",
        "''                                | false",
        "'  '                              | false",
    })
    void an_inline_style_hides_an_element(String style, boolean hidden) {
        Element element = Jsoup.parse("<div>x</div>").selectFirst("div");
        element.attr("style", style);
        assertThat(ContentExtractor.hidden(element)).isEqualTo(hidden);
    }

    @Test
    void finds_a_word_where_the_lower_cased_text_without_spaces_holds_it() {
        // made of the words' letters in both cases, spaces, and the characters that lower-case
        // to ASCII letters (the Kelvin sign, "İ")
        String alphabet = "displayDISPLAY:nonevisibilityVISIBILITYhidden    \u212A\u0130;x";
        Random random = new Random(6);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(30);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if (random.nextInt(4) == 0) { // some hold the word, spaced and cased at random
                String word = random.nextBoolean() ? "display:none" : "visibility:hidden";
                for (char c : word.toCharArray()) {
                    text.append(random.nextBoolean() ? c : Character.toUpperCase(c));
                    text.append(random.nextInt(3) == 0 ? " " : "");
                }
            }
            String s = text.toString();
            String reference = s.toLowerCase(Locale.ROOT).replace(" ", "");
            for (String word : new String[] {"display:none", "visibility:hidden"}) {
                assertThat(ContentExtractor.containsSpaced(s, word)).as("[%s] %s", s, word)
                        .isEqualTo(reference.contains(word));
            }
        }
    }
}
