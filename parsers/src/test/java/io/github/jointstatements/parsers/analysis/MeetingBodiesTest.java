package io.github.jointstatements.parsers.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The one reader of "an organisation's meeting opens the text", read both ways on the same
 * openings: the party (the shortest name the title or opening writes) and the publisher (the
 * name the opening writes out).
 */
class MeetingBodiesTest {

    private static final MeetingBodies MEETINGS = new MeetingBodies(Gazetteer.get());

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        // the organisation whose meeting is the opening's subject
        "Communique of the Summit#The Forty-Fourth Regular Meeting of the Conference of Heads of"
                + " Government of the Caribbean Community (CARICOM) was held from 15-17 February"
                + " 2023.#CARICOM#Caribbean Community",
        "Final Communique#1.The forty-fifth Ordinary Session of the Authority of Heads of State"
                + " and Government of the Economic Community of West African States (ECOWAS) was"
                + " convened in Accra on 10 July 2014.#ECOWAS#Economic Community of West African"
                + " States",
        "Final Communique#1. The Sixtieth Ordinary Session of the Authority of Heads of State and"
                + " Government of the Economic Community of West African States (ECOWAS) was held"
                + " on 7 July 2022 in Accra.#ECOWAS#Economic Community of West African States",
        "Communiqué#The Extraordinary Summit of the Southern African Development Community Heads"
                + " of State and Government met in Pretoria on 27 January 2009.#Southern African"
                + " Development Community#Southern African Development Community",
        "Communiqué of the SADC Summit#The Extraordinary Summit of the Southern African"
                + " Development Community Heads of State and Government met in Pretoria.#SADC"
                + "#Southern African Development Community",
        "Forum Communiqué#The Fifty-First (51st) Pacific Islands Forum was held in Suva, Fiji"
                + " from 11 – 14 July 2022.#Pacific Islands Forum#Pacific Islands Forum",
        "Joint Communiqué of the Meeting of the Council of Heads of State#On 15 June 2006, the"
                + " Council of Heads of State of the Shanghai Cooperation Organization met in"
                + " Shanghai.#Shanghai Cooperation Organization#Shanghai Cooperation Organization",
        "Final Communique#On 10 June 2019, the Council of Heads of State of the Shanghai"
                + " Cooperation Organization (hereinafter the SCO) met in Bishkek.#SCO#Shanghai"
                + " Cooperation Organization",
        "Final Communique#The Thirtieth Inter-Sessional Meeting of the Conference of Heads of"
                + " Government of the Caribbean Community (CARICOM) was convened in Bridgetown."
                + "#CARICOM#Caribbean Community",
        "Communique of the 22nd Extra-Ordinary Session#ADDIS ABABA, 24th of May 2013 [MIC] The"
                + " IGAD Heads of State and Government held its 22nd extraordinary summit in Addis"
                + " Ababa.#IGAD#-",
        // members in the plural meet as the body
        "Communiqué#The Leaders of the Pacific Islands Forum met in Tuvalu on 15 August 2019."
                + "#Pacific Islands Forum#Pacific Islands Forum",
        "Joint Communiqué#1. We, the Foreign Ministers of the Association of Southeast Asian"
                + " Nations (ASEAN), met on 31 July 2019 in Bangkok.#ASEAN#Association of Southeast"
                + " Asian Nations",
        "Communiqué#The Heads of State and Government of the Southern African Development"
                + " Community met in Windhoek.#Southern African Development Community#Southern"
                + " African Development Community",
        // members of states, not of an organisation; ministers not in the plural before it
        "Communiqué#The Foreign Ministers of Brazil and the African Union met in Brasilia.#-#-",
        "Communiqué#The Ministers met with the Secretary General of the African Union.#-#-",
        // an organisation named by its abbreviation alone is a party, but publishes nothing
        "Summary#The G8 Foreign Ministers' Meeting was held in New York on 11 November.#G8#-",
        // a meeting of states, of two organisations, of persons: none
        "Joint Communiqué#The EU-China Summit was held in Beijing on 12 July 2023.#-#-",
        "Joint Communiqué#The Summit of the African Union and the European Union was held in"
                + " Brussels.#-#-",
        "Joint Communiqué#The meeting of H.E. Mr. Jacob Zuma and the SADC Executive Secretary"
                + " was held in Pretoria.#-#-",
        "Joint Communiqué#The leaders of ASEAN welcomed the progress made since the summit.#-#-",
        // one person's office is no meeting of the organisation
        "Readout#The President of the European Commission met the Prime Minister in Brussels.#-#-",
        "Readout#The Secretary General of the Council of Europe met the Foreign Minister.#-#-",
        // a joint statement has several issuers, whatever body they met in
        "Joint Statement of the Council#The fourth meeting of the North Atlantic Council took"
                + " place in Vilnius.#-#-",
        // an organisation named after the verb
        "Declaration#The Heads of State met at the Summit of the South Asian Association for"
                + " Regional Cooperation (SAARC).#-#-",
        // the subject far into a long paragraph is no opening's
        "Communiqué#In a long day of talks that covered trade, security, climate, health, energy,"
                + " migration, education, culture, science, space, the digital economy and much"
                + " else besides, officials from many states, agencies and firms worked late into"
                + " the evening, and on the following morning the Council of the European Union"
                + " met in Luxembourg.#-#-",
    })
    void readsTheOrganisationWhoseMeetingTheOpeningReports(String title, String text,
            String party, String publisher) {
        List<Sentence> sentences = SentenceSplitter.split(List.of(text), Integer.MAX_VALUE,
                Integer.MAX_VALUE);
        assertThat(MEETINGS.organisation(sentences, title).map(GroupOpening.Named::surface)
                .orElse("-")).as("party").isEqualTo(party);
        assertThat(MeetingBodies.publisher(title, List.of(text)).orElse("-")).as("publisher")
                .isEqualTo(publisher);
    }
}
