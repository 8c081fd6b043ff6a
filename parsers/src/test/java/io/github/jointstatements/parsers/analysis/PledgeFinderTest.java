package io.github.jointstatements.parsers.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jointstatements.core.PartyKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PledgeFinderTest {

    private static List<PartyEntry> leaders() {
        List<PartyEntry> parties = new ArrayList<>();
        parties.add(new PartyEntry("Joseph R. Biden", List.of("Joseph", "R", "Biden"),
                "President", "US", PartyKind.PERSON, "test"));
        parties.add(new PartyEntry("Yoon Suk Yeol", List.of("Yoon", "Suk", "Yeol"),
                "President", "KR", PartyKind.PERSON, "test"));
        return parties;
    }

    private static List<PledgeFinder.Found> find(boolean speech, List<PartyEntry> parties,
            String... paragraphs) {
        List<Sentence> sentences = SentenceSplitter.split(List.of(paragraphs), 100, 100);
        References refs = new References(parties, Gazetteer.get(), Offices.get());
        TimeIndex times = new TimeIndex(sentences, Optional.of(LocalDate.of(2023, 4, 26)));
        return PledgeFinder.find(sentences, refs, speech, times);
    }

    private static String one(String sentence) {
        List<PledgeFinder.Found> found = find(false, leaders(), sentence);
        if (found.isEmpty()) {
            return "none";
        }
        return found.get(0).pledge().kind() + " " + found.get(0).pledge().verb() + " "
                + String.join(" + ", found.get(0).pledge().actors());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The two leaders pledged to expand exercises.|PLEDGE pledged Joseph R. Biden + Yoon Suk Yeol",
        "President Biden and President Yoon have committed to develop a relationship.|PLEDGE committed Joseph R. Biden + Yoon Suk Yeol",
        "The two leaders resolved to continue to strengthen the Alliance.|PLEDGE resolved Joseph R. Biden + Yoon Suk Yeol",
        "The United States will further enhance the visibility of assets.|PLEDGE will Joseph R. Biden",
        "The United States and the ROK intend to build on months of dialogue.|PLEDGE intend Joseph R. Biden + Yoon Suk Yeol",
        "The two leaders signaled their intent to move forward.|PLEDGE intent Joseph R. Biden + Yoon Suk Yeol",
        "Both leaders agreed to expand the scope of training.|AGREEMENT agreed Joseph R. Biden + Yoon Suk Yeol",
        "They agreed on strengthening joint cooperation.|AGREEMENT agreed Joseph R. Biden + Yoon Suk Yeol",
        "The two leaders have decided to open a process of consultations.|AGREEMENT decided Joseph R. Biden + Yoon Suk Yeol",
        "President Yoon reaffirmed the ROK's longstanding commitment to its obligations.|REAFFIRMATION reaffirmed Yoon Suk Yeol",
        "President Yoon affirmed that the ROK will apply the full range of its capabilities.|REAFFIRMATION affirmed Yoon Suk Yeol",
        "Both sides reiterated their readiness to continue working together.|REAFFIRMATION reiterated Joseph R. Biden + Yoon Suk Yeol",
        "As agreed in May, the two leaders emphasized that the two nations will continue to bolster the Alliance.|PLEDGE will Joseph R. Biden + Yoon Suk Yeol",
        "The United States commits to consult with the ROK, and the Alliance will maintain robust communication.|PLEDGE commits Joseph R. Biden + Yoon Suk Yeol",
        "We are partnering to counter the misuse of spyware and commit to:|PLEDGE commit Joseph R. Biden + Yoon Suk Yeol",
    })
    void findsPledgesWithKindVerbAndActors(String sentence, String expected) {
        assertThat(one(sentence)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The two leaders strongly condemned the DPRK's continued provocations.",
        "President Biden welcomed the ROK's proposal for a meeting in 2023.",
        "The two leaders discussed measures to strengthen regional security.",
        "The two sides concurred that the recent combined exercises demonstrated deterrence.",
        "Both sides agreed the consultations were highly productive.",
        "The two leaders agreed that the situation would have benefited from consultations.",
        "The Ukrainian delegation reaffirmed its gratitude for the steadfast commitment.",
        "President Biden reiterated his thanks for continued defense cooperation.",
        "I fully agree with the Presidency that no one should be left behind.",
        "Let us hope that the return to normality will continue and we will all come out stronger.",
        "This partnership will strengthen the shipbuilding industries in each nation.",
        "The partnership, which will mobilize financing, was discussed.",
        "The measures can be canceled if the counterparties will return to cooperation.",
    })
    void findsNoPledgeInOtherSentences(String sentence) {
        assertThat(one(sentence)).isEqualTo("none");
    }

    @Test
    void aSpeechPledgesOnlyWithExplicitVerbs() {
        assertThat(find(true, leaders(), "Tomorrow, we will join our fellow citizens.")).isEmpty();
        assertThat(find(true, leaders(), "We remain committed to working with our partners."))
                .hasSize(1);
    }

    @Test
    void itemsAfterAPledgeThatEndsWithAColonArePledgesOfTheSameParties() {
        List<PledgeFinder.Found> found = find(false, leaders(),
                "To advance these interests, we commit to:",
                "working within our respective systems to establish guardrails;",
                "preventing the export of software to malicious end-users; and",
                "Our efforts will allow us to work collectively.");
        assertThat(found).hasSize(3);
        assertThat(found.get(1).rule()).startsWith("item");
        assertThat(found.get(2).pledge().actors()).containsExactly("Joseph R. Biden",
                "Yoon Suk Yeol");
    }

    @Test
    void aFuturePassiveIsTheOneIssuersPledge() {
        List<PartyEntry> ministry = List.of(new PartyEntry("Ministry of Foreign Affairs", List.of(),
                null, "BY", PartyKind.ORGANIZATION, "test"));
        assertThat(find(false, ministry, "Necessary measures will be taken to saturate the market."))
                .hasSize(1);
        assertThat(find(false, leaders(), "Necessary measures will be taken to saturate the market."))
                .isEmpty();
    }

    @Test
    void givesTheActionAndAFutureTimeframe() {
        List<PledgeFinder.Found> found = find(false, leaders(),
                "The two leaders agreed to hold talks in June, as agreed at the April 2022 summit.");
        assertThat(found.get(0).pledge().action()).hasValueSatisfying(
                a -> assertThat(a).startsWith("to hold talks in June"));
        assertThat(found.get(0).pledge().timeframe()).hasValueSatisfying(
                d -> assertThat(d.toString()).isEqualTo("2023-06"));
    }
}
