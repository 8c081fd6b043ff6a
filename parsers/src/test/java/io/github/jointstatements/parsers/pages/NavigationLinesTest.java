package io.github.jointstatements.parsers.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A site's navigation among header lines: trails, menus, navigation words. */
class NavigationLinesTest {

    @ParameterizedTest
    @ValueSource(strings = {"You are in: Home > Press Relations > Press Releases > 2005",
        "Home » News » Statements"})
    void a_breadcrumb_trail(String line) {
        assertThat(NavigationLines.isTrail(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Home > News", "Joint Statement on the 2 > 1 rule",
        "The ministers met > today"})
    void one_mark_is_no_trail(String line) {
        assertThat(NavigationLines.isTrail(line)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "U.S. Public Diplomacy | Daily Press Briefing | What's New;true",
        "Home | News | Contact;true",
        "Date: June 22, 2019 | Source: Naenara News | Read original;false",
        "Joint Statement | Office of the Spokesperson;false",
        "Home | News | The ministers of the two countries met today in Paris;false"})
    void a_menus_links_between_bars(String line, boolean menu) {
        assertThat(NavigationLines.isMenu(line)).isEqualTo(menu);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Search|true", "Search Advanced Search|true",
        "Log in|true", "Searching for peace|false", "Paris|false"})
    void navigation_words(String part, boolean navigation) {
        assertThat(NavigationLines.isNavigation(part)).isEqualTo(navigation);
    }
}
