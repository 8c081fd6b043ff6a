package io.github.jointstatements.parsers.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jointstatements.core.PartyKind;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReferencesTest {

    private static List<PartyEntry> ministers() {
        List<PartyEntry> parties = new ArrayList<>();
        parties.add(new PartyEntry("Lee Jong-Sup", List.of("Lee", "Jong-Sup"),
                "Minister of National Defense", "KR", PartyKind.PERSON, "test"));
        parties.add(new PartyEntry("Lloyd J. Austin III", List.of("Lloyd", "J", "Austin", "III"),
                "Secretary of Defense", "US", PartyKind.PERSON, "test"));
        return parties;
    }

    /** Returns the names of the parties the whole phrase resolves to, or "none". */
    private static String resolve(References refs, String phrase) {
        References.Words w = refs.words(phrase);
        BitSet b = refs.resolve(w, 0, w.tokens.size());
        if (b == null) {
            return "none";
        }
        List<String> names = new ArrayList<>();
        b.stream().forEach(i -> names.add(refs.parties().get(i).name));
        return String.join(" + ", names);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Minister Lee|Lee Jong-Sup",
        "the Minister|Lee Jong-Sup",
        "Secretary Austin|Lloyd J. Austin III",
        "The Minister and the Secretary|Lee Jong-Sup + Lloyd J. Austin III",
        "Minister Lee and Secretary Austin|Lee Jong-Sup + Lloyd J. Austin III",
        "the two leaders|Lee Jong-Sup + Lloyd J. Austin III",
        "Both leaders|Lee Jong-Sup + Lloyd J. Austin III",
        "both sides|Lee Jong-Sup + Lloyd J. Austin III",
        "the two nations|Lee Jong-Sup + Lloyd J. Austin III",
        "They|Lee Jong-Sup + Lloyd J. Austin III",
        "we|Lee Jong-Sup + Lloyd J. Austin III",
        "our governments|Lee Jong-Sup + Lloyd J. Austin III",
        "the ROK-U.S. Alliance|Lee Jong-Sup + Lloyd J. Austin III",
        "the United States|Lloyd J. Austin III",
        "The ROK Ministry of National Defense and the U.S. Department of Defense|Lee Jong-Sup + Lloyd J. Austin III",
        "the ROK|Lee Jong-Sup",
        "any nuclear attack by the DPRK|none",
        "the ROK's proposal|none",
        "This partnership|none",
        "Japan|none",
    })
    void resolvesNamesOfficesGroupsAndStates(String phrase, String expected) {
        References refs = new References(ministers(), Gazetteer.get(), Offices.get());
        assertThat(resolve(refs, phrase)).isEqualTo(expected);
    }

    @Test
    void resolvesStatesToStateParties() {
        List<PartyEntry> parties = new ArrayList<>();
        parties.add(new PartyEntry("United States", List.of(), null, "US", PartyKind.STATE, "t"));
        parties.add(new PartyEntry("Ukraine", List.of(), null, "UA", PartyKind.STATE, "t"));
        References refs = new References(parties, Gazetteer.get(), Offices.get());
        assertThat(resolve(refs, "Ukraine and the United States")).isEqualTo("United States + Ukraine");
        assertThat(resolve(refs, "The Ukrainian delegation")).isEqualTo("Ukraine");
        assertThat(resolve(refs, "the parties")).isEqualTo("United States + Ukraine");
    }

    @Test
    void resolvesAPronounToThePersonLastNamedAlone() {
        References refs = new References(ministers(), Gazetteer.get(), Offices.get());
        assertThat(resolve(refs, "He")).isEqualTo("none");
        refs.noteSubject(refs.words("Secretary Austin welcomed the proposal."));
        assertThat(resolve(refs, "He")).isEqualTo("Lloyd J. Austin III");
    }

    @Test
    void recordsTheAliasesItMeets() {
        List<PartyEntry> parties = ministers();
        References refs = new References(parties, Gazetteer.get(), Offices.get());
        resolve(refs, "Minister Lee and Secretary Austin");
        resolve(refs, "The Minister and the Secretary");
        resolve(refs, "the two leaders");
        assertThat(parties.get(0).aliases).containsExactly("Minister Lee", "the Minister");
        assertThat(parties.get(1).aliases).containsExactly("Secretary Austin", "the Secretary");
    }
}
