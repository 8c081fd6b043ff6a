package io.github.jointstatements.parsers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrganisationsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            GUAM                                  | GUAM Organization for Democracy and Economic Development
            the Non-Aligned Movement              | Non-Aligned Movement
            NAM                                   | Non-Aligned Movement
            the Commission of the African Union   | African Union Commission
            African Union                         | African Union
            the Group of 77                       | Group of 77
            G-77                                  | Group of 77
            the Nordic Council of Ministers       | Nordic Council of Ministers
            the Organisation of American States   | Organization of American States
            Economic Commission for Africa        | United Nations Economic Commission for Africa
            the Inter-American Commission on Human Rights | Inter-American Commission on Human Rights
            the Benelux                           | Benelux Union
            the Turkic Council                    | Organization of Turkic States
            UfM                                   | Union for the Mediterranean
            """)
    void namesTheOrganisationTheWholeTextNames(String text, String name) {
        assertThat(Organisations.named(text)).contains(name);
    }

    @Test
    void readsAbbreviationsInTheirExactCaseOnly() {
        assertThat(Organisations.named("Guam")).isEmpty();
        assertThat(Organisations.named("nam")).isEmpty();
        assertThat(Organisations.first("Remarks on Guam and the NAM"))
                .map(Organisations.Found::name).contains("Non-Aligned Movement");
    }

    @Test
    void tellsAnOrganFromItsParent() {
        assertThat(Organisations.last("Chairperson of the African Union Commission"))
                .map(Organisations.Found::name).contains("African Union Commission");
        assertThat(Organisations.first("Assembly of the African Union"))
                .map(Organisations.Found::name).contains("Assembly of the African Union");
    }
}
