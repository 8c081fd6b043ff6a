package io.github.jointstatements.parsers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClassNamesTest {

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"post-body", "post-body entry-content", "  a   b  ", "a\tb\nc\rd\fe",
        "", "   ", "x\u000By", "dup dup", "non\u00A0breaking space", "é ü"})
    void splits_a_class_attribute_as_jsoup_does(String attribute) {
        Element element = Jsoup.parse("<div></div>").selectFirst("div");
        element.attr("class", attribute);
        ClassNames names = new ClassNames();
        names.addAll(attribute, 0);
        assertThat(element.classNames()).allMatch(names::contains);
        for (String name : element.classNames()) {
            assertThat(ClassNames.holds(attribute, name, false)).as(name).isTrue();
        }
        assertThat(names.contains(attribute)).isEqualTo(element.classNames().contains(attribute));
    }

    @Test
    void holds_the_names_it_was_given_and_only_those() {
        ClassNames names = new ClassNames();
        names.addAll("post hentry post-body", 0);
        names.addAll("post post-body\tPOST", 1);
        assertThat(names.contains("post")).isTrue();
        assertThat(names.contains("POST")).isTrue();
        assertThat(names.contains("Post")).isFalse();
        assertThat(names.contains("post-")).isFalse();
        assertThat(names.contains("ost")).isFalse();
        assertThat(names.contains("post hentry")).isFalse();
        assertThat(names.contains("")).isFalse();
    }

    @Test
    void grows_past_its_first_capacity_and_keeps_every_name() {
        ClassNames names = new ClassNames();
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
        }
        assertThat(names.contains("c2000")).isFalse();
    }

    @Test
    void tells_apart_names_of_the_same_hash_and_gives_the_elements_of_both() {
        ClassNames names = new ClassNames();
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
    void keeps_many_names_of_one_hash_each_once() {
        // a hostile page's names made to share one hash, their ASCII letters in lower case as
        // the table hashes them (2^12 of them, each of "a~" and "b_" twelve times): every one
        // kept once and found, the run of slots they fill included, through the table's growth
        // and the names added a second time after it
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
        ClassNames names = new ClassNames();
        names.addAll(String.join(" ", same.subList(0, 100)), 0);
        names.addAll("post-body " + String.join(" ", same), 1);
        names.addAll(String.join("\t", same.subList(1000, 1100)) + " post-body", 2);
        assertThat(same).allMatch(names::contains);
        assertThat(names.contains("post-body")).isTrue();
        assertThat(names.contains("a~a~a~a~a~a~a~a~a~a~a~a~".toUpperCase(Locale.ROOT))).isFalse();
        assertThat(names.contains(same.get(0) + "a~")).isFalse();
        // one chain for them all, each element once
        assertThat(names.elementsWith(same.get(4000))).containsExactly(0, 1, 2);
        assertThat(names.elementsWith("post-body")).containsExactly(1, 2);
    }

    @Test
    void leaves_out_of_the_table_names_whose_slots_run_full_and_still_finds_them() {
        // a hostile page's names made to fill one run of slots, whatever the table's size: past
        // the probes allowed, a name is left out, its attribute read whole when asked
        List<String> crowded = new ArrayList<>();
        for (int k = 0; crowded.size() < 48; k++) {
            String name = "n" + k;
            if ((ClassNames.spread(ClassNames.hash(name)) & 4095) == 0) {
                crowded.add(name);
            }
        }
        ClassNames names = new ClassNames();
        names.addAll("post-body", 0);
        for (int i = 0; i < crowded.size(); i++) {
            names.addAll("item " + crowded.get(i), i + 1);
        }
        assertThat(crowded).allMatch(names::contains);
        assertThat(names.contains("post-body")).isTrue();
        assertThat(names.contains("item")).isTrue();
        assertThat(names.contains("n")).isFalse();
        assertThat(names.contains(crowded.get(0).toUpperCase(Locale.ROOT))).isFalse();
        assertThat(names.elementsWith("post-body")).isNull(); // any element may hold a name
    }

    @Test
    void chains_the_elements_of_each_name_in_their_order_each_once() {
        ClassNames names = new ClassNames();
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

    @Test
    void finds_the_elements_of_a_name_in_any_ascii_case_as_a_class_selector_does() {
        ClassNames names = new ClassNames();
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

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"caf\u00e9", "x\u001Cy", "\u0131tem", "a\u00A0b", "del\u007F"})
    void cannot_tell_where_a_name_beyond_printable_ascii_may_equal_another_ignoring_case(
            String attribute) {
        // jsoup's hasClass splits on more white space (U+001C) and folds more letters ("ı" is
        // "I" ignoring case) than ASCII: the page's elements are then not narrowed down
        ClassNames names = new ClassNames();
        names.addAll("item post", 0);
        names.addAll(attribute, 1);
        assertThat(names.elementsWith("item")).isNull();
        assertThat(names.elementsWith("post")).isNull();
    }

    @Test
    void asks_nothing_of_a_name_beyond_printable_ascii() {
        ClassNames names = new ClassNames();
        names.addAll("item", 0);
        assertThat(names.elementsWith("\u0131tem")).isNull();
        assertThat(names.elementsWith("item")).containsExactly(0);
    }

    @Test
    void remembers_an_attribute_across_the_table_s_growth() {
        ClassNames names = new ClassNames();
        names.addAll("post hentry", 0);
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 600; i++) {
            many.append(" n").append(i); // grows the table, which moves every name
        }
        names.addAll(many.toString(), 1);
        names.addAll("post hentry", 2);
        names.addAll("post hentry", 3);
        assertThat(names.elementsWith("post")).containsExactly(0, 2, 3);
        assertThat(names.elementsWith("hentry")).containsExactly(0, 2, 3);
        assertThat(names.elementsWith("n599")).containsExactly(1);
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
