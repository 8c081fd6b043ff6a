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
        return find(speech, parties, false, paragraphs);
    }

    private static List<PledgeFinder.Found> find(boolean speech, List<PartyEntry> parties,
            boolean collective, String... paragraphs) {
        List<Sentence> sentences = SentenceSplitter.split(List.of(paragraphs), 100, 100);
        References refs = new References(parties, Gazetteer.get(), Offices.get(), collective);
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

    private static List<PartyEntry> parties(String set) {
        List<PartyEntry> parties = new ArrayList<>();
        switch (set) {
            case "leaders" -> parties.addAll(leaders());
            case "quad" -> {
                for (String[] state : new String[][] {{"Australia", "AU"}, {"India", "IN"},
                        {"Japan", "JP"}, {"United States", "US"}}) {
                    parties.add(new PartyEntry(state[0], List.of(), null, state[1],
                            PartyKind.STATE, "test"));
                }
            }
            case "us-eu" -> {
                parties.add(new PartyEntry("Biden", List.of("Biden"), "President", "US",
                        PartyKind.PERSON, "test"));
                PartyEntry vonDerLeyen = new PartyEntry("von der Leyen",
                        List.of("von", "der", "Leyen"), "President", null, PartyKind.PERSON,
                        "test");
                vonDerLeyen.organization = "European Commission";
                parties.add(vonDerLeyen);
            }
            case "us-jp" -> {
                parties.add(new PartyEntry("Joseph R. Biden", List.of("Joseph", "R", "Biden"),
                        "President", "US", PartyKind.PERSON, "test"));
                parties.add(new PartyEntry("Ishiba Shigeru", List.of("Ishiba", "Shigeru"),
                        "Prime Minister", "JP", PartyKind.PERSON, "test"));
            }
            case "us-co" -> {
                parties.add(new PartyEntry("Joseph R. Biden", List.of("Joseph", "R", "Biden"),
                        "President", "US", PartyKind.PERSON, "test"));
                parties.add(new PartyEntry("Gustavo Petro Urrego",
                        List.of("Gustavo", "Petro", "Urrego"), "President", "CO",
                        PartyKind.PERSON, "test"));
                parties.add(new PartyEntry("Andrés Manuel López Obrador",
                        List.of("Andrés", "Manuel", "López", "Obrador"), "President", "MX",
                        PartyKind.PERSON, "test"));
            }
            case "eu-gcc" -> {
                parties.add(new PartyEntry("European Union", List.of(), null, null,
                        PartyKind.ORGANIZATION, "test"));
                parties.add(new PartyEntry("Peace and Security Council", List.of(), null, null,
                        PartyKind.ORGANIZATION, "test"));
            }
            case "none", "together" -> { } // "together": a statement made together, issuers unknown
            default -> throw new IllegalArgumentException(set);
        }
        return parties;
    }

    /** The language of statements in general, each line a rule (see PledgeFinder). */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // a linking adverb before the verb, or a parenthetic after "will"
        "quad|We therefore commit to ensuring our shared security.|PLEDGE commit Australia + India + Japan + United States",
        "quad|We will, therefore, collaborate to strengthen equitable vaccine access.|PLEDGE will Australia + India + Japan + United States",
        "leaders|The ROK will, among other commitments, adopt a prohibition on forced labor imports.|PLEDGE will Yoon Suk Yeol",
        // a parenthetic between subject and verb
        "leaders|The United States and the ROK, consistent with their respective internal procedures, will promptly finalize the Agreement.|PLEDGE will Joseph R. Biden + Yoon Suk Yeol",
        // short forms defined in brackets inside the subject
        "leaders|The United States of America (“the United States”) and the Republic of Korea (“the ROK”) have agreed to a Framework for trade.|AGREEMENT agreed Joseph R. Biden + Yoon Suk Yeol",
        "leaders|Today, the United States of America (the United States) and the Republic of Korea (ROK) agreed to a Framework.|AGREEMENT agreed Joseph R. Biden + Yoon Suk Yeol",
        // a noun of standing commitment after a restating verb
        "leaders|The United States and the ROK underscored their continued commitment to strengthen regional competitiveness.|REAFFIRMATION underscored Joseph R. Biden + Yoon Suk Yeol",
        "leaders|They also underscored their commitment to enhance regional cooperation.|REAFFIRMATION underscored Joseph R. Biden + Yoon Suk Yeol",
        "leaders|The United States underscored its unwavering commitment to the defense of the ROK.|REAFFIRMATION underscored Joseph R. Biden",
        "leaders|President Biden emphasized his Administration’s commitment to revitalize the strategic partnership.|REAFFIRMATION emphasized Joseph R. Biden",
        "leaders|President Biden underscored the enduring U.S. commitment to the region.|REAFFIRMATION underscored Joseph R. Biden",
        "us-jp|The Prime Minister and President confirmed a shared commitment to strengthen the partnership.|REAFFIRMATION confirmed Joseph R. Biden + Ishiba Shigeru",
        "leaders|Both underscored their commitment to supply chain security.|REAFFIRMATION underscored Joseph R. Biden + Yoon Suk Yeol",
        "leaders|The two leaders and their teams agreed to stay in regular contact.|AGREEMENT agreed Joseph R. Biden + Yoon Suk Yeol",
        "leaders|The leaders announced their commitment to fully realize the Civil Nuclear Agreement.|PLEDGE announced Joseph R. Biden + Yoon Suk Yeol",
        "leaders|The leaders re-committed to the Energy Security Partnership.|PLEDGE re-committed Joseph R. Biden + Yoon Suk Yeol",
        // group nouns and bare plurals for the parties
        "leaders|Ministers reaffirmed their commitment to the Alliance.|REAFFIRMATION reaffirmed Joseph R. Biden + Yoon Suk Yeol",
        "leaders|Leaders committed to meet regularly.|PLEDGE committed Joseph R. Biden + Yoon Suk Yeol",
        "leaders|The coalition intends to support their sustainment and armament.|PLEDGE intends Joseph R. Biden + Yoon Suk Yeol",
        "quad|The Quad will support the region's efforts.|PLEDGE will Australia + India + Japan + United States",
        "leaders|The two sides agreed to hold regular consultations.|AGREEMENT agreed Joseph R. Biden + Yoon Suk Yeol",
        "leaders|Both countries will deepen cooperation on clean energy.|PLEDGE will Joseph R. Biden + Yoon Suk Yeol",
        "leaders|In this context, both sides will designate their respective teams.|PLEDGE will Joseph R. Biden + Yoon Suk Yeol",
        "quad|The defense ministers from Japan and Australia reaffirmed their commitment to the rebalance.|REAFFIRMATION reaffirmed Australia + Japan",
        "quad|We the Leaders of the Quad (Quad) remain resolved to stand with the people of the region.|PLEDGE resolved Australia + India + Japan + United States",
        "quad|We are also united in our commitment to a free and open Indo-Pacific.|PLEDGE united Australia + India + Japan + United States",
        "quad|The principals committed to expand collaboration.|PLEDGE committed Australia + India + Japan + United States",
        "leaders|They agreed for talks to take place between our teams.|AGREEMENT agreed Joseph R. Biden + Yoon Suk Yeol",
        "quad|Japan, India, and the United States stand united in our dedication to promote human rights.|PLEDGE united India + Japan + United States",
        "quad|On Monday, India and the United States agreed to hold talks.|AGREEMENT agreed India + United States",
        "quad|Quad countries will work together for successful outcomes at the COP26.|PLEDGE will Australia + India + Japan + United States",
        "quad|As a part of this effort we are committed to employing sanctions.|PLEDGE committed Australia + India + Japan + United States",
        "quad|Recognising the role of coal, domestically we have committed to rapidly scale up technologies.|PLEDGE committed Australia + India + Japan + United States",
        "leaders|The United States and CARICOM will launch a Caribbean Zero Hunger Plan.|PLEDGE will Joseph R. Biden",
        // a name of three words or more called by its surnames
        "us-co|President Biden and President Petro committed to work together.|PLEDGE committed Joseph R. Biden + Gustavo Petro Urrego",
        "us-co|President Biden and President López Obrador also pledged to advance initiatives.|PLEDGE pledged Joseph R. Biden + Andrés Manuel López Obrador",
        // offices for both parties, one party's body, one party alone
        "us-jp|The President and Prime Minister reaffirmed their resolve to continue strengthening defense cooperation.|REAFFIRMATION reaffirmed Joseph R. Biden + Ishiba Shigeru",
        "us-jp|The President and Prime Minister Ishiba agreed to remain in close consultation.|AGREEMENT agreed Joseph R. Biden + Ishiba Shigeru",
        "us-eu|The European Commission will intensify work with Member States for security of supply.|PLEDGE will von der Leyen",
        "us-eu|The United States will work to supply the EU with additional volumes of LNG.|PLEDGE will Biden",
        "quad|Japan intends to provide financing for vaccine manufacturing.|PLEDGE intends Japan",
        // the purpose of the meeting
        "quad|We have convened to reaffirm our commitment to quadrilateral cooperation.|REAFFIRMATION reaffirm Australia + India + Japan + United States",
        // a heading that runs into the sentence
        "leaders|Supporting the Agreement The United States and the ROK are unequivocally committed to the Agreement.|PLEDGE committed Joseph R. Biden + Yoon Suk Yeol",
        // a sentence without a subject, the parties speaking
        "leaders|Agree to the full and immediate implementation of confidence-building measures.|AGREEMENT Agree Joseph R. Biden + Yoon Suk Yeol",
        "leaders|Reaffirm our commitment to the settlement of border disputes through peaceful means.|REAFFIRMATION Reaffirm Joseph R. Biden + Yoon Suk Yeol",
        // a second verb of the subject after a clause opened by "that"
        "leaders|The leaders noted negotiations on an agreement that facilitates investment and committed to an early conclusion.|PLEDGE committed Joseph R. Biden + Yoon Suk Yeol",
        "quad|We are united in recognizing that climate change is a global priority and will work to strengthen climate action.|PLEDGE will Australia + India + Japan + United States",
        // a numbered operative paragraph, a run-in heading, an introduction without a comma
        "leaders|2.3 The Parties shall exchange information on trade every quarter.|PLEDGE shall Joseph R. Biden + Yoon Suk Yeol",
        "leaders|12 The two sides will review the plan annually.|PLEDGE will Joseph R. Biden + Yoon Suk Yeol",
        "leaders|iii. The Ministers resolved to work together on security in the Sahel.|PLEDGE resolved Joseph R. Biden + Yoon Suk Yeol",
        "leaders|4. The Ministers agreed to meet again next year.|AGREEMENT agreed Joseph R. Biden + Yoon Suk Yeol",
        "quad|Maritime security We will continue to support the coast guards of the region.|PLEDGE will Australia + India + Japan + United States",
        "leaders|Energy and climate The Ministers agreed to open a dialogue on grids.|AGREEMENT agreed Joseph R. Biden + Yoon Suk Yeol",
        "leaders|In this context both sides remain committed to the reform of the Security Council.|PLEDGE committed Joseph R. Biden + Yoon Suk Yeol",
        "leaders|On the margins of the summit the two leaders agreed to launch a fund.|AGREEMENT agreed Joseph R. Biden + Yoon Suk Yeol",
        // the subject of a second clause joined by "and": a group reference
        "leaders|President Biden praised the ROK's role in the region and both leaders reaffirmed their resolve to deepen ties.|REAFFIRMATION reaffirmed Joseph R. Biden + Yoon Suk Yeol",
        "leaders|The talks covered trade and investment and the two sides agreed to meet again in the autumn.|AGREEMENT agreed Joseph R. Biden + Yoon Suk Yeol",
        // "confirmed to": agreement said as confirmation
        "leaders|Both Ministers confirmed to continue close coordination on the peninsula.|REAFFIRMATION confirmed Joseph R. Biden + Yoon Suk Yeol",
        // more nouns for the parties together
        "leaders|The two regions will deepen their cooperation on renewable energy.|PLEDGE will Joseph R. Biden + Yoon Suk Yeol",
        "leaders|The two Commissions will hold a joint session next year.|PLEDGE will Joseph R. Biden + Yoon Suk Yeol",
        // the operative clauses of a communiqué or decision, its body named in the chapeau
        "leaders|3. Reaffirms its commitment to the peace process in the region.|REAFFIRMATION Reaffirms Joseph R. Biden + Yoon Suk Yeol",
        "leaders|12. Decides to remain actively seized of the matter.|AGREEMENT Decides Joseph R. Biden + Yoon Suk Yeol",
        "leaders|(b) Commits to provide logistical support to the mission.|PLEDGE Commits Joseph R. Biden + Yoon Suk Yeol",
        "leaders|iv. Undertakes to review the mandate of the mission.|PLEDGE Undertakes Joseph R. Biden + Yoon Suk Yeol",
        "leaders|Agreed to convene the next meeting in Addis Ababa.|AGREEMENT Agreed Joseph R. Biden + Yoon Suk Yeol",
        "leaders|Reaffirmed our commitment to the Charter of the United Nations.|REAFFIRMATION Reaffirmed Joseph R. Biden + Yoon Suk Yeol",
        "none|7. Decides to remain actively seized of the matter.|AGREEMENT Decides ",
        // "The Meeting": the parties met as a body
        "leaders|The Meeting agreed to hold the next session in Manila.|AGREEMENT agreed Joseph R. Biden + Yoon Suk Yeol",
        "leaders|Both sides agreed that the two countries should deepen cooperation on ocean science.|AGREEMENT agreed Joseph R. Biden + Yoon Suk Yeol",
        // an organisation called by the noun its name ends with
        "eu-gcc|The Council decided to deploy an observer mission.|AGREEMENT decided Peace and Security Council",
        "eu-gcc|The Union will continue to support the mission.|PLEDGE will European Union",
        // a second verb of the subject after a prepositional "as" or an adverbial clause
        "leaders|They condemned the missile launches, including those of today, as a violation of the resolutions and committed to maintain close coordination.|PLEDGE committed Joseph R. Biden + Yoon Suk Yeol",
        "leaders|President Biden praised the resilience of the people as they rebuild their towns and pledged continued support.|PLEDGE pledged Joseph R. Biden",
        // the parties' meeting place, then what they did there
        "leaders|President Biden hosted President Yoon at the Space Center, where they reaffirmed their resolve to expand space cooperation.|REAFFIRMATION reaffirmed Joseph R. Biden + Yoon Suk Yeol",
        // parties not known: the group references still pledge, with no actors
        "none|After taking these actions, the Parties will establish a mechanism.|PLEDGE will ",
        "none|The Parties commit to take the following actions by May 14, 2025:|PLEDGE commit ",
        // in a statement made together, "we" is the issuers even when they are not known
        "together|We will continue to work together to strengthen energy security.|PLEDGE will ",
        "together|We'll continue to stand with the people of Ukraine.|PLEDGE We'll ",
    })
    void findsPledgesInTheLanguageOfStatementsInGeneral(String set, String sentence,
            String expected) {
        List<PledgeFinder.Found> found = find(false, parties(set), set.equals("together"),
                sentence);
        String got = found.isEmpty() ? "none" : found.get(0).pledge().kind() + " "
                + found.get(0).pledge().verb() + " "
                + String.join(" + ", found.get(0).pledge().actors());
        assertThat(got.strip()).isEqualTo(expected.strip());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "leaders|The three leaders will discuss expanding trilateral cooperation.",
        "leaders|To mark the occasion, President Biden will travel to Irvine, California, on October 14th.",
        "leaders|This afternoon, President Biden will outline his vision for advancing racial equity.",
        "leaders|The United States welcomed the ROK's commitment to building capabilities.",
        "leaders|The leaders underscored the importance of collaboration in energy.",
        "leaders|Both countries underscored the need to deter malicious cyber activities.",
        "leaders|President Biden looks forward to hosting President Yoon next year.",
        "leaders|Exports from the United States, in turn, will grow.",
        "leaders|The Agreement on Reciprocal Trade will build upon our longstanding relationship.",
        "none|They will meet again in June.",
        "quad|As we commit to a green transition, emissions will fall.",
        "us-eu|EU members will decide on their own.",
        "quad|If we commit to the plan, costs will fall.",
        "quad|Russia and China will continue their exercises.",
        "quad|The United States and its workers will benefit from the exercises.",
        "quad|As businesses ramp back up without knowing how many workers they will need, some will look elsewhere.",
        "none|We will have the first of those frigates in the water in this decade.",
        "none|We'll get the first of those frigates in the water in this decade.",
        "leaders|The leaders agreed for the most part with the assessment.",
        "quad|The United Kingdom commitment to the region is strong.",
        "leaders|The leaders noted that the talks are productive and will continue next year.",
        "leaders|We note that the Task Force is established and will work to reduce emissions.",
        "leaders|The leaders welcomed the plan that sets out measures and commits funds.",
        "leaders|The leaders stressed the commitment to peace of the people of the region.",
        "leaders|The leaders discussed their commitment to continue providing support.",
        "leaders|The leaders confirmed a commitment to peace of the people of the region.",
        "leaders|President Biden welcomed the ROK's commitment to building capabilities.",
        "leaders|They underscored the continued commitment of the United States to provide support.",
        "none|The United States will remove its reciprocal tariffs.",
        "quad|Commitments to universal values unite us, and will endure.",
        "quad|Exports from the United States and Japan will grow.",
        "leaders|The leaders welcomed the accord, which was signed in May and renewed in 2023.",
        "eu-gcc|The Mission will deploy observers.",
        "leaders|Pledges of support were announced by donors.",
        "leaders|Commits to sharing its vaccines with other countries.",
        "leaders|Reiterates its deep concern over the humanitarian situation.",
        "leaders|Committed to peace, the people of the region have rebuilt their towns.",
        "leaders|Decided in 2019, the plan has run its course.",
        "leaders|The Meeting will be held in Manila next year.",
        "leaders|The meeting will review the progress of the working groups.",
        "leaders|The leaders agreed that Iran should return to the negotiations.",
        "leaders|The leaders visited the region, where they will open a consulate next year.",
        "leaders|The leaders spoke of a world where Russia committed to peace.",
        "leaders|They agreed that all sides should pursue diplomatic efforts.",
        "leaders|The meeting reaffirmed the significant progress made in our relationship.",
        "leaders|The Ministers called on Iran to cease its nuclear escalation.",
        "leaders|The Ministers expressed concern that the talks will stall.",
        "quad|Thanks to our diplomacy, our partners and Allies have committed to releasing oil.",
        "none|Through the initiative, these organizations will train teachers.",
        "leaders|In the view of experts the talks will continue.",
        "leaders|Exchanges between our peoples and our governments will grow.",
        "leaders|The market confirmed to us that prices will fall.",
        "leaders|The two exercises will demonstrate readiness.",
    })
    void findsNoPledgeWhereTheLanguageOfStatementsMakesNone(String set, String sentence) {
        assertThat(find(false, parties(set), set.equals("together"), sentence)).isEmpty();
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
    void theOperativePartOfADecisionOpensWithTheBodysVerbs() {
        List<PledgeFinder.Found> found = find(false, parties("none"), true,
                "The Council, at its meeting held on 5 May 2024, adopted the following decision:",
                "Takes note of the briefing by the Commissioner;",
                "Reaffirms its commitment to the unity and territorial integrity of the country;",
                "Decides to remain actively seized of the matter.");
        assertThat(found).extracting(f -> f.pledge().text()).containsExactly(
                "Reaffirms its commitment to the unity and territorial integrity of the country;",
                "Decides to remain actively seized of the matter.");
        assertThat(find(false, parties("none"), true, "Botswana",
                "Commits to sharing its vaccines with other countries.")).isEmpty();
    }

    @Test
    void theyIsTheIssuersOfAStatementMadeTogetherWhoseIssuersAreNotKnown() {
        assertThat(find(false, parties("none"), true, "The Ministers met in Accra.",
                "They also agreed to meet annually.")).hasSize(1);
        assertThat(find(false, parties("none"), false, "The delegates met in Accra.",
                "They also agreed to meet annually.")).isEmpty();
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
    void capitalisedVerbItemsAfterALeadThatEndsWithToArePledgesOfTheSameParties() {
        List<PledgeFinder.Found> found = find(false, leaders(),
                "We, the Leaders of the two countries, met today.",
                "Hereby decide to:",
                "Explore collaboration on digital solutions and smart grids;",
                "Reaffirm our commitment to the settlement of disputes through peaceful means;",
                "Promote digital literacy of users.",
                "The Agreement enters into force today.");
        assertThat(found).extracting(f -> f.pledge().text()).containsExactly(
                "Hereby decide to:",
                "Explore collaboration on digital solutions and smart grids;",
                "Reaffirm our commitment to the settlement of disputes through peaceful means;",
                "Promote digital literacy of users.");
        assertThat(found.get(1).pledge().kind().name()).isEqualTo("AGREEMENT");
        assertThat(found.get(3).pledge().actors()).containsExactly("Joseph R. Biden",
                "Yoon Suk Yeol");
    }

    @Test
    void verbItemsAfterALeadThatEndsWithAnotherColonArePledgesWhenTheirVerbIsAnItemVerb() {
        List<PledgeFinder.Found> found = find(false, leaders(),
                "Furthermore, we committed to de-escalating tensions through the following measures:",
                "Implement military de-escalation under the observation of the observers. This"
                        + " includes the removal of heavy weapons.",
                "Refrain from disseminating false information;",
                "Military cooperation remains strong.");
        assertThat(found).extracting(f -> f.pledge().text()).containsExactly(
                "Furthermore, we committed to de-escalating tensions through the following measures:",
                "Implement military de-escalation under the observation of the observers.",
                "Refrain from disseminating false information;");
    }

    @Test
    void aBareItemMarkerIsNoPledge() {
        List<PledgeFinder.Found> found = find(false, leaders(),
                "Today, we commit to the following:",
                "a. We will strengthen sanctions. They will bite.",
                "b.",
                "We will support the people of Ukraine.");
        assertThat(found).extracting(f -> f.pledge().text()).doesNotContain("b.");
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
