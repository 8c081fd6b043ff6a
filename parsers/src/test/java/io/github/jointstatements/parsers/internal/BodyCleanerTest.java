package io.github.jointstatements.parsers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the shared cleaner takes out of a body, and what it learns from it. */
class BodyCleanerTest {

    private static final String TEXT = "The two ministers met today and reaffirmed their alliance.";

    @Test
    void drops_the_headline_repeated_and_wrapped_over_two_lines() {
        BodyCleaner.Cleaned cleaned = BodyCleaner.clean(List.of(
                "UNITED ARAB EMIRATES CONTRIBUTES 500,000 DOSES OF", "COVID-19 VACCINE TO MALAYSIA",
                TEXT), List.of("UNITED ARAB EMIRATES CONTRIBUTES 500,000 DOSES OF COVID-19 VACCINE"
                + " TO MALAYSIA"));
        assertThat(cleaned.paragraphs()).containsExactly(TEXT);
    }

    @Test
    void takes_the_place_and_date_of_a_signature() {
        BodyCleaner.Cleaned cleaned = BodyCleaner.clean(List.of(TEXT, "PUTRAJAYA",
                "25 JANUARY 2022"), List.of());
        assertThat(cleaned.paragraphs()).containsExactly(TEXT);
        assertThat(cleaned.location()).hasValue("Putrajaya");
        assertThat(cleaned.date()).hasValue(LocalDate.of(2022, 1, 25));
    }

    @Test
    void drops_a_release_header_and_keeps_its_date() {
        BodyCleaner.Cleaned cleaned = BodyCleaner.clean(List.of("The White House",
                "Office of the Press Secretary", "For Immediate Release", "December 23, 2016",
                TEXT), List.of());
        assertThat(cleaned.paragraphs()).containsExactly(TEXT);
        assertThat(cleaned.date()).hasValue(LocalDate.of(2016, 12, 23));
    }

    @Test
    void keeps_a_sentence_that_ends_in_a_date() {
        String sentence = "The agreement enters into force on March 1, 2024.";
        assertThat(BodyCleaner.clean(List.of(sentence), List.of()).paragraphs())
                .containsExactly(sentence);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            WASHINGTON, March 3, 2024 — The Secretary met ...       | Washington        | 2024-03-03
            Paris, 20 January 2016 - The ministers of defence ...   | Paris             | 2016-01-20
            WASHINGTON, D.C., Feb. 5, 2025 — Today ...              | Washington, D.C.  | 2025-02-05
            """)
    void reads_a_dateline_and_keeps_the_paragraph(String paragraph, String place,
            LocalDate date) {
        BodyCleaner.Cleaned cleaned = BodyCleaner.clean(List.of(paragraph), List.of());
        assertThat(cleaned.paragraphs()).containsExactly(paragraph);
        assertThat(cleaned.location()).hasValue(place);
        assertThat(cleaned.date()).hasValue(date);
    }
    @Test
    void tells_a_paragraph_no_dateline_can_open_only_when_the_expression_cannot_match() {
        // the expression of BodyCleaner.DATELINE, and lines near its edges and random ones
        Pattern dateline = Pattern.compile("^([\\p{Lu}][\\p{L}.'\u2019 -]{1,40}?"
                + "(?:, [\\p{Lu}][\\p{L}.]{1,20})?)\\s{0,2}[,.]\\s{0,2}");
        List<String> lines = new ArrayList<>(List.of("WASHINGTON, March 3, 2024 \u2014 The",
                "Paris, 20 January 2016 - Ministers", "LONDON (Reuters) - x", "KUALA LUMPUR. 3 May",
                "Today, the two", "A.", "\u00c9vian-les-Bains, France, 5 May", "X\t\t, y",
                "N'Djamena , 1 May", "Nur-Sultan\u2019s , ", "A" + "b".repeat(40) + "  ,",
                "A" + "b".repeat(40) + "   ,", "A" + "b".repeat(39) + ", Cd, x",
                "A" + "b".repeat(40) + ", Cdef.", "A\uD835\uDC00bc, d", "\uD835\uDC00bc, d",
                "The President of the United States and the Prime Minister met", "", "A", "a, b"));
        Random random = new Random(6);
        String alphabet = "Aab .,'\u2019-\t\n1(\u00c9\u00e9\u0416\uD835\uDC00";
        for (int n = 0; n < 200_000; n++) {
            StringBuilder line = new StringBuilder();
            for (int k = random.nextInt(60); k > 0; k--) {
                line.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            lines.add(line.toString());
        }
        int matched = 0;
        for (String line : lines) {
            if (dateline.matcher(line).find()) {
                matched++;
                assertThat(BodyCleaner.mayOpenWithDateline(line)).as(line).isTrue();
            }
        }
        assertThat(matched).as("lines the expression matches").isGreaterThan(1000);
    }
}
