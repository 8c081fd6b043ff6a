package io.github.jointstatements.parsers.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The front matter read directly: as the YAML parser reads it, or not at all. */
class FrontMatterTest {

    private static final Set<String> FIELDS = Set.of("title", "date", "published_time",
            "source_url");

    private static final YAMLMapper YAML = new YAMLMapper();

    static Stream<Arguments> usualShapes() {
        return Stream.of(
                // an archive's usual block: a double-quoted title folded over lines, escapes
                Arguments.of("title: \"Statement on the Passing of Former U.S.\\\n  \\ Senator"
                        + " Tim\\_Johnson\"\ndate: '2024-10-10'", "title",
                        "Statement on the Passing of Former U.S. Senator Tim\u00a0Johnson"),
                Arguments.of("title: \"Andoria\\u2019s Election\"", "title",
                        "Andoria\u2019s Election"),
                Arguments.of("title: \"A long title \n  folded here\"", "title",
                        "A long title folded here"),
                Arguments.of("title: 'It''s a ''quoted'' title'", "title",
                        "It's a 'quoted' title"),
                Arguments.of("title: First Lady Honors Barbara Bush\n  Ceremony at The White"
                        + " House", "title",
                        "First Lady Honors Barbara Bush Ceremony at The White House"),
                Arguments.of("source_url: https://www.whitehouse.gov/briefings/2025/05/x/",
                        "source_url", "https://www.whitehouse.gov/briefings/2025/05/x/"),
                Arguments.of("published_time: 2025-05-08 19:01:24-04:00", "published_time",
                        "2025-05-08 19:01:24-04:00"),
                Arguments.of("date: '2025-05-08'\ntags: briefings-statements", "date",
                        "2025-05-08"));
    }

    @ParameterizedTest
    @MethodSource("usualShapes")
    void reads_the_usual_shapes_as_the_yaml_parser_does(String yaml, String field, String value)
            throws IOException {
        Optional<Map<String, String>> read = FrontMatter.read(yaml, FIELDS);
        assertThat(read).isPresent();
        assertThat(read.get()).containsEntry(field, value);
        assertThat(read.get()).isEqualTo(yamlParser(yaml));
    }

    static Stream<String> unsure() {
        return Stream.of(
                "date: 2025-05-08", // a plain date a YAML parser may read otherwise
                "title: yes", // a boolean to YAML 1.1
                "title: 12", // a number
                "title: .inf", // the YAML parser fails on it
                "title: \"a \\* b\"", // an escape YAML does not have: the parser reports it
                "title: \"never closed",
                "title: a # a comment",
                "title: a: b",
                "title:\n  nested: block",
                "title: \"a\n\n  b\"", // a blank line inside: a line break kept
                "# a comment\ntitle: a",
                "title: a\ntitle: b", // a key twice
                "title: \"a\tb\""); // a tab
    }

    @ParameterizedTest
    @MethodSource("unsure")
    void declines_what_it_is_not_sure_of(String yaml) {
        assertThat(FrontMatter.read(yaml, FIELDS)).isEmpty();
    }

    @Test
    void an_empty_block_has_no_fields() {
        assertThat(FrontMatter.read("", FIELDS)).contains(Map.of());
    }

    /**
     * Blocks made at random of the pieces that make YAML hard (quotes, escapes, folded lines,
     * indicators, values YAML resolves to other types): wherever the direct reading answers, the
     * YAML parser reads the block without error and finds the same fields.
     */
    @Test
    void agrees_with_the_yaml_parser_wherever_it_answers() throws IOException {
        String[] keys = {"title", "date", "published_time", "source_url", "tags", "Title", "x-y"};
        String[] pieces = {"a", "Senator", " ", "  ", "\\_", "\\u2019", "\\x41", "\\\\", "\\\"",
            "\\ ", "\\/", "\\t", "\\n", "\\N", "\\*", "'", "''", "\"", "#", " #", ": ", ":", "-",
            "- ", "?", "[", "{", "&", "*", "!", "|", ">", "%", "@", "`", "\u00a0", "\u2003",
            "\u2019", "\u2028", "\t", "true", "yes", "No", "null", "~", "12", "1_000", "0x1F",
            "1.5", ".inf", "2025-05-08", "2025-05-08 19:16:50-04:00", "https://x.gov/a?b=c#d",
            "\\u00", "\\uD83D", "\\U0001F600", "\\0"};
        Random random = new Random(6);
        int answered = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder yaml = new StringBuilder();
            int entries = 1 + random.nextInt(4);
            for (int e = 0; e < entries; e++) {
                yaml.append(e > 0 ? "\n" : "").append(keys[random.nextInt(keys.length)])
                        .append(random.nextInt(10) == 0 ? ":" : ": ");
                String quote = switch (random.nextInt(3)) {
                    case 0 -> "";
                    case 1 -> "'";
                    default -> "\"";
                };
                yaml.append(quote);
                for (int p = random.nextInt(6); p > 0; p--) {
                    switch (random.nextInt(10)) {
                        case 0 -> yaml.append('\n').append(" ".repeat(random.nextInt(3)));
                        case 1 -> yaml.append(random.nextBoolean() ? "\\\n  " : " \n  ");
                        default -> yaml.append(pieces[random.nextInt(pieces.length)]);
                    }
                }
                yaml.append(random.nextInt(8) == 0 ? "" : quote);
            }
            Optional<Map<String, String>> read = FrontMatter.read(yaml.toString(), FIELDS);
            if (read.isPresent()) {
                answered++;
                assertThat(read.get()).as(yaml.toString()).isEqualTo(yamlParser(yaml.toString()));
            }
        }
        assertThat(answered).isGreaterThan(2_000);
    }

    /** The fields as the YAML parser reads them; it throws on YAML it rejects. */
    private static Map<String, String> yamlParser(String yaml) throws IOException {
        JsonNode node = YAML.readTree(yaml);
        Map<String, String> fields = new HashMap<>();
        for (String field : FIELDS) {
            JsonNode value = node == null ? null : node.get(field);
            if (value != null && !value.isNull() && !value.isContainerNode()) {
                fields.put(field, value.asText());
            }
        }
        return fields;
    }
}
