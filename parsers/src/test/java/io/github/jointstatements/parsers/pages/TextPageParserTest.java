package io.github.jointstatements.parsers.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jointstatements.parsers.Format;
import io.github.jointstatements.parsers.Input;
import io.github.jointstatements.parsers.Page;
import io.github.jointstatements.parsers.StatementParser;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Rendered page text from any site: the headline, the dateline, the original of a repost. */
class TextPageParserTest {

    private static final StatementParser PARSER = StatementParser.create();

    @Test
    void a_source_line_names_the_original_of_a_repost() throws Exception {
        String text = """
                Monday, March 4, 2024

                Joint Statement on the U.S.-Andoria Strategic Dialogue

                Source: https://www.state.gov/joint-statement-on-the-u-s-andoria-strategic-dialogue/ March 1, 2024

                The United States and Andoria held their third Strategic Dialogue in Washington \
                and reaffirmed their commitment to a free and open region.

                The two sides agreed to meet again next year.
                """;
        Page page = PARSER.page(Input.of(text).withFormat(Format.TEXT));
        assertThat(page.title()).hasValue("Joint Statement on the U.S.-Andoria Strategic Dialogue");
        assertThat(page.date()).hasValue(LocalDate.of(2024, 3, 1));
        assertThat(page.source().publishedOn()).hasValue(LocalDate.of(2024, 3, 4));
        assertThat(page.source().originalUrl()).hasValue(URI.create(
                "https://www.state.gov/joint-statement-on-the-u-s-andoria-strategic-dialogue/"));
        assertThat(page.publisher()).hasValue("U.S. Department of State");
        assertThat(page.language()).hasValue("en");
        assertThat(page.paragraphs()).hasSize(2).noneMatch(p -> p.startsWith("Source"));
    }

    @Test
    void hard_wrapped_lines_cut_before_a_capital_are_joined_into_their_sentence() throws Exception {
        String text = """
                Joint Press Statement on the Third Andoria-Vulcan Policy Dialogue

                The Foreign Ministers of Andoria and Vulcan held the third Policy
                Dialogue in Shi'Kahr on 2 May 2024. The Ministers reaffirmed the
                importance of their partnership and agreed to hold the fourth Policy
                Dialogue in Andoria next year. Both sides will continue to cooperate
                on trade, and agreed to set up a joint working group on
                Renewable Energy before the end of the year. The Ministers welcomed
                the progress of the rail link between the two capitals.

                Ministry of Foreign Affairs
                Vulcan
                """;
        Page page = PARSER.page(Input.of(text).withFormat(Format.TEXT));
        assertThat(page.title()).hasValue(
                "Joint Press Statement on the Third Andoria-Vulcan Policy Dialogue");
        assertThat(page.paragraphs().get(0)).startsWith("The Foreign Ministers")
                .contains("held the third Policy Dialogue in Shi'Kahr")
                .contains("agreed to hold the fourth Policy Dialogue in Andoria next year.")
                .contains("working group on Renewable Energy before the end of the year.");
    }

    @Test
    void short_lines_of_a_text_that_is_not_hard_wrapped_stay_apart() throws Exception {
        String text = """
                Joint Statement on the Andoria-Vulcan Partnership

                The Foreign Ministers of Andoria and Vulcan met in Shi'Kahr on 2 May 2024 and agreed to hold the fourth Policy Dialogue in Andoria next year, to set up a joint working group on energy, and to cooperate on trade.
                Energy security
                Both sides will cooperate on the supply of gas and agreed to set up a working group on Renewable Energy.
                """;
        Page page = PARSER.page(Input.of(text).withFormat(Format.TEXT));
        assertThat(page.paragraphs()).contains("Energy security");
    }

    @Test
    void a_dateline_gives_the_place_and_date() throws Exception {
        String text = """
                Joint Statement on Counter-Terrorism Cooperation

                Paris, January 20, 2016

                The defence ministers met today and reaffirmed their resolve.
                """;
        Page page = PARSER.page(Input.of(text).withFormat(Format.TEXT));
        assertThat(page.location()).hasValue("Paris");
        assertThat(page.date()).hasValue(LocalDate.of(2016, 1, 20));
        assertThat(page.paragraphs())
                .containsExactly("The defence ministers met today and reaffirmed their resolve.");
    }

    @Test
    void a_rendered_date_field_and_a_release_label_open_the_header() throws Exception {
        String text = """
                 date 2024-03-04 News story
                PM call with the President of Andoria: 4 March 2024
                The Prime Minister spoke to the President of Andoria this afternoon.
                The leaders agreed to stay in close touch.
                """;
        Page page = PARSER.page(Input.of(text).withFormat(Format.TEXT));
        assertThat(page.title()).hasValue("PM call with the President of Andoria: 4 March 2024");
        assertThat(page.date()).hasValue(LocalDate.of(2024, 3, 4));
        assertThat(page.paragraphs()).containsExactly(
                "The Prime Minister spoke to the President of Andoria this afternoon.",
                "The leaders agreed to stay in close touch.");
    }

    @Test
    void a_release_details_block_before_the_date_is_the_header() throws Exception {
        String text = """
                Andoria-Oslo Defence Ministers' Meeting Joint Statement

                Release details

                Related ministers and contacts

                The Hon Jane Roe MP

                Minister for Defence

                Media contact

                John Doe (Minister Roe's Office): +61 400 000 000

                Release content

                5 May 2021

                The ministers met in Oslo and reaffirmed their commitment to the region.
                """;
        Page page = PARSER.page(Input.of(text).withFormat(Format.TEXT));
        assertThat(page.title()).hasValue("Andoria-Oslo Defence Ministers' Meeting Joint Statement");
        assertThat(page.date()).hasValue(LocalDate.of(2021, 5, 5));
        assertThat(page.paragraphs()).containsExactly(
                "The ministers met in Oslo and reaffirmed their commitment to the region.");
    }

    @Test
    void an_issuer_banner_and_office_label_stand_above_the_headline() throws Exception {
        String text = """
                The White House

                Office of the Press Secretary

                Readout of the President's Call with the Prime Minister of Andoria

                The President spoke today with the Prime Minister of Andoria.

                White House Shareables
                """;
        Page page = PARSER.page(Input.of(text).withFormat(Format.TEXT));
        assertThat(page.title())
                .hasValue("Readout of the President's Call with the Prime Minister of Andoria");
        assertThat(page.publisher()).hasValue("The White House");
        assertThat(page.paragraphs())
                .containsExactly("The President spoke today with the Prime Minister of Andoria.");
    }

    @Test
    void a_news_site_repost_names_its_original_and_loses_its_chrome() throws Exception {
        String text = """
                Secretary's Meeting with the Andorian Foreign Minister

                Webp 12edited

                Secretary's Meeting with the Andorian Foreign Minister

                The following Readout was published by the U.S. Department of State on Nov. 29. It is reproduced in full below.

                The following is attributable to the Spokesperson:

                The Secretary met today with the Andorian Foreign Minister in Oslo.

                Source: U.S. Department of State

                More News

                Ministers meet in Bern
                """;
        Page page = PARSER.page(Input.of(text).withFormat(Format.TEXT));
        assertThat(page.title()).hasValue("Secretary's Meeting with the Andorian Foreign Minister");
        assertThat(page.publisher()).hasValue("U.S. Department of State");
        assertThat(page.date()).isEmpty();
        assertThat(page.paragraphs()).containsExactly(
                "The following is attributable to the Spokesperson:",
                "The Secretary met today with the Andorian Foreign Minister in Oslo.");
    }

    @Test
    void a_full_text_announcement_gives_way_to_the_original_headline() throws Exception {
        String text = """
                Full text of the joint communique of the Andorian and Norwegian ministers

                (Agency) 10:26, February 28, 2019

                Joint Communique of the Third Meeting of the Foreign Ministers of

                Andoria and the Kingdom of Norway

                Oslo, 27 February, 2019

                1. We, the Foreign Ministers, held our third meeting in Oslo.
                """;
        Page page = PARSER.page(Input.of(text).withFormat(Format.TEXT));
        assertThat(page.title()).hasValue("Joint Communique of the Third Meeting of the Foreign "
                + "Ministers of Andoria and the Kingdom of Norway");
        assertThat(page.date()).hasValue(LocalDate.of(2019, 2, 27));
        assertThat(page.source().publishedOn()).hasValue(LocalDate.of(2019, 2, 28));
        assertThat(page.location()).hasValue("Oslo");
        assertThat(page.paragraphs())
                .containsExactly("1. We, the Foreign Ministers, held our third meeting in Oslo.");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "BAKU, Azerbaijan, Dec. 8", // a wire's dateline without its year
        "29 Sunbula 1399, 08:39 PM", // a site's clock
        "Saturday 19 September 2020\n Kabul Local Time", // a clock's label
        "Images | Akorda", // a photo's credit
        "Skip to main content (Press Enter).", // a link for screen readers
    })
    void a_dateline_clock_or_credit_over_an_untitled_text_is_no_title(String line) throws Exception {
        String text = line + "\n\nThe Minister of Foreign Affairs had a telephone conversation "
                + "with his counterpart on Dec. 8.\n\nThe parties discussed the latest situation "
                + "in the region.\n";
        Page page = PARSER.page(Input.of(text).withFormat(Format.TEXT));
        assertThat(page.title()).isEmpty();
        assertThat(page.location().orElse("")).doesNotContain("Time");
    }

    @Test
    void a_wires_dateline_dates_its_item_under_a_reposts_date() throws Exception {
        String text = """
                Chinese FM holds talks with British foreign secretary over phone

                Xinhua) 10:48, February 26, 2022

                BEIJING, Feb. 25 (Xinhua) -- The Foreign Minister on Friday held a telephone conversation with the Foreign Secretary.

                The two sides exchanged views on the situation.
                """;
        Page page = PARSER.page(Input.of(text).withFormat(Format.TEXT));
        assertThat(page.date()).hasValue(LocalDate.of(2022, 2, 25));
        assertThat(page.source().publishedOn()).hasValue(LocalDate.of(2022, 2, 26));
    }

    @Test
    void a_release_numbers_date_under_the_headline_is_the_releases() throws Exception {
        String text = """
                Readout from the Secretary's Call with the Minister of Defence of Andoria

                Press Operations

                Release No: NR-024-17 Jan. 23, 2017

                Pentagon Spokesman Capt. Jeff Davis provided the following readout:

                The Secretary spoke today by telephone with his counterpart from Andoria.
                """;
        Page page = PARSER.page(Input.of(text).withFormat(Format.TEXT));
        assertThat(page.date()).hasValue(LocalDate.of(2017, 1, 23));
        assertThat(page.publisher()).hasValue("U.S. Department of Defense");
    }

    @Test
    void a_headline_reporting_a_meeting_keeps_over_its_subtitle() throws Exception {
        String text = """
                News

                Minister Lee meets with Non-Resident Ambassadors accredited to Andoria

                High Commissioner of Ruritania and Ambassadors of Norway and Chile took part in the meeting

                The Minister of Foreign Affairs today met with some Non Resident Ambassadors.
                """;
        Page page = PARSER.page(Input.of(text).withFormat(Format.TEXT));
        assertThat(page.title())
                .hasValue("Minister Lee meets with Non-Resident Ambassadors accredited to Andoria");
    }

    @Test
    void an_archive_s_record_number_and_a_line_under_a_headline_ending_with_its_kind_stay_out()
            throws Exception {
        String text = """
                Transcripts from the Prime Ministers of Andoria

                Transcript 1686

                Joint Communique – Discussions with the Prime Minister of Ruritania

                Release Date: 13/10/1967

                The Prime Minister of Ruritania is visiting Andoria from October 11 to October 14.
                """;
        Page page = PARSER.page(Input.of(text).withFormat(Format.TEXT));
        assertThat(page.title())
                .hasValue("Joint Communique – Discussions with the Prime Minister of Ruritania");
        String capitals = """
                PRIME MINISTER'S VISIT TO RURITANIA: JOINT COMMUNIQUE

                NQ DATE

                The following is the text of the joint communique issued in Lima yesterday.
                """;
        assertThat(PARSER.page(Input.of(capitals).withFormat(Format.TEXT)).title())
                .hasValue("PRIME MINISTER'S VISIT TO RURITANIA: JOINT COMMUNIQUE");
    }

    @Test
    void a_site_section_before_the_headline_is_no_title() throws Exception {
        String text = """
                Media Center

                Joint Statement on the Visit of the Prime Minister of Andoria

                September 02, 2022

                The Prime Minister of Andoria paid a State visit to Oslo.
                """;
        Page page = PARSER.page(Input.of(text).withFormat(Format.TEXT));
        assertThat(page.title())
                .hasValue("Joint Statement on the Visit of the Prime Minister of Andoria");
        assertThat(page.date()).hasValue(LocalDate.of(2022, 9, 2));
    }

    @Test
    void a_date_followed_by_a_time_and_captions_in_a_news_header() throws Exception {
        String text = """
                Ministers issue joint statement after trilateral meeting

                BY

                Wed, 07 Dec 2022 - 11:28 GMT

                FILE - The minister at a press conference

                OSLO - 7 December 2022: The ministers issued a joint statement.

                Comments

                Leave a Comment
                """;
        Page page = PARSER.page(Input.of(text).withFormat(Format.TEXT));
        assertThat(page.date()).hasValue(LocalDate.of(2022, 12, 7));
        assertThat(page.paragraphs())
                .containsExactly("OSLO - 7 December 2022: The ministers issued a joint statement.");
    }

    @Test
    void short_header_notes_under_the_headline_are_no_text_but_an_address_is() throws Exception {
        String text = """
                Press conference - Oslo

                Transcript
                The Hon Jane Roe MP
                Prime Minister of Andoria

                Mr. Prime Minister,

                Friends from the media;

                It is a pleasure to be in Oslo.
                """;
        Page page = PARSER.page(Input.of(text).withFormat(Format.TEXT));
        assertThat(page.title()).hasValue("Press conference - Oslo");
        assertThat(page.paragraphs()).containsExactly("Mr. Prime Minister,",
                "Friends from the media;", "It is a pleasure to be in Oslo.");
    }

    @Test
    void an_e_mail_bulletin_reposted_gives_the_item_address_and_day() throws Exception {
        String text = """
                 date 2021-02-18 (AGENCY) - 18 February 2021 You are subscribed to Press Releases for U.S. Department of State. This information has recently been updated, and is now available.

                Joint Statement on Andoria [ https://www.state.gov/joint-statement-on-andoria/ ] 02/18/2021 02:13 PM EST

                Office of the Spokesperson

                The following statement was released by the Secretary of State:

                Begin text:

                The ministers met today.
                """;
        Page page = PARSER.page(Input.of(text).withFormat(Format.TEXT));
        assertThat(page.title()).hasValue("Joint Statement on Andoria");
        assertThat(page.date()).hasValue(LocalDate.of(2021, 2, 18));
        assertThat(page.source().originalUrl())
                .hasValue(URI.create("https://www.state.gov/joint-statement-on-andoria/"));
        assertThat(page.publisher()).hasValue("U.S. Department of State");
        assertThat(page.paragraphs()).containsExactly(
                "The following statement was released by the Secretary of State:",
                "The ministers met today.");
    }

    @Test
    void a_page_of_dated_items_is_a_listing() throws Exception {
        String text = """
                Latest news

                Ministers agree on a common approach to regional security

                4 Mar. 2021

                The ministers met today in the capital and agreed on a common approach to the \
                security of the region and its sea lanes.

                Council statement on the elections

                2 Mar. 2021

                The Council congratulates the people on completing free and peaceful elections \
                that were held over the weekend.

                Secretary General visits the training mission

                1 Mar. 2021

                The Secretary General visited the training mission today and met the commanders \
                and the soldiers who serve there.
                """;
        assertThat(PARSER.page(Input.of(text).withFormat(Format.TEXT)).noStatement()).isTrue();
    }

    @Test
    void a_teaser_cut_short_is_a_listing() throws Exception {
        String text = """
                Latest news

                Declaration by the Foreign Ministers (02 Apr. 20)

                1. We, the Ministers of Foreign Affairs, meet today in the midst of an \
                unprecedented crisis which is affecting all of our countries and partners. We (…)

                Read more ...
                """;
        assertThat(PARSER.page(Input.of(text).withFormat(Format.TEXT)).noStatement()).isTrue();
    }

    @Test
    void a_headline_repeated_and_a_dateline_make_no_listing() throws Exception {
        String text = """
                Statement of the Chairperson on the situation in the region

                Statement of the Chairperson on the situation in the region

                June 25, 2019

                Statement of the Chairperson on the situation in the region

                25 June 2019, Nairobi: The Chairperson of the Commission expresses his deepest \
                condolences to the families of the victims.
                """;
        Page page = PARSER.page(Input.of(text).withFormat(Format.TEXT));
        assertThat(page.noStatement()).isFalse();
        assertThat(page.title()).hasValue("Statement of the Chairperson on the situation in the region");
        assertThat(page.date()).hasValue(LocalDate.of(2019, 6, 25));
        assertThat(page.location()).hasValue("Nairobi");
    }

    @Test
    void a_datelines_day_is_the_statements_and_the_headers_other_day_the_pages()
            throws Exception {
        String text = """
                9 July 2005

                Council Press Statement on the Attack

                GENEVA, 8 July (UN Office) -- Following is the Council press statement delivered \
                by its President:

                The members of the Council condemned the attack in the strongest terms.
                """;
        Page page = PARSER.page(Input.of(text).withFormat(Format.TEXT));
        assertThat(page.date()).hasValue(LocalDate.of(2005, 7, 8));
        assertThat(page.source().publishedOn()).hasValue(LocalDate.of(2005, 7, 9));
        assertThat(page.location()).hasValue("GENEVA");
    }

    @Test
    void a_header_of_menus_trails_and_a_site_suffixed_title() throws Exception {
        String text = """
                Ministry of Foreign Affairs

                Press Room | Daily Briefing | What's New | Search

                 You are in: Press Room > Press Releases > 2005 > February
                Joint Communiqué - Meeting of the Foreign Ministers (Lisbon, Portugal, March 14, 2019) - World Report

                Joint Communiqué – Meeting of the Foreign Ministers (Lisbon, Portugal, March 14, 2019)

                1. The Foreign Ministers met in Lisbon today and discussed the situation in the region.
                """;
        Page page = PARSER.page(Input.of(text).withFormat(Format.TEXT));
        assertThat(page.title()).hasValue(
                "Joint Communiqué – Meeting of the Foreign Ministers (Lisbon, Portugal, March 14, 2019)");
        assertThat(page.date()).hasValue(LocalDate.of(2019, 3, 14));
        assertThat(page.location()).hasValue("Lisbon");
    }

    @Test
    void a_bracketed_dateline_under_the_headline() throws Exception {
        String text = """
                Home page     Newsletter    Feedback
                Sunday, December 29, 2024 Search
                 Advanced Search

                The 12th Regular Press Conference

                (Hanoi, August 14th, 2014)

                The Spokesperson answered questions on the region and the visit of the minister.
                """;
        Page page = PARSER.page(Input.of(text).withFormat(Format.TEXT));
        assertThat(page.title()).hasValue("The 12th Regular Press Conference");
        assertThat(page.date()).hasValue(LocalDate.of(2014, 8, 14));
        assertThat(page.location()).hasValue("Hanoi");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Lisbon, 03/04/2019 – 13:54, UNIQUE ID: 190403_8|2019-04-03|Lisbon",
        "Washington, DC, 03/04/2019|2019-03-04|Washington",
        "Addis Ababa, Ethiopia, 05/06/2019|2019-06-05|Addis Ababa"})
    void a_dateline_with_a_date_in_slashes_reads_day_first_outside_the_united_states(String line,
            LocalDate date, String place) throws Exception {
        String text = "Remarks by the High Representative at the press conference\n\n" + line
                + "\n\nThank you very much. We had a long day of talks with the ministers.\n";
        Page page = PARSER.page(Input.of(text).withFormat(Format.TEXT));
        assertThat(page.date()).hasValue(date);
        assertThat(page.location()).hasValue(place);
    }

    @Test
    void a_page_of_teasers_cut_short_is_a_listing() throws Exception {
        String text = """
                Press Releases
                Looking for more press releases? Explore our archive by date to find past announcements and news.

                Minister delivers documents to the residents of the municipality
                On Thursday the Minister personally delivered documents to the residents of the municipality after an outreach by the department over the past weeks in the region...

                Minister of Education: Budget Vote 2025/26
                Honourable Speaker, Honourable Members, and Fellow Citizens, in every generation a choice must be made about the kind of future that the country will build together...
                """;
        assertThat(PARSER.page(Input.of(text).withFormat(Format.TEXT)).noStatement()).isTrue();
    }

    @Test
    void a_report_of_the_statement_tells_the_day_it_was_issued() throws Exception {
        String text = """
                Chile, Peru issue joint communique

                22/9/14
                Chile and Peru on September 15 issued a joint communique on the occasion of a \
                State visit to Peru by the President of Chile.
                """;
        Page page = PARSER.page(Input.of(text).withFormat(Format.TEXT));
        assertThat(page.date()).hasValue(LocalDate.of(2014, 9, 15));
        assertThat(page.source().publishedOn()).hasValue(LocalDate.of(2014, 9, 22));
    }

    @Test
    void a_release_line_gives_the_date_place_and_issuer_under_the_headline() throws Exception {
        String text = """
                 date 2021-11-20 Canada – Minister Joly speaks with the Foreign Secretary

                November 19, 2021 – Ottawa, Ontario – Global Affairs Canada

                The Minister of Foreign Affairs today spoke with the Foreign Secretary.
                """;
        Page page = PARSER.page(Input.of(text).withFormat(Format.TEXT));
        assertThat(page.date()).hasValue(LocalDate.of(2021, 11, 19));
        assertThat(page.source().publishedOn()).hasValue(LocalDate.of(2021, 11, 20));
        assertThat(page.location()).hasValue("Ottawa");
        assertThat(page.publisher()).hasValue("Global Affairs Canada");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Thursday, September 26, 2019, 6:48 p.m. New York City, United States|New York City",
        "Tuesday, July 23, 2024, 12:45 p.m. Ministry of Foreign Affairs|"})
    void a_release_line_after_a_time_gives_its_city_not_an_office(String line, String place)
            throws Exception {
        String text = "Press Conference by the Foreign Minister\n\n" + line
                + "\n\nThe Minister held a meeting today.\n";
        Page page = PARSER.page(Input.of(text).withFormat(Format.TEXT));
        assertThat(page.date()).isPresent();
        assertThat(page.location()).isEqualTo(java.util.Optional.ofNullable(place));
    }

    @Test
    void a_site_banner_gives_way_to_the_headline_of_a_labelled_release_line() throws Exception {
        String text = """
                COUNCIL OF THE EUROPEAN UNION latest

                07/10/2022 21:00 | Press release

                Energy and Ukraine. EU leaders met in Prague

                The Prague Summit continued on its second day with an informal meeting.
                """;
        Page page = PARSER.page(Input.of(text).withFormat(Format.TEXT));
        assertThat(page.title()).hasValue("Energy and Ukraine. EU leaders met in Prague");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Published 9 January 2014|2014-01-09",
        "• 14 Jun. 2023 - Press release|2023-06-14", "Last updated: 5 May 2020|2020-05-05",
        "Date: 25 November 2014|2014-11-25"})
    void a_labelled_date_under_the_headline_is_the_statements(String line, LocalDate date)
            throws Exception {
        String text = "Joint Statement on Trade\n\n" + line + "\n\nThe ministers met and agreed.\n";
        Page page = PARSER.page(Input.of(text).withFormat(Format.TEXT));
        assertThat(page.date()).hasValue(date);
        assertThat(page.location()).isEmpty();
    }

    @Test
    void a_footer_date_field_dates_a_page_without_another() throws Exception {
        String text = """
                Statement by the President of the Security Council

                The President of the Security Council made the following statement on behalf of the Council.

                Publication Date: 30/05/2001
                """;
        Page page = PARSER.page(Input.of(text).withFormat(Format.TEXT));
        assertThat(page.date()).hasValue(LocalDate.of(2001, 5, 30));
        assertThat(page.publisher()).hasValue("United Nations Security Council");
        assertThat(page.paragraphs()).noneMatch(p -> p.startsWith("Publication Date"));
    }

    @Test
    void a_page_of_short_teasers_each_with_its_read_more_is_a_listing() throws Exception {
        String text = """
                How to Resolve the Crisis

                The Daily Journal
                August 11, 2017

                An understanding between the two capitals is the essential prerequisite.

                Read more

                The Man Who Saved Europe

                The Daily Journal
                April 28, 2017

                The attribute of greatness is reserved for leaders whose time marks history […]

                Read more

                Reflections on the Plan

                The Gazette
                May 22, 2015

                In June 1947, the Secretary of State addressed the Commencement audience […]

                Read more
                """;
        assertThat(PARSER.page(Input.of(text).withFormat(Format.TEXT)).noStatement()).isTrue();
        // a short statement told in full over its site's footer of teasers stays one
        String statement = """
                Joint Statement on the Oslo Talks

                The delegations of the two countries met in Oslo on 16 October 2013 and agreed to                 continue their talks on trade and energy in Bergen next month, the two sides said.

                Read more

                Another post on the blog, a teaser of its own about something else entirely.

                Read more
                """;
        assertThat(PARSER.page(Input.of(statement).withFormat(Format.TEXT)).noStatement())
                .isFalse();
    }

    @Test
    void documents_listed_with_teasers_under_a_section_heading_are_a_listing() throws Exception {
        String text = """
                Statements and Releases

                  • Joint Statement by the Presidents on Missile Defense Issues

                    In accordance with the understanding reached at the meeting in London, the                 two countries plan to continue the discussion on cooperation.

                  • FACT SHEET: The Joint Understanding for the Follow-on Treaty

                    On April 1, the Presidents agreed that negotiators would begin work on a                 new, comprehensive, legally binding agreement on strategic arms.

                  • FACT SHEET: Bilateral Presidential Commission

                    The two Presidents agreed to create a Bilateral Presidential Commission,                 which they will chair and the two ministers will coordinate.
                """;
        assertThat(PARSER.page(Input.of(text).withFormat(Format.TEXT)).noStatement()).isTrue();
        // a fact sheet whose bullets name the documents the leaders issued, without a section
        String factSheet = """
                FACT SHEET: Outcomes of the Visit

                The leaders issued the following documents:

                  • Joint Statement on Climate Cooperation

                    The two countries will cooperate on clean energy and adaptation to the                 effects of climate change over the next decade.

                  • Joint Statement on Health Security

                    The two countries will expand their cooperation on pandemic preparedness                 and global health security in the coming years.

                  • Memorandum on Education

                    The two countries will expand exchanges of students and researchers                 between their universities under a new program.
                """;
        assertThat(PARSER.page(Input.of(factSheet).withFormat(Format.TEXT)).noStatement())
                .isFalse();
    }

    @Test
    void archive_tag_and_feed_pages_are_listings() throws Exception {
        String text = """
                Tag: Downing Street

                PRESS RELEASE : Prime Minister call with the President of France

                The Prime Minister spoke to the President this evening.
                """;
        assertThat(PARSER.page(Input.of(text).withFormat(Format.TEXT)).noStatement()).isTrue();
        String statement = """
                Joint Statement on the Oslo Talks

                The delegations met in Oslo.
                """;
        assertThat(PARSER.page(Input.of(statement).withFormat(Format.TEXT)).noStatement()).isFalse();
    }

    @Test
    void bullets_are_layout_and_a_wrapped_dateline_is_one() throws Exception {
        String text = """
                Oslo, 16
                October 2013
                Joint Statement on the Oslo Talks

                The delegations met in Oslo.
                - first, they agreed on trade
                • second, on energy
                """;
        Page page = PARSER.page(Input.of(text).withFormat(Format.TEXT));
        assertThat(page.date()).hasValue(LocalDate.of(2013, 10, 16));
        assertThat(page.location()).hasValue("Oslo");
        assertThat(page.title()).hasValue("Joint Statement on the Oslo Talks");
        assertThat(page.paragraphs()).contains("first, they agreed on trade", "second, on energy");
    }

    @Test
    void a_text_of_short_lines_only_is_kept_not_taken_for_a_header() throws Exception {
        StringBuilder text = new StringBuilder("Minutes of the Oslo Working Group\n\n");
        for (int i = 0; i < 200; i++) {
            text.append("Item ").append(i).append(" agreed without debate\n\n");
        }
        Page page = PARSER.page(Input.of(text.toString()).withFormat(Format.TEXT));
        assertThat(page.title()).hasValue("Minutes of the Oslo Working Group");
        assertThat(page.paragraphs()).hasSizeGreaterThanOrEqualTo(190)
                .contains("Item 199 agreed without debate");
    }

    @Test
    void a_kind_name_under_a_meetings_name_is_the_headlines() throws Exception {
        String text = """
                Australia-New Zealand Foreign Ministers Meeting

                JOINT COMMUNIQUE

                The two ministers met in Katoomba on 19-20 July for their regular exchange.
                """;
        Page page = PARSER.page(Input.of(text).withFormat(Format.TEXT));
        assertThat(page.title())
                .hasValue("Australia-New Zealand Foreign Ministers Meeting: JOINT COMMUNIQUE");
    }

    @Test
    void a_communiques_dated_headline_is_no_dateline() throws Exception {
        String text = """
                COAG Meeting Communiqué, 29 November 2008

                The Council of Australian Governments held its 24th meeting today in Canberra.
                """;
        Page page = PARSER.page(Input.of(text).withFormat(Format.TEXT));
        assertThat(page.title()).hasValue("COAG Meeting Communiqué, 29 November 2008");
        assertThat(page.date()).hasValue(LocalDate.of(2008, 11, 29));
        assertThat(page.location()).isEmpty();
    }

    @Test
    void dated_teasers_are_a_listing_even_when_the_excerpt_stops_mid_item() throws Exception {
        String text = """
                News

                Foreign Minister meets her counterpart from Japan

                12 May 2023

                The Foreign Minister today met the Minister for Foreign Affairs of Japan to discuss                 cooperation in the region and the coming summit.

                Joint statement on the fisheries agreement with Fiji

                10 May 2023

                The Governments of the two countries today signed an agreement on fisheries that                 will
                """;
        Page page = PARSER.page(Input.of(text).withFormat(Format.TEXT));
        assertThat(page.noStatement()).isTrue();
    }

    @Test
    void dates_over_headlines_over_teasers_are_a_listing() throws Exception {
        String text = """
                12 May 2023

                Foreign Minister meets her counterpart from Japan

                The Foreign Minister today met the Minister for Foreign Affairs of Japan to discuss                 cooperation in the region and the coming summit.

                10 May 2023

                Joint statement on the fisheries agreement with Fiji

                The Governments of the two countries today signed an agreement on fisheries that
                """;
        Page page = PARSER.page(Input.of(text).withFormat(Format.TEXT));
        assertThat(page.noStatement()).isTrue();
    }

    @Test
    void a_statement_with_its_date_and_sections_is_no_listing() throws Exception {
        String text = """
                Joint statement on the fisheries agreement with Fiji

                10 May 2023

                The Governments of the two countries today signed an agreement on fisheries that                 will protect the stocks of the region.

                Next steps

                The ministers will meet again next year to review the agreement and its results.
                """;
        Page page = PARSER.page(Input.of(text).withFormat(Format.TEXT));
        assertThat(page.noStatement()).isFalse();
    }

    @Test
    void a_reports_lead_announcing_the_full_text_gives_way_to_the_originals_header()
            throws Exception {
        String text = """
                The member states of the Andorian Union issued a joint communique in Oslo
                Thursday. The following is the full text of the communique.
                Joint Communique of the Meeting of the
                Council of Heads of State of the Andorian Union
                Oslo, 15 June 2006
                On 15 June 2006, the Council of Heads of State of the Andorian Union met in Oslo.
                """;
        Page page = PARSER.page(Input.of(text).withFormat(Format.TEXT));
        assertThat(page.title()).hasValue("Joint Communique of the Meeting of the Council of "
                + "Heads of State of the Andorian Union");
        assertThat(page.date()).hasValue(LocalDate.of(2006, 6, 15));
        assertThat(page.location()).hasValue("Oslo");
    }

    @Test
    void a_documents_record_names_its_title_place_date_and_source() throws Exception {
        String text = """
                Database of Diplomatic Documents

                [Title] Oslo Declaration of the Heads of State Council

                [Place] Oslo
                [Date] June 14, 2019
                [Source] Secretariat of the Andorian Union
                [Full text]

                The leaders of the member states, following the meeting in Oslo on 14 June 2019, declare the following.
                """;
        Page page = PARSER.page(Input.of(text).withFormat(Format.TEXT));
        assertThat(page.title()).hasValue("Oslo Declaration of the Heads of State Council");
        assertThat(page.date()).hasValue(LocalDate.of(2019, 6, 14));
        assertThat(page.location()).hasValue("Oslo");
        assertThat(page.publisher()).hasValue("Secretariat of the Andorian Union");
    }

    @Test
    void a_documents_headline_over_its_dateline_wins_over_a_promotion() throws Exception {
        String text = """
                Our new special issue looks at how cities are changing the way people live

                Government Documents

                Andoria-Norway Joint Statement
                January 19, 2011, Oslo
                Share

                1. At the invitation of the King of Norway, the President of Andoria is paying a state visit to Norway.
                """;
        Page page = PARSER.page(Input.of(text).withFormat(Format.TEXT));
        assertThat(page.title()).hasValue("Andoria-Norway Joint Statement");
    }

    @Test
    void a_bylines_day_is_the_pages_and_a_communique_is_dated_its_meetings_last_day()
            throws Exception {
        String text = """
                Articles: 40th Andorian Forum: Forum Communique

                Contributed by NewsDesk on Sep 21, 2013 - 08:34 AM

                The Fortieth Andorian Forum was held in Oslo, Norway, from 3 – 5 September 2013 and was attended by the Heads of State and Government of the members.
                """;
        Page page = PARSER.page(Input.of(text).withFormat(Format.TEXT));
        assertThat(page.title()).hasValue("40th Andorian Forum: Forum Communique");
        assertThat(page.source().publishedOn()).hasValue(LocalDate.of(2013, 9, 21));
        assertThat(page.date()).hasValue(LocalDate.of(2013, 9, 5));
    }

    @Test
    void a_headline_in_capitals_wrapped_over_lines_in_capitals() throws Exception {
        String text = """
                COMMUNIQUE ISSUED AT THE CONCLUSION OF THE FORTIETH
                REGULAR MEETING OF THE CONFERENCE OF HEADS OF GOVERNMENT
                The Fortieth Regular Meeting of the Conference of Heads of Government was held at Oslo, Norway, from 3-6 July 2013.
                """;
        Page page = PARSER.page(Input.of(text).withFormat(Format.TEXT));
        assertThat(page.title()).hasValue("COMMUNIQUE ISSUED AT THE CONCLUSION OF THE FORTIETH "
                + "REGULAR MEETING OF THE CONFERENCE OF HEADS OF GOVERNMENT");
    }

    @Test
    void a_bar_of_page_numbers_makes_a_listing_a_row_of_figures_does_not() throws Exception {
        String listing = """
                PRESS RELEASES AND NEWS
                Pages: ««« :: 1 | 2 | 3 | 4 | 5 | 6 | 7 :: »»»
                The Ministry denies the accusations made in the press this week about the talks held in the capital.
                Colleagues, we are delighted to welcome you to the conference on regional cooperation today.
                """;
        assertThat(PARSER.page(Input.of(listing).withFormat(Format.TEXT)).noStatement()).isTrue();
        String statement = """
                Thu 18 July 2024
                28 30 31 31 32
                Joint Statement of the Ministers of Foreign Affairs

                We, the Ministers of Foreign Affairs, met on 10 July 2017 in Oslo and agreed to meet again.
                """;
        assertThat(PARSER.page(Input.of(statement).withFormat(Format.TEXT)).noStatement())
                .isFalse();
    }

    @Test
    void stories_under_their_own_datelines_are_a_listing() throws Exception {
        String text = """
                News Section

                OSLO, 15 March 2022, (AGENCY): The Prime Minister met the visiting delegation this morning and thanked the members of the government.

                BERGEN, 15 March 2022, (AGENCY): The minister of state held talks with the vice president of a company on ways to enhance cooperation.
                """;
        assertThat(PARSER.page(Input.of(text).withFormat(Format.TEXT)).noStatement()).isTrue();
    }

    @Test
    void a_news_story_about_a_communique_is_no_statement_a_repost_of_it_is() throws Exception {
        String story = """
                Leaders give the members six months

                The Authority held its ordinary session on Sunday in the capital.

                In a final communique released by the Union, the members were given six months to reconsider.

                According to the communique, the Authority decides to keep its doors open.
                """;
        assertThat(PARSER.page(Input.of(story).withFormat(Format.TEXT)).noStatement()).isTrue();
        String repost = """
                Heads of State Issue Communique After Ordinary Session (Full Statement)
                By
                Eric
                FINAL COMMUNIQUE
                1. The Ordinary Session of the Authority was held on 19 June 2021 in Oslo, Norway.
                2. According to the communique of the last session, the Authority decided to meet again.
                """;
        assertThat(PARSER.page(Input.of(repost).withFormat(Format.TEXT)).noStatement()).isFalse();
    }
    @Test
    void a_press_wire_credit_is_no_headline_and_names_the_issuer() throws Exception {
        String text = """
                News provided by Office of the Premier of Andoria
                Mar 08, 2026, 22:06 ET
                LIMA, March 8, 2026 /CNW/ - The Premier, Jane Doe, and the President of Ruritania, John Q. Public, held a conversation this afternoon. They agreed to remain in close contact.
                """;
        Page page = PARSER.page(Input.of(text).withFormat(Format.TEXT));
        assertThat(page.title()).isEmpty();
        assertThat(page.publisher()).hasValue("Office of the Premier of Andoria");
        assertThat(PARSER.parse(Input.of(text).withFormat(Format.TEXT)).kind())
                .isEqualTo(io.github.jointstatements.core.StatementKind.READOUT);
    }

    @Test
    void a_wire_credit_in_the_text_names_the_issuer_and_leaves_the_text() throws Exception {
        String text = """
                On May 5, the Andoria-Ruritania Ministerial Consultations were held in Lima. The overview is as follows.
                Distributed by Example Wire on behalf of Ministry of Foreign Affairs of Andoria.
                - The two Ministers confirmed their cooperation in the region.
                """;
        Page page = PARSER.page(Input.of(text).withFormat(Format.TEXT));
        assertThat(page.publisher()).hasValue("Ministry of Foreign Affairs of Andoria");
        assertThat(String.join(" ", page.paragraphs())).doesNotContain("Distributed by");
        assertThat(PARSER.parse(Input.of(text).withFormat(Format.TEXT)).kind())
                .isEqualTo(io.github.jointstatements.core.StatementKind.READOUT);
    }

    @Test
    void a_from_field_on_its_own_line_names_the_publisher() throws Exception {
        String text = """
                Policy paper

                Andoria-Ruritania ministers joint statement: April 2024

                The ministers of the partnership issued a joint statement on 8 April 2024.

                From:
                Ministry of Defence and The Rt Hon Jane Doe MP
                Published
                8 April 2024
                """;
        Page page = PARSER.page(Input.of(text).withFormat(Format.TEXT));
        assertThat(page.publisher()).hasValue("Ministry of Defence");
        assertThat(String.join(" ", page.paragraphs())).doesNotContain("Jane Doe");
    }

    @Test
    void a_kind_alone_over_the_opening_is_the_headline() throws Exception {
        String text = """
                Main Content

                COMMUNIQUÉ

                Adopted by the Peace and Security Council at its 918th meeting held on 14 April 2020, on the situation in the region,

                The Peace and Security Council,

                Recalling its previous decisions on the situation in the region;
                """;
        Page page = PARSER.page(Input.of(text).withFormat(Format.TEXT));
        assertThat(page.title()).hasValue("COMMUNIQUÉ");
        assertThat(page.publisher()).hasValue("African Union Peace and Security Council");
        assertThat(page.paragraphs().get(0)).startsWith("Adopted by the Peace and Security Council");
        assertThat(PARSER.parse(Input.of(text).withFormat(Format.TEXT)).kind())
                .isEqualTo(io.github.jointstatements.core.StatementKind.COMMUNIQUE);
    }

    @Test
    void a_cookie_banner_and_a_skip_link_are_no_headline() throws Exception {
        String text = """
                This site uses cookies. By continuing to browse the site, you are agreeing to our use of cookies.

                Joint Statement on the Occasion of the President's Visit to Ruritania

                Tuesday, 08 March 2022 / 09:39 PM

                The two leaders held talks in an atmosphere of friendship and agreed to deepen their cooperation.
                """;
        Page page = PARSER.page(Input.of(text).withFormat(Format.TEXT));
        assertThat(page.title()).hasValue("Joint Statement on the Occasion of the President's Visit to Ruritania");
        assertThat(page.date()).hasValue(LocalDate.of(2022, 3, 8));
    }

    @Test
    void a_joint_release_label_over_the_text_heads_a_joint_statement() throws Exception {
        String text = """
                Joint press release

                Lima (Andina) - The High Representative and the Secretary of State met in Lima to discuss ways to strengthen their partnership.

                They committed to cooperate on the global climate crisis.
                """;
        assertThat(PARSER.page(Input.of(text).withFormat(Format.TEXT)).title())
                .hasValue("Joint press release");
        assertThat(PARSER.parse(Input.of(text).withFormat(Format.TEXT)).kind())
                .isEqualTo(io.github.jointstatements.core.StatementKind.JOINT_STATEMENT);
    }

    @Test
    void a_press_release_label_over_the_headline_stays_a_label() throws Exception {
        String text = """
                Press release

                PM call with the President of Andoria: 4 March 2024

                The Prime Minister spoke to the President of Andoria this afternoon.
                """;
        assertThat(PARSER.page(Input.of(text).withFormat(Format.TEXT)).title())
                .hasValue("PM call with the President of Andoria: 4 March 2024");
    }

    @Test
    void dated_headlines_run_together_in_one_line_are_a_listing() throws Exception {
        String text = "Joint Statement by the Ministers of Andoria and Ruritania on Trade, 18 December"
                + " 2018, Lima Joint Statement on the Meeting in Quito 28-29 November 2018 Joint"
                + " Communique between Andoria and Ruritania, 25 October 2018 ANDEX Foreign Ministers'"
                + " Statement on the Anniversary, 27 September 2018 Joint Declaration on the 90th"
                + " Anniversary of Relations, 13 June 2018 Final Communique of the Extraordinary"
                + " Summit, 14 May 2018 Joint Statement on the Earthquake, 30 April 2018\n";
        assertThat(PARSER.page(Input.of(text).withFormat(Format.TEXT)).noStatement()).isTrue();
    }

    @Test
    void a_statement_recalling_its_dated_documents_is_no_listing() throws Exception {
        String text = """
                Joint Statement of Andoria and Ruritania

                The ministers recalled the Joint Declaration of 3 May 2015, the Joint Statement of 4 June 2016 and the communiqué of 2017. In 2018 they agreed to review progress, and they will meet again in 2019 to take stock of the plan adopted in 2018 and its results.
                """;
        assertThat(PARSER.page(Input.of(text).withFormat(Format.TEXT)).noStatement()).isFalse();
    }

    @Test
    void a_list_of_dated_documents_one_a_paragraph_is_a_listing() throws Exception {
        String text = """
                Joint Statements

                The following statements were submitted by the members of the coalition:

                Statement for the 69th Session of the Commission on Trade, March 2025: Follow-up to the Fourth Conference on Trade English, Spanish

                Statement for the 63rd Session of the Commission on Development, February 2025: Strengthening solidarity and cohesion English

                Statement for the 68th Session of the Commission on Trade, March 2024: Accelerating the achievement of fair trade English

                Statement for the 62nd Session of the Commission on Development, February 2024: Fostering social development ENG
                """;
        assertThat(PARSER.page(Input.of(text).withFormat(Format.TEXT)).noStatement()).isTrue();
    }

    @Test
    void a_chronology_whose_paragraphs_open_with_their_dates_is_no_listing() throws Exception {
        String text = """
                Fact Sheet: Actions of Andoria and Ruritania in March

                The two governments today released the following summary of their actions in March.

                On March 3, 2024, Andoria and Ruritania announced new assistance for the region's farmers.

                On March 10, 2024, the two governments agreed to coordinate their support for energy.

                On March 15, 2024, the ministers met in the capital of Andoria to discuss reconstruction.

                On March 22, 2024, Ruritania committed to deliver further equipment to the region.
                """;
        assertThat(PARSER.page(Input.of(text).withFormat(Format.TEXT)).noStatement()).isFalse();
    }

    @Test
    void paragraphs_opening_alike_and_dated_now_and_then_are_no_listing() throws Exception {
        String text = """
                Joint Communique of the Ministers of Andoria and Ruritania

                The Ministers welcomed the Joint Declaration adopted in March 2015 and its plan of action for trade.

                The Ministers reaffirmed their commitment to the partnership launched in the capital of Andoria.

                The Ministers recalled the summit of June 2016 and agreed to build on its results in all fields.

                The Ministers agreed to meet again in Lima in May 2019 to review the progress of the plan.
                """;
        assertThat(PARSER.page(Input.of(text).withFormat(Format.TEXT)).noStatement()).isFalse();
    }

    @Test
    void a_transcript_a_speech_and_a_story_told_in_reported_speech_hold_no_statement()
            throws Exception {
        String transcript = """
                Press Conference by the Foreign Minister

                Mr. ANDO Taro, Minister for Foreign Affairs: I just held a telephone talk with my counterpart.

                Reporter: For about how long did the talk last?

                Minister Ando: I believe it was around 20 minutes.

                Reporter: Was the situation in the region discussed?
                """;
        String speech = """
                Your Excellency, President of Ruritania,

                Honourable Ministers,

                We have now come to the end of the Second Session of the Commission, and I am pleased with its results.
                """;
        String story = """
                President departs

                Lima, Feb. 20 - The President of Ruritania left Lima this afternoon after a two-day state visit.

                Reading out the communique to journalists, Minister Juan Perez said the visit built on long ties.

                He said the two leaders reviewed their relations.

                Perez said the two Presidents agreed to deepen cooperation in trade.
                """;
        for (String text : List.of(transcript, speech, story)) {
            assertThat(PARSER.page(Input.of(text).withFormat(Format.TEXT)).noStatement())
                    .as(text).isTrue();
        }
    }

    @Test
    void a_dateline_wrapped_over_three_lines_dates_the_release() throws Exception {
        String text = """
                Andoria-Ruritania Meeting
                Media Note
                Office of the Spokesman
                Washington,
                DC
                October 2, 2007
                Under Secretary Smith met September 29 with the foreign ministers of Ruritania in New York. They discussed trade.
                """;
        Page page = PARSER.page(Input.of(text).withFormat(Format.TEXT));
        assertThat(page.date()).hasValue(LocalDate.of(2007, 10, 2));
        assertThat(page.paragraphs()).noneMatch(p -> p.startsWith("Washington") || p.equals("DC"));
    }

    @Test
    void a_headline_cut_short_gives_way_to_the_full_heading_under_it() throws Exception {
        String text = """
                Joint Declaration Adopted At The Concl.Of The Meeting Between The President Of Andoria,Prime Minister Of Ruritania

                Joint Declaration Adopted At The Conclusion Of The Trilateral Meeting Held Among The President Of Andoria And The Prime Minister Of Ruritania

                The President of Andoria and the Prime Minister of Ruritania met on 30 October 2008 in Lima. They agreed to deepen cooperation.
                """;
        assertThat(PARSER.page(Input.of(text).withFormat(Format.TEXT)).title()).hasValue(
                "Joint Declaration Adopted At The Conclusion Of The Trilateral Meeting Held Among"
                        + " The President Of Andoria And The Prime Minister Of Ruritania");
    }

    @Test
    void a_date_ending_a_range_in_the_headline_stays_in_it() throws Exception {
        String text = """
                Joint Communiqué on the occasion of the State Visit of the President of Andoria to Ruritania from 04 to 06 July 2018

                1. At the invitation of the President of Ruritania, the President of Andoria paid a State Visit to Ruritania. The two Heads of State held talks.
                """;
        assertThat(PARSER.page(Input.of(text).withFormat(Format.TEXT)).title()).hasValue(
                "Joint Communiqué on the occasion of the State Visit of the President of Andoria to"
                        + " Ruritania from 04 to 06 July 2018");
    }

    @Test
    void the_day_a_headline_sets_off_by_commas_dates_an_undated_page() throws Exception {
        String text = """
                18th ANDEX Foreign Ministers' Meeting, 3 February 2021, Videoconference JOINT COMMUNIQUÉ

                1. We, the Foreign Ministers of Andoria and Ruritania, held the 18th ANDEX Foreign Ministers' Meeting today via videoconference.

                2. At the commemoration of the anniversary of the United Nations on 21 September 2020, the Presidents reaffirmed our pledge.
                """;
        assertThat(PARSER.page(Input.of(text).withFormat(Format.TEXT)).date())
                .hasValue(LocalDate.of(2021, 2, 3));
    }

    @Test
    void a_date_alone_between_the_text_and_its_signatures_dates_an_undated_page()
            throws Exception {
        String text = """
                We, the delegates to the Executive Board meeting of the Organization, which was held for two days, declare as follows.

                1. We will expand our cooperation.

                We promise to work closely with each other to carry out the above-mentioned declaration.

                November 17th, 2015

                President of the Organization, Mr. Juan Perez
                """;
        assertThat(PARSER.page(Input.of(text).withFormat(Format.TEXT)).date())
                .hasValue(LocalDate.of(2015, 11, 17));
    }

    @Test
    void the_dateline_under_a_storys_lead_announcing_the_text_dates_it() throws Exception {
        String text = """
                Minsk Group statement after the ministers' meeting

                The Andorian and Ruritanian foreign ministers met the co-chairs in Washington today to discuss the settlement.

                The two foreign ministers also met the National Security Adviser.

                Left: the Andorian foreign minister. Right: the Ruritanian foreign minister

                The co-chairs published a joint statement on the settlement. The joint statement stated the following:

                WASHINGTON, DC, 20 June 2019 – The Co-Chairs hosted consultations between the Foreign Ministers of Andoria and Ruritania on 20 June in Washington.
                """;
        Page page = PARSER.page(Input.of(text).withFormat(Format.TEXT));
        assertThat(page.date()).hasValue(LocalDate.of(2019, 6, 20));
    }
}
