package io.github.jointstatements.parsers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link PageChrome#isChrome} reads a line in one pass ({@link ChromeLine}) and its lower case in
 * place ({@link LowerCased}), and answers exactly as the rule did when each test read its own
 * lower-cased copy ({@link ChromeRuleBefore}): on every line of the test pages, on edge cases,
 * and on lines made of random pieces of chrome, text and characters of every kind.
 */
class PageChromeOnePassTest {

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", " ", "  ", "\t", "a", "A", "1", "-", "###", "* * *", "\u200B",
        "\u00A0Share\u00A0", "Share  this", " Share this ", "SHARE THIS", "Share this\n",
        "PRINT", "Home", "HOME", "Home >", "HomeNews", "Home arrow News", "70.7 F", "-3 °C",
        "21°C", "21 °C °", "21 C F", "1.5 C of warming", "İ", "İmage: x", "ΑΣ ΑΣ", "ΑΣ ας",
        "Σ", "\uD801\uDC00 \uD801\uDC28", "\uD83D\uDE00 Share", "Facebook Twitter Instagram",
        "FACEBOOK, TWITTER, YOUTUBE", "Facebook Twitter Instagram YouTube Friday, May 10, 2024",
        "Facebook Twitter Instagram \u212Aeep Telegram", "新浪微博 WeChat Weibo",
        "Jane Roe Jane Roe", "JANE ROE jane roe", "Jane Roe Jane Rox", "Ab Ab", "img_2041.JPG",
        "IMG_2041.jpg", "banner.PNG extra words", "Webp 19edited", "Tel. (202) 555-0100",
        "Jane Doe (Minister's Office): +61 400 000 000", "02 6277 7800", "2019-2020 2021-2022",
        "19-12-2018 18:15", "٠١٢٣٤٥٦٧٨٩ ٠١٢", "(AGENCY) You are subscribed to Press Releases",
        "YOU ARE SUBSCRIBED TO", "you are subscribed\u00A0to", "Cookie Consent",
        "COOKIE \u212AONSENT", "cookie\u212A consent", "ookie consent", "Cookies management",
        "\u212Aookie consent", "Text. Source: the ministry", "Text. SOURCE: x",
        "Here’s how you know", "HERE’S HOW YOU KNOW", "“Begin text:”", "File – the minister",
        "FILE PHOTO: ministers", "Photo: x", "PHOTO:", "Photos:", "You are here: Home",
        "\u0001\u0002", "a\u0000b", "\u007F", "end text.", "END TEXT."})
    void answers_edge_cases_as_before(String line) {
        assertThat(PageChrome.isChrome(line)).as("[%s]", line)
                .isEqualTo(ChromeRuleBefore.isChrome(line));
    }

    @Test
    void answers_every_line_of_the_test_pages_as_before() throws IOException {
        List<String> lines = testPageLines();
        assertThat(lines).hasSizeGreaterThan(2000);
        for (String line : lines) {
            for (String form : List.of(line, line.toUpperCase(Locale.ROOT),
                    line.toLowerCase(Locale.ROOT), " " + line + "\u00A0")) {
                assertThat(PageChrome.isChrome(form)).as("[%s]", form)
                        .isEqualTo(ChromeRuleBefore.isChrome(form));
            }
        }
    }

    @Test
    void answers_lines_of_random_pieces_as_before() {
        String[] pieces = {"Share", "this", "Facebook", "TWITTER", "x", "e-mail", "Print", "Home",
            ">", "News", "Photo:", "FILE -", "you are subscribed to", "Cookie", "consent",
            ". Source: ", "img.jpg", "PNG", "+61", "400", "000", "(202)", "555-0100", "2024",
            "May 10,", "Friday,", "°C", "21", "-3", "Jane", "Roe", "the", "ministers", "met",
            "İ", "Σ", "ς", "\uD83D\uDE00", "\u212A", "中国", "Министр", "’", "“", " ", "  ",
            "\u00A0", "\u200B", "\t", "|", "###", ".", ":", "ends", "-30-", "Details"};
        Random random = new Random(14);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder line = new StringBuilder();
            int count = 1 + random.nextInt(random.nextBoolean() ? 6 : 30);
            for (int i = 0; i < count; i++) {
                if (i > 0 && random.nextInt(4) > 0) {
                    line.append(' ');
                }
                line.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = line.toString();
            assertThat(PageChrome.isChrome(s)).as("[%s]", s)
                    .isEqualTo(ChromeRuleBefore.isChrome(s));
        }
    }

    @Test
    void answers_lines_of_many_words_as_before() {
        // lines of 40 words and more, told as text from their spaces when they open with a
        // printable character other than an H: every kind of opening and word, tried
        String[] pieces = {"Home", ">", "Share", "Facebook", "the", "ministers", "met", "in",
            "Oslo", "2024", "|", "###", "-", "İ", "\u212A", "Министр", "中国", "’s", "\u200B",
            "\u00A0", "\t", "  ", "Hope", "of", "a", "Jane", "Roe", "+61", "(202)", "555-0100"};
        String[] openings = {"", "Home ", "Home > ", "H", " ", "\u200B", "\u00A0", "### ", "- ",
            "İ ", "“", "1 "};
        Random random = new Random(20);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder line = new StringBuilder(openings[random.nextInt(openings.length)]);
            int count = 30 + random.nextInt(50);
            for (int i = 0; i < count; i++) {
                if (i > 0 && random.nextInt(8) > 0) {
                    line.append(' ');
                }
                line.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = line.toString();
            assertThat(PageChrome.isChrome(s)).as("[%s]", s)
                    .isEqualTo(ChromeRuleBefore.isChrome(s));
        }
    }

    @Test
    void answers_very_long_lines_as_before() {
        String words = "Share Facebook Twitter the ministers met in Oslo ";
        for (int length = 350; length <= 420; length++) {
            String line = words.repeat(10).substring(0, length).strip();
            assertThat(PageChrome.isChrome(line)).as("%d characters", length)
                    .isEqualTo(ChromeRuleBefore.isChrome(line));
            String home = ("Home > " + line).substring(0, Math.min(line.length(), 399));
            assertThat(PageChrome.isChrome(home)).isEqualTo(ChromeRuleBefore.isChrome(home));
        }
    }

    @Test
    void lower_casing_keeps_what_the_pass_counts_for_every_character() {
        // the pass counts the line's own characters; the tests read its lower case
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            String lower = String.valueOf(ch).toLowerCase(Locale.ROOT);
            if (ch < '\u0080') {
                assertThat(ChromeLine.bit(lower.charAt(0))).as("U+%04X", c)
                        .isEqualTo(ChromeLine.bit(ch));
            } else if (lower.chars().anyMatch(l -> l < 0x80)) {
                assertThat(ch).as("U+%04X lower-cases into ASCII", c).isIn('\u212A', '\u0130');
            }
            if (!LowerCased.readsInPlace(ch)) {
                continue;
            }
            char l = Lines.lowerCase(ch);
            assertThat(ChromeLine.joinBit(ch, ch)).as("U+%04X around a space", c)
                    .isEqualTo(ChromeLine.joinBit(l, l));
            assertThat(Character.isLetterOrDigit(l)).as("U+%04X", c)
                    .isEqualTo(Character.isLetterOrDigit(ch));
            assertThat(Lines.isSpace(l) || l == '\u200B' || l == '\uFEFF' || l == '\u00AD')
                    .as("U+%04X", c)
                    .isEqualTo(Lines.isSpace(ch) || ch == '\u200B' || ch == '\uFEFF' || ch == '\u00AD');
            assertThat(l == ' ').as("U+%04X", c).isEqualTo(ch == ' ');
            assertThat(l >= '0' && l <= '9').as("U+%04X", c).isEqualTo(ch >= '0' && ch <= '9');
        }
    }

    @Test
    void reads_lower_case_in_place_as_the_copy_has_it() {
        for (String text : List.of("", "Share THIS", "Café ÉTÉ", "ΑΣ ας", "İstanbul", "Я и Ё",
                "\uD801\uDC00 x", "\u212Aelvin")) {
            LowerCased lower = LowerCased.of(text);
            String copy = Lines.lowerCase(text);
            assertThat(lower.length()).isEqualTo(copy.length());
            for (int i = 0; i < copy.length(); i++) {
                assertThat(lower.charAt(i)).isEqualTo(copy.charAt(i));
            }
            assertThat(lower.toString()).isEqualTo(copy);
            assertThat(lower.stringHash()).isEqualTo(copy.hashCode());
        }
    }

    /** The paragraphs of every HTML test page, chrome and text, as the page stage reads them. */
    private static List<String> testPageLines() throws IOException {
        Path root = Paths.get("src/test/resources");
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                try {
                    lines.addAll(HtmlText.paragraphs(Jsoup.parse(file.toFile(), null, "").body()));
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            }
        }
        return lines;
    }
}
