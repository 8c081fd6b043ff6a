package io.github.jointstatements.parsers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The set of a page's class attributes and class names answers as a HashSet would. */
class StringSetTest {

    @Test
    void adds_and_finds_as_a_hash_set_does_on_repeated_values() {
        Random random = new Random(11);
        StringSet ours = new StringSet(16);
        Set<String> theirs = new HashSet<>();
        for (int n = 0; n < 50_000; n++) {
            // few values, repeated, of varied length, as a template's class attributes are
            String value = "post " + "x".repeat(random.nextInt(5)) + random.nextInt(800);
            assertThat(ours.add(new String(value))).as(value).isEqualTo(theirs.add(value));
            String other = "post " + random.nextInt(900);
            assertThat(ours.contains(other)).as(other).isEqualTo(theirs.contains(other));
        }
        assertThat(ours.size()).isEqualTo(theirs.size());
    }

    @Test
    void adds_a_part_of_a_string_as_its_substring() {
        StringSet ours = new StringSet(16);
        String attribute = "post hentry post";
        assertThat(ours.add(attribute, 0, 4)).isTrue();
        assertThat(ours.add(attribute, 5, 11)).isTrue();
        assertThat(ours.add(attribute, 12, 16)).isFalse();
        assertThat(ours.contains("post")).isTrue();
        assertThat(ours.contains("hentry")).isTrue();
        assertThat(ours.contains("post hentry")).isFalse();
        assertThat(ours.size()).isEqualTo(2);
    }

    @Test
    void values_that_share_their_sampled_characters_still_answer_right() {
        // same length, same first, middle and last characters: they probe the same slots
        StringSet ours = new StringSet(16);
        Set<String> theirs = new HashSet<>();
        for (int round = 0; round < 2; round++) {
            for (int n = 0; n < 5_000; n++) {
                String value = String.format("c%03dxx-x-xx%03dc", n % 1000, n / 1000);
                assertThat(ours.add(value, 0, value.length())).as(value)
                        .isEqualTo(theirs.add(value));
                assertThat(ours.contains(value)).isTrue();
            }
        }
        assertThat(ours.contains("c999xx-x-xx999c")).isFalse();
        assertThat(ours.size()).isEqualTo(theirs.size());
    }

    @Test
    void the_empty_value_is_a_value() {
        StringSet ours = new StringSet(16);
        assertThat(ours.contains("")).isFalse();
        assertThat(ours.add("")).isTrue();
        assertThat(ours.add("")).isFalse();
        assertThat(ours.contains("")).isTrue();
    }
}
