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

/**
 * {@link Languages#detect} looks for the characters that lower-case by their context (capital
 * sigma, capital I with a dot) only where it reads, and reads a paragraph again when it meets
 * one, and answers exactly as the rule did when it scanned each paragraph for them first
 * ({@link LanguagesBefore}): on the paragraphs of every test page, and on texts of random pieces
 * with those characters before, at and after the word where reading stops.
 */
class LanguagesReadOnceTest {

    @Test
    void answers_every_test_page_as_before() throws IOException {
        int pages = 0;
        Path root = Paths.get("src/test/resources");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(LanguagesReadOnceTest::isPage).sorted().toList()) {
                List<String> paragraphs;
                try {
                    paragraphs = file.toString().endsWith(".html")
                            ? HtmlText.paragraphs(Jsoup.parse(file.toFile(), null, "").body())
                            : Lines.split(Files.readString(file)).stream()
                                    .filter(line -> !line.isBlank()).toList();
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                pages++;
                for (int from = 0; from < paragraphs.size(); from += 1 + from / 4) {
                    List<String> read = paragraphs.subList(from, paragraphs.size());
                    assertSame(read);
                    assertSame(read.stream().map(p -> p.toUpperCase(Locale.ROOT)).toList());
                }
            }
        }
        assertThat(pages).isGreaterThan(100);
    }

    @Test
    void answers_texts_of_random_pieces_as_before() {
        String[] pieces = {"the", "THE", "and", "of", "die", "der", "und", "les", "LES", "que",
            "los", "и", "В", "НА", "не", "και", "ΚΑΙ", "ΤΟΥ", "ΤΗΣ", "Σ", "ΣΑΣ", "ς", "σ", "İ",
            "İS", "ıs", "I", "\u212A", "中国", "的", "は", "\uD801\uDC00", "\uD801\uDC28",
            "\uD83D\uDE00", "ministers", "Minister", "ß", "ẞ", "ǅ", "Ǆ", "ϴ", "ministry", "’",
            "-", ".", ",", " ", "  ", "\u00A0", "\t", "\n", "İSTANBUL", "ΣΥΜΦΩΝΙΑ", "x"};
        Random random = new Random(18);
        for (int n = 0; n < 20_000; n++) {
            List<String> paragraphs = new ArrayList<>();
            int count = 1 + random.nextInt(random.nextBoolean() ? 3 : 12);
            for (int p = 0; p < count; p++) {
                StringBuilder text = new StringBuilder();
                int words = random.nextInt(random.nextBoolean() ? 20 : 500);
                for (int i = 0; i < words; i++) {
                    if (i > 0 && random.nextInt(6) > 0) {
                        text.append(' ');
                    }
                    text.append(pieces[random.nextInt(pieces.length)]);
                }
                paragraphs.add(text.toString());
            }
            assertSame(paragraphs);
        }
    }

    @Test
    void answers_a_contextual_character_past_the_last_word_read_as_before() {
        for (int words = 380; words <= 420; words++) {
            for (String c : List.of("Σ", "İ", "ΑΣ", "ΣΑ", "İS")) {
                String text = "the ".repeat(words) + c + " the";
                assertSame(List.of(text));
                assertSame(List.of("ΚΑΙ ΤΟΥ ".repeat(words / 2) + c + " ΚΑΙ"));
                assertSame(List.of("die ".repeat(20), "and ".repeat(words - 20) + c, "the"));
            }
        }
    }

    private static boolean isPage(Path file) {
        String name = file.toString();
        return name.endsWith(".html") || name.endsWith(".txt") || name.endsWith(".md");
    }

    private static void assertSame(List<String> paragraphs) {
        assertThat(Languages.detect(paragraphs)).as("%s", paragraphs)
                .isEqualTo(LanguagesBefore.detect(paragraphs));
    }
}
