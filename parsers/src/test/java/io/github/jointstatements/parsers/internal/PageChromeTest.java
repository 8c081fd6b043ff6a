package io.github.jointstatements.parsers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The chrome of rendered pages, line by line, and the lines that look like it but are text. */
class PageChromeTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "###", "\\###", "* * *", "-", "Share this", "No comments:", "Immediate Release",
        "FILE - The minister speaks to reporters in the capital", "Photo: Ministry of Defence",
        "IMG_2041.jpg", "Webp 19edited", "banner.png", "02 6277 7800",
        "Jane Doe (Minister's Office): +61 400 000 000", "Tel. (202) 555-0100",
        "Facebook Twitter LinkedIn WhatsApp", "Facebook Twitter Instagram YouTube Friday, May 10, 2024",
        "Jane Roe Jane Roe", "- ENDS -", "HomeNewsWorld News Ministers meet in Oslo...",
        "Home > Statements > Joint statement", "70.7 F", "21 °C", "Begin text:", "Details",
        "(AGENCY) - 18 February 2021 You are subscribed to Press Releases for U.S. Department of"
                + " State. This information has recently been updated, and is now available."})
    void chrome(String line) {
        assertThat(PageChrome.isChrome(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The ministers met in Paris on 20 January 2016.", "Action Plan 2019-2020",
        "The two leaders agreed to meet again in 2025 and 2026.", "Call 1800 020 080 for help.",
        "Joint Statement on Maritime Security", "Share the burden of collective defence",
        "They discussed Facebook, Twitter and other platforms and their duties.", "Media contact",
        "New partnerships in the region", "Homeland security cooperation", "1.5 C of warming",
        "Joint Statement on Andoria 02/18/2021 02:13 PM EST"})
    void notChrome(String line) {
        assertThat(PageChrome.isChrome(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Press release", "News story", "Release details", "Media contact:",
        "Office of the Press Secretary", "BY", "For Immediate Release"})
    void headerLabels(String line) {
        assertThat(PageChrome.isHeaderLabel(line)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Press release: PM call with the President of Andoria: 4 March 2024|PM call with the President of Andoria: 4 March 2024",
        "News release: Ministers meet in Oslo|Ministers meet in Oslo"})
    void aLabelBeforeAHeadlineComesOff(String line, String headline) {
        assertThat(PageChrome.afterLabel(line)).hasValue(headline);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Prime Minister of Andoria|Prime Minister of Andoria",
        "Andoria - Ministry of External Affairs|Ministry of External Affairs",
        "The Office of the Spokesperson|The Office of the Spokesperson",
        "Minister for Defence|Minister for Defence"})
    void issuerBanners(String line, String issuer) {
        assertThat(PageChrome.issuerNamed(line)).hasValue(issuer);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Prime Minister of Andoria visits Oslo",
        "President of the Council on the summit of 2024", "Joint Statement of the Ministers"})
    void headlinesNameNoIssuer(String line) {
        assertThat(PageChrome.issuerNamed(line)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Related Posts", "Leave a Reply", "You might also like", "More News",
        "Media enquiries:", "Posted by Jane Roe at 9:41 PM", "Labels: defence, diplomacy",
        "Read full article", "Notes to editors", "2 comments:", "12 Responses"})
    void footerOpenings(String line) {
        assertThat(PageChrome.opensFooter(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"The ministers posted by the embassy met the press.",
        "Related ministries will implement the plan."})
    void textIsNoFooter(String line) {
        assertThat(PageChrome.opensFooter(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tag: Downing Street", "Tag Archives: european council",
        "Showing posts with label GENEVA. Show all posts", "Category Archives: Statements",
        "Subscribe to European Council feed", "S'abonner à flux Diplomatie Allemagne"})
    void listingHeadings(String line) {
        assertThat(PageChrome.isListingHeader(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Subscribe to: Post Comments (Atom)", "Tags: Ukraine, NATO",
        "Joint Statement on the Tag Team Initiative", "Category archives of the ministry were opened."})
    void notListingHeadings(String line) {
        assertThat(PageChrome.isListingHeader(line)).isFalse();
    }

    private static final String DIR = "/io/github/jointstatements/parsers/pages/";

    /** Every chrome line, start, phrase and share bar of the tables is chrome in any case. */
    @org.junit.jupiter.api.Test
    void the_tables_chrome_is_chrome_in_any_case() {
        java.util.List<String> lines = new java.util.ArrayList<>();
        lines.addAll(WordLists.load(PageChrome.class, DIR + "chrome-lines.txt"));
        for (String start : WordLists.load(PageChrome.class, DIR + "chrome-starts.txt")) {
            lines.add(start + " the ministers at the summit");
        }
        for (String phrase : WordLists.load(PageChrome.class, DIR + "chrome-phrases.txt")) {
            lines.add("On 5 May " + phrase + " for the ministers of the two countries");
        }
        for (String network : WordLists.load(PageChrome.class, DIR + "social-networks.txt")) {
            lines.add(network + " " + network + " " + network + " May 5, 2024");
        }
        for (String line : lines) {
            for (String variant : java.util.List.of(line, line.toUpperCase(java.util.Locale.ROOT),
                    titleCase(line))) {
                assertThat(PageChrome.isChrome(variant)).as(variant).isTrue();
            }
        }
    }

    private static String titleCase(String line) {
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            out.append(i == 0 || line.charAt(i - 1) == ' ' ? Character.toUpperCase(c) : c);
        }
        return out.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"PHOTO: Ministry of Defence", "FACEBOOK TWITTER LINKEDIN WHATSAPP",
        "Share This", "IMG_2041.JPG", "Tel. (202) 555-0100", "JANE ROE JANE ROE",
        "FILE PHOTO \u0130stanbul", "COOKIE CONSENT \u212A", "Photo: \u03A3\u03A3"})
    void chrome_in_capitals_and_with_characters_lower_cased_by_context(String line) {
        assertThat(PageChrome.isChrome(line)).isTrue();
    }
}
