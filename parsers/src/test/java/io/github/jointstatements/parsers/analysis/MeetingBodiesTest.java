package io.github.jointstatements.parsers.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeetingBodiesTest {

    private static final MeetingBodies MEETINGS = new MeetingBodies(Gazetteer.get());

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        // the organisation whose meeting is the opening's subject, by the shortest form written
        "Communique of the Summit#The Forty-Fourth Regular Meeting of the Conference of Heads of"
                + " Government of the Caribbean Community (CARICOM) was held from 15-17 February"
                + " 2023.#CARICOM",
        "Final Communique#1.The forty-fifth Ordinary Session of the Authority of Heads of State"
                + " and Government of the Economic Community of West African States (ECOWAS) was"
                + " convened in Accra on 10 July 2014.#ECOWAS",
        "Communiqué#The Extraordinary Summit of the Southern African Development Community Heads"
                + " of State and Government met in Pretoria on 27 January 2009.#Southern African"
                + " Development Community",
        "Communiqué of the SADC Summit#The Extraordinary Summit of the Southern African"
                + " Development Community Heads of State and Government met in Pretoria.#SADC",
        "Forum Communiqué#The Fifty-First (51st) Pacific Islands Forum was held in Suva, Fiji"
                + " from 11 – 14 July 2022.#Pacific Islands Forum",
        "Joint Communiqué of the Meeting of the Council of Heads of State#On 15 June 2006, the"
                + " Council of Heads of State of the Shanghai Cooperation Organization met in"
                + " Shanghai.#Shanghai Cooperation Organization",
        "Communique of the 22nd Extra-Ordinary Session#ADDIS ABABA, 24th of May 2013 [MIC] The"
                + " IGAD Heads of State and Government held its 22nd extraordinary summit in Addis"
                + " Ababa.#IGAD",
        // a meeting of states, of two organisations, of persons: none
        "Joint Communiqué#The EU-China Summit was held in Beijing on 12 July 2023.#-",
        "Joint Communiqué#The Summit of the African Union and the European Union was held in"
                + " Brussels.#-",
        "Joint Communiqué#The meeting of H.E. Mr. Jacob Zuma and the SADC Executive Secretary"
                + " was held in Pretoria.#-",
        "Joint Communiqué#The leaders of ASEAN welcomed the progress made since the summit.#-",
    })
    void readsTheOrganisationWhoseMeetingTheOpeningReports(String title, String text,
            String expected) {
        List<Sentence> sentences = SentenceSplitter.split(List.of(text), Integer.MAX_VALUE,
                Integer.MAX_VALUE);
        assertThat(MEETINGS.organisation(sentences, title).map(GroupOpening.Named::surface)
                .orElse("-")).isEqualTo(expected);
    }
}
