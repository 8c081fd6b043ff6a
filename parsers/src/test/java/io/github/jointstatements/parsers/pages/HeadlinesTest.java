package io.github.jointstatements.parsers.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The headline of a text page among its lines. */
class HeadlinesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Joint|Press Release after the trilateral meeting of the Ministers",
        "FINAL|COMMUNIQUE OF THE SUMMIT OF THE LEADERS",
        "JOINT COMMUNIQUE|VISIT OF THE PRIME MINISTER OF JAPAN"})
    void a_headline_broken_after_its_first_words(String line, String next) {
        assertThat(Headlines.opensHeadline(line, next)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Joint Statement|Richard Boucher",
        "Media Note|Office of the Spokesman of the Department", "Joint|Ministers met in the capital."})
    void a_label_over_a_name_is_no_broken_headline(String line, String next) {
        assertThat(Headlines.opensHeadline(line, next)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Joint Statement on Trade and Investment", "G7 Leaders' Statement",
        "2023 Joint Declaration of the Ministers"})
    void a_line_that_reads_as_a_headline(String line) {
        assertThat(Headlines.isHeadline(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"COAG Meeting Communiqué, 29 November 2008",
        "Joint Statement, 5 May 2020"})
    void a_short_dated_line_naming_a_document_is_a_headline_not_a_clock(String line) {
        assertThat(Headlines.isHeadline(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Leaders at the summit (Photo: PIB)", "The ministers at the summit, image by ANI",
        "A handshake in Lima | Photo credit: Reuters", "Delegations meet - Photo: AFP"})
    void a_photos_caption_with_its_credit(String line) {
        assertThat(Headlines.isCaption(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"In Photos: the President's visit to Lima", "Joint Statement on Photo Sharing",
        "Image of the week"})
    void no_caption(String line) {
        assertThat(Headlines.isCaption(line)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"JOINT COMMUNIQUE|true", "Joint Statement|true",
        "Final Declaration|true", "Joint Media Statement|true", "Statement|true",
        "Foreign Ministers Meeting|false", "Joint Statement on Trade|false", "Media Center|false",
        "Press Release|false", "(Media Release)|false", "[News Release]|false"})
    void a_line_that_is_a_document_kinds_name_alone(String line, boolean kindName) {
        assertThat(Headlines.isKindName(line)).isEqualTo(kindName);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"COAG Meeting Communiqué,;true",
        "Joint Statement,;true", "PM call with President Trump,;false", "Joint Statement on Trade,;false"})
    void a_headline_that_ends_with_a_kind_name_before_a_comma_keeps_its_date(String head,
            boolean keeps) {
        assertThat(Headlines.endsWithKindName(head)).isEqualTo(keeps);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The ministers met today.", "joint statement on trade",
        "Saturday, 17 April 2021 greek english", "Statement", "Washington",
        "General News of Saturday, 20 February 2010", "Posted on Tuesday, March 3, 2015 by Admin",
        "Prime Minister Perez was accorded a 21 gun salute at the ceremonial welcome, image by ANI",
        "PM receives President Perez at Hyderabad House (Photo: PIB)",
        "The PM and the President meet at the G8; Crown copyright",
        "The following is the full text of the Arcadia-Ruritania Joint Declaration"})
    void a_line_that_reads_as_no_headline(String line) {
        assertThat(Headlines.isHeadline(line)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"The ministers met today.|true",
        "A Downing Street spokesperson said:|true", "Mr. Secretary Tillerson,|true",
        "(The text of the statement follows.)|true", "Joint Statement on Trade|false",
        "Note:|false", "Following is the text of the Joint Statement|true",
        "Photo Gallery of the Summit|false"})
    void a_line_that_reads_as_text(String line, boolean text) {
        assertThat(Headlines.isText(line)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Joint Statement|true", "Chairman's Press Release|true",
        "Gemeinsame Erklärung|true", "Media Center|false", "Ukraine|false"})
    void a_headline_that_names_a_kind_of_document(String headline, boolean names) {
        assertThat(Headlines.namesDocument(headline)).isEqualTo(names);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Joint Communiqué - Meeting of Ministers - African Business Magazine|Joint Communiqué – Meeting of Ministers|true",
        "Press Releases EEAS : Remarks by the High Representative at the press conference|Remarks by the High Representative at the press conference|true",
        "Home International Joint statement: Prime Ministers of Australia and New Zealand|Joint statement: Prime Ministers of Australia and New Zealand|true",
        "Joint Statement on Trade|Joint Statement on Trade|false",
        "Joint Statement on Trade and Investment between the two countries|Joint Statement on Trade|false",
        "Chinese vice FM holds talks with visiting U.S. officials-Xinhua|Chinese vice FM holds talks with visiting U.S. officials|true",
        "Joint Statement on the Andoria-Ruritania Partnership|Joint Statement on the Andoria|false"})
    void a_line_that_is_the_title_without_the_sites_name(String title, String line,
            boolean without) {
        assertThat(Headlines.withoutSiteName(title, line)).isEqualTo(without);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Media Center|Joint Statement of the Ministers|true",
        "Joint Statement|Joint Statement of the Ministers|false",
        "Media Center|Joint|false"})
    void a_short_first_headline_naming_no_document_is_a_sites_section(String title, String next,
            boolean section) {
        assertThat(Headlines.isSectionName(title, next)).isEqualTo(section);
    }

    @Test
    void an_address_in_brackets_leaves_the_headline() {
        assertThat(Headlines.withoutAddress(
                "Joint Statement [ https://www.state.gov/joint-statement/ ] 02/18/2021"))
                .isEqualTo("Joint Statement 02/18/2021");
        assertThat(Headlines.addressIn("Joint Statement [ https://www.state.gov/a/ ]"))
                .hasValueSatisfying(uri -> assertThat(uri.getHost()).isEqualTo("www.state.gov"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Joint Statement of the Foreign Ministers of|true",
        "Joint Statement on Trade,|true", "Joint Statement on Trade|false"})
    void a_headline_cut_after_a_linking_word_is_open(String headline, boolean open) {
        assertThat(Headlines.endsOpen(headline)).isEqualTo(open);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Full text of joint communique|true",
        "FULL TEXT: Chairman's statement|true", "Text of the Joint Declaration|true",
        "Joint Declaration full text|false"})
    void a_headline_that_announces_the_originals(String title, boolean announces) {
        assertThat(Headlines.announcesOriginal(title)).isEqualTo(announces);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "FULL TEXT: Chairman's statement of the summit|Chairman's statement of the summit",
        "Full text: short|Full text: short", "Joint Statement|Joint Statement"})
    void a_news_sites_full_text_label_leaves_the_headline(String title, String headline) {
        assertThat(Headlines.withoutFullTextLabel(title)).isEqualTo(headline);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the page's title cut short, then the document's own heading
        "Joint Declaration Adopted At The Concl.Of The Meeting Between The President Of Andoria,Prime Minister Of Ruritania|Joint Declaration Adopted At The Conclusion Of The Trilateral Meeting Held Among The President Of Andoria, Prime Minister Of Ruritania|true",
        "Joint statement of Defence Ministers under B9 format: Operationalisation of new BattleGroups...|Joint statement of Defence Ministers under B9 format: Operationalisation of new BattleGroups remains major priority|true",
        // a title not cut short stays: the headline with a year, a deck under it
        "Sino-Indian Joint Press Communique|Sino-Indian Joint Press Communique 1988|false",
        "Joint Statement on Trade|Joint Statement on Trade between Andoria and Ruritania in Lima|false",
        // a line that is no headline, another headline
        "Joint Communique of the Ministers...|Joint Communique of the Ministers was issued today.|false",
        "U.S.-Andoria Joint Statement...|Readout of the Secretary's Meeting with the Minister of Andoria|false"})
    void a_line_that_writes_out_a_title_cut_short(String title, String line, boolean expands) {
        assertThat(Headlines.expands(title, line)).isEqualTo(expands);
    }
}
