package io.github.jointstatements.parsers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClassNamesTest {

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"post-body", "post-body entry-content", "  a   b  ", "a\tb\nc\rd\fe",
        "", "   ", "x\u000By", "dup dup", "non\u00A0breaking space", "é ü"})
    void splits_a_class_attribute_as_jsoup_does(String attribute) {
        Element element = Jsoup.parse("<div></div>").selectFirst("div");
        element.attr("class", attribute);
        ClassNames names = new ClassNames();
        names.addAll(attribute);
        assertThat(names.size()).isEqualTo(element.classNames().size());
        assertThat(element.classNames()).allMatch(names::contains);
    }

    @Test
    void holds_each_name_once_and_only_the_names_it_was_given() {
        ClassNames names = new ClassNames();
        names.addAll("post hentry post-body");
        names.addAll("post post-body\tPOST");
        assertThat(names.size()).isEqualTo(4);
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
        for (int i = 0; i < 2000; i++) {
            attribute.append(" c").append(i);
            if (i % 7 == 0) {
                names.addAll(attribute.toString()); // repeats the names before it
                attribute.setLength(0);
            }
        }
        names.addAll(attribute.toString());
        assertThat(names.size()).isEqualTo(2000);
        for (int i = 0; i < 2000; i++) {
            assertThat(names.contains("c" + i)).as("c" + i).isTrue();
        }
        assertThat(names.contains("c2000")).isFalse();
    }

    @Test
    void tells_apart_names_of_the_same_hash() {
        ClassNames names = new ClassNames();
        names.addAll("Aa"); // "Aa" and "BB" have the same String.hashCode()
        assertThat(names.contains("Aa")).isTrue();
        assertThat(names.contains("BB")).isFalse();
        names.addAll("BB Aa");
        assertThat(names.size()).isEqualTo(2);
        assertThat(names.contains("BB")).isTrue();
    }

    @Test
    void keeps_many_names_of_one_hash_each_once() {
        // a hostile page's names made to share one hash (2^12 of them, each of "Aa" and "BB"
        // twelve times): every one kept once and found, the run of slots they fill included,
        // through the table's growth and the names added a second time after it
        List<String> same = new ArrayList<>(List.of(""));
        for (int pair = 0; pair < 12; pair++) {
            List<String> longer = new ArrayList<>();
            for (String name : same) {
                longer.add(name + "Aa");
                longer.add(name + "BB");
            }
            same = longer;
        }
        assertThat(same).extracting(String::hashCode).containsOnly(same.get(0).hashCode());
        ClassNames names = new ClassNames();
        names.addAll(String.join(" ", same.subList(0, 100)));
        names.addAll("post-body " + String.join(" ", same));
        names.addAll(String.join("\t", same.subList(1000, 1100)) + " post-body");
        assertThat(names.size()).isEqualTo(same.size() + 1);
        assertThat(same).allMatch(names::contains);
        assertThat(names.contains("post-body")).isTrue();
        assertThat(names.contains("AaAaAaAaAaAaAaAaAaAaAaAa".toLowerCase(Locale.ROOT))).isFalse();
        assertThat(names.contains(same.get(0) + "Aa")).isFalse();
    }
}
