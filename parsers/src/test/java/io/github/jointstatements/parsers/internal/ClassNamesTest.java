package io.github.jointstatements.parsers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A page's index of class names answers as jsoup's class tests would, for the names asked
 * before the page was read (from the index) and for any other (from the page's attributes).
 */
class ClassNamesTest {

    /** An index of a page where the given names were asked, and one where none was. */
    private static List<ClassNames> indexes(String... asked) {
        return List.of(new ClassNames(new ClassNames.Asked(Set.of(asked))),
                new ClassNames(new ClassNames.Asked(Set.of())));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"post-body", "post-body entry-content", "  a   b  ", "a\tb\nc\rd\fe",
        "", "   ", "x\u000By", "dup dup", "non\u00A0breaking space", "\u00e9 \u00fc"})
    void splits_a_class_attribute_as_jsoup_does(String attribute) {
        Element element = Jsoup.parse("<div></div>").selectFirst("div");
        element.attr("class", attribute);
        for (ClassNames names : indexes(element.classNames().toArray(String[]::new))) {
            names.addAll(attribute, 0);
            assertThat(element.classNames()).allMatch(names::contains);
            assertThat(names.contains(attribute))
                    .isEqualTo(element.classNames().contains(attribute));
        }
        for (String name : element.classNames()) {
            assertThat(ClassNames.holds(attribute, name, false)).as(name).isTrue();
        }
    }

    @Test
    void holds_the_names_it_was_given_and_only_those() {
        for (ClassNames names : indexes("post", "post-body", "ost", "Post")) {
            names.addAll("post hentry post-body", 0);
            names.addAll("post post-body\tPOST", 1);
            assertThat(names.contains("post")).isTrue();
            assertThat(names.contains("POST")).isTrue();
            assertThat(names.contains("hentry")).isTrue(); // not asked: read off the attributes
            assertThat(names.contains("Post")).isFalse();
            assertThat(names.contains("post-")).isFalse();
            assertThat(names.contains("ost")).isFalse();
            assertThat(names.contains("post hentry")).isFalse();
            assertThat(names.contains("")).isFalse();
        }
    }

    @Test
    void indexes_only_the_names_asked_and_answers_the_others_from_the_attributes() {
        ClassNames names = new ClassNames(new ClassNames.Asked(Set.of("c7", "c700")));
        StringBuilder attribute = new StringBuilder();
        int element = 0;
        for (int i = 0; i < 2000; i++) {
            attribute.append(" c").append(i);
            if (i % 7 == 0) {
                names.addAll(attribute.toString(), element++);
                attribute.setLength(0);
            }
        }
        names.addAll(attribute.toString(), element);
        for (int i = 0; i < 2000; i++) {
            assertThat(names.contains("c" + i)).as("c" + i).isTrue();
            assertThat(names.elementsWith("c" + i)).as("c" + i).containsExactly((i + 6) / 7);
            assertThat(names.elementsWith("C" + i)).as("C" + i).containsExactly((i + 6) / 7);
        }
        assertThat(names.contains("c2000")).isFalse();
        assertThat(names.elementsWith("c2000")).isEmpty();
    }

    @Test
    void tells_apart_names_of_the_same_hash_and_gives_the_elements_of_both() {
        ClassNames names = new ClassNames(new ClassNames.Asked(Set.of("a~")));
        names.addAll("a~", 0); // "a~" and "b_" have the same String.hashCode()
        assertThat(names.contains("a~")).isTrue();
        assertThat(names.contains("b_")).isFalse();
        names.addAll("b_ a~", 1);
        names.addAll("b_", 2);
        assertThat(names.contains("b_")).isTrue();
        assertThat(names.elementsWith("a~")).containsExactly(0, 1, 2);
        // the elements that may hold it: the caller tests each
        assertThat(names.elementsWith("b_")).containsExactly(0, 1, 2);
    }

    @Test
    void keeps_many_names_of_one_hash_each_element_once() {
        // a hostile page's names made to share one hash with a name asked, their ASCII letters
        // in lower case as the index hashes them (2^12 of them, each of "a~" and "b_" twelve
        // times): one chain for them all, each element once
        List<String> same = new ArrayList<>(List.of(""));
        for (int pair = 0; pair < 12; pair++) {
            List<String> longer = new ArrayList<>();
            for (String name : same) {
                longer.add(name + "a~");
                longer.add(name + (pair % 2 == 0 ? "b_" : "B_"));
            }
            same = longer;
        }
        assertThat(same).extracting(name -> name.toLowerCase(Locale.ROOT).hashCode())
                .containsOnly(same.get(0).hashCode());
        for (ClassNames names : indexes("post-body", same.get(0))) {
            names.addAll(String.join(" ", same.subList(0, 100)), 0);
            names.addAll("post-body " + String.join(" ", same), 1);
            names.addAll(String.join("\t", same.subList(1000, 1100)) + " post-body", 2);
            assertThat(Stream.of(same.get(0), same.get(4095), same.get(1050)))
                    .allMatch(names::contains);
            assertThat(names.contains("post-body")).isTrue();
            assertThat(names.contains("a~a~a~a~a~a~a~a~a~a~a~a~".toUpperCase(Locale.ROOT)))
                    .isFalse();
            assertThat(names.contains(same.get(0) + "a~")).isFalse();
            assertThat(names.elementsWith("post-body")).containsExactly(1, 2);
        }
        ClassNames asked = indexes(same.get(0)).get(0);
        asked.addAll(String.join(" ", same.subList(0, 100)), 0);
        asked.addAll("post-body " + String.join(" ", same), 1);
        asked.addAll(String.join("\t", same.subList(1000, 1100)) + " post-body", 2);
        assertThat(asked.elementsWith(same.get(4000))).containsExactly(0, 1, 2);
    }

    @Test
    void chains_the_elements_of_each_name_in_their_order_each_once() {
        for (ClassNames names : indexes("post", "hentry", "post-body", "menu", "entry")) {
            names.addAll("post hentry", 2);
            names.addAll("menu", 3);
            names.addAll("post post\tpost-body post", 5); // a name twice: its element once
            names.addAll("post hentry", 8); // the same attribute again, remembered
            names.addAll("post hentry", 9);
            assertThat(names.elementsWith("post")).containsExactly(2, 5, 8, 9);
            assertThat(names.elementsWith("hentry")).containsExactly(2, 8, 9);
            assertThat(names.elementsWith("post-body")).containsExactly(5);
            assertThat(names.elementsWith("menu")).containsExactly(3);
            assertThat(names.elementsWith("entry")).isEmpty();
            assertThat(names.elementsWith("")).isEmpty();
            assertThat(names.elementsWith("nowhere")).isEmpty();
        }
    }

    @Test
    void finds_the_elements_of_a_name_in_any_ascii_case_as_a_class_selector_does() {
        for (ClassNames names : indexes("post-body")) {
            names.addAll("Post-Body", 1);
            names.addAll("post-body", 4);
            names.addAll("POST-BODY post-body", 6);
            names.addAll("post-body", 7);
            names.addAll("Post-Body", 9);
            assertThat(names.elementsWith("post-body")).containsExactly(1, 4, 6, 7, 9);
            assertThat(names.elementsWith("POST-body")).containsExactly(1, 4, 6, 7, 9);
            assertThat(names.contains("post-body")).isTrue(); // exactly
            assertThat(names.contains("pOST-BODY")).isFalse();
        }
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"caf\u00e9", "x\u001Cy", "\u0131tem", "a\u00A0b", "del\u007F"})
    void cannot_tell_where_a_name_beyond_printable_ascii_may_equal_another_ignoring_case(
            String attribute) {
        // jsoup's hasClass splits on more white space (U+001C) and folds more letters ("ı" is
        // "I" ignoring case) than ASCII: the page's elements are then not narrowed down
        for (ClassNames names : indexes("item", "post")) {
            names.addAll("item post", 0);
            names.addAll(attribute, 1);
            assertThat(names.elementsWith("item")).isNull();
            assertThat(names.elementsWith("post")).isNull();
        }
    }

    @Test
    void asks_nothing_of_a_name_beyond_printable_ascii() {
        for (ClassNames names : indexes("item")) {
            names.addAll("item", 0);
            assertThat(names.elementsWith("\u0131tem")).isNull();
            assertThat(names.elementsWith("item")).containsExactly(0);
        }
    }

    @Test
    void remembers_an_attribute_seen_before_and_its_names() {
        for (ClassNames names : indexes("post", "hentry", "n599")) {
            names.addAll("post hentry", 0);
            StringBuilder many = new StringBuilder();
            for (int i = 0; i < 600; i++) {
                many.append(" n").append(i);
            }
            names.addAll(many.toString(), 1);
            names.addAll("post hentry", 2);
            names.addAll("post hentry", 3);
            assertThat(names.elementsWith("post")).containsExactly(0, 2, 3);
            assertThat(names.elementsWith("hentry")).containsExactly(0, 2, 3);
            assertThat(names.elementsWith("n599")).containsExactly(1);
            assertThat(names.elementsWith("n598")).containsExactly(1);
        }
    }

    @ParameterizedTest(name = "{0} and {1}")
    @CsvSource(delimiter = '|', value = {
        "1 3 5     | 2 4      | 1 2 3 4 5",
        "1 2 3     | 1 2 3    | 1 2 3",
        "''        | 4 9      | 4 9",
        "7         | ''       | 7",
        "1 5 9     | 5 6      | 1 5 6 9",
    })
    void unites_two_increasing_sequences(String a, String b, String union) {
        assertThat(ClassNames.union(numbers(a), numbers(b))).containsExactly(numbers(union));
    }

    private static int[] numbers(String list) {
        return list.isBlank() ? new int[0]
                : Arrays.stream(list.trim().split(" +")).mapToInt(Integer::parseInt).toArray();
    }
}
