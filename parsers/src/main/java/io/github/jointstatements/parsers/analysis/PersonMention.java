package io.github.jointstatements.parsers.analysis;

import java.util.List;
import java.util.Optional;

/**
 * A person a text names with an office or an honorific ("ROK Minister of National Defense Lee
 * Jong-Sup", "H.E. Sheikh Nasser bin Hamad Al Khalifa of Bahrain"), or an office it names
 * without a person ("The Prime Minister"): then {@link #name()} is empty.
 *
 * @param start the offset where the mention starts (its country modifier or office)
 * @param end the offset just past it (its name, or its "of &lt;country&gt;" complement)
 * @param name the person's name as written, empty for an office alone
 * @param nameTokens the words of the name, without initials' periods
 * @param role the office, without the country that qualifies it, if any
 * @param country the ISO code of the country the text places the person in, if it does
 * @param organization the international organisation whose office the person holds, if the text
 *     says so ("European Commission President Ursula von der Leyen"): such a person has no
 *     country
 * @param rule the rule that recognised the mention, for explanations
 */
record PersonMention(int start, int end, String name, List<String> nameTokens,
        Optional<String> role, Optional<String> country, Optional<String> organization,
        String rule) {

    /** Returns whether the mention names a person rather than an office alone. */
    boolean named() {
        return !name.isEmpty();
    }
}
