package io.github.jointstatements.parsers.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcronymsTest {

    private static Acronyms find(String... paragraphs) {
        return Acronyms.find(SentenceSplitter.split(List.of(paragraphs), 100, 100));
    }

    @ParameterizedTest(name = "{1} = {2}")
    @CsvSource(delimiter = '|', value = {
        "They revised the Tailored Deterrence Strategy (TDS) this year.|TDS|Tailored Deterrence Strategy",
        "They condemned the Democratic People's Republic of Korea's (DPRK) provocations.|DPRK|Democratic People's Republic of Korea",
        "They will hold the Deterrence Strategy Committee Table-top Exercise (DSC TTX) in February.|DSC TTX|Deterrence Strategy Committee Table-top Exercise",
        "It supports the Access to COVID-19 Tools Accelerator (ACT-A) efforts.|ACT-A|Access to COVID-19 Tools Accelerator",
        "Production in Senegal through the Fondation Institut Pasteur de Dakar (IPD) grew.|IPD|Fondation Institut Pasteur de Dakar",
        "Support came from the U.S. International Development Finance Corporation (DFC) and others.|DFC|U.S. International Development Finance Corporation",
        "They moved forward with a U.S.-Norway Memorandum of Understanding (MOU) Concerning Trade.|MOU|Memorandum of Understanding",
        "It went to Wisma Putra’s own Malaysia’s Diplomatic Equipment Stockpile (MDES) which grew.|MDES|Malaysia’s Diplomatic Equipment Stockpile",
        "They discussed I2U2 (Israel, India, United States, UAE), which leverages innovation.|I2U2|Israel, India, United States, UAE",
        "It ratified the Comprehensive and Progressive Trans-Pacific Partnership (CPTPP) soon.|CPTPP|Comprehensive and Progressive Trans-Pacific Partnership",
        "President Biden's Partnership for Global Infrastructure and Investment (PGII) grows.|PGII|Partnership for Global Infrastructure and Investment",
        "They welcomed the Initiative for ASEAN Integration (IAI) Work Plan IV.|IAI|Initiative for ASEAN Integration",
        "Members of the American Society of Association Executives (ASAE) attended.|ASAE|American Society of Association Executives",
        "They support the United Nations Convention on the Law of the Sea (UNCLOS) fully.|UNCLOS|United Nations Convention on the Law of the Sea",
        "It chairs the Indian Ocean Rim \u2011 Association for Regional Cooperation (IOR\u2011ARC) now.|IOR\u2011ARC|Indian Ocean Rim \u2011 Association for Regional Cooperation",
        "She is Chairperson of the African Union Commission, (AUC), since March.|AUC|African Union Commission",
        "The Shanghai Cooperation Organisation (hereinafter referred to as the \"SCO\") met.|SCO|Shanghai Cooperation Organisation",
        "They fund each Skilled Nursing Facility (“SNF”) inspected.|SNF|Skilled Nursing Facility",
    })
    void findsDefinitions(String sentence, String acronym, String longForm) {
        assertThat(find(sentence).asMap()).containsExactly(java.util.Map.entry(acronym, longForm));
    }

    @ParameterizedTest(name = "none in: {0}")
    @CsvSource(delimiter = '|', value = {
        "The Government of the United States of America (the \"United States\") agreed.",
        "The summit (May 15, 2020) was virtual.",
        "They met in Paris (France) today.",
        "The Alliance (ROK) is strong.",
        "An unclosed (TDS parenthesis.",
    })
    void findsNoneWithoutADefinition(String sentence) {
        assertThat(find(sentence).asMap()).isEmpty();
    }

    @Test
    void findsADefinitionOnlyTheTitleGives() {
        Acronyms acronyms = Acronyms.find(SentenceSplitter.split(List.of(
                "The Summit met in Maputo. SADC will meet again in 2024."), 100, 100),
                "Communiqué of the Summit of the Southern African Development Community (SADC)");
        assertThat(acronyms.asMap()).containsExactly(
                java.util.Map.entry("SADC", "Southern African Development Community"));
        assertThat(Acronyms.inTitle(acronyms.definitions().get(0))).isTrue();
    }

    @Test
    void keepsTheFirstDefinitionAndResolvesLaterUses() {
        Acronyms acronyms = find("They agreed on the Defense Trilateral Talks (DTT).",
                "They will hold Defense Trilateral Talks (DTT) soon. The DTT will meet.");
        assertThat(acronyms.definitions()).hasSize(1);
        assertThat(acronyms.longForm("DTT")).contains("Defense Trilateral Talks");
        assertThat(acronyms.acronymOf("defense trilateral talks")).contains("DTT");
        assertThat(acronyms.longForm("SCM")).isEmpty();
    }
}
