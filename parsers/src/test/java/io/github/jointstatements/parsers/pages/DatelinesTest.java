package io.github.jointstatements.parsers.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Datelines opening a paragraph of the text: their place and day. */
class DatelinesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Lisbon, 14 March 2019 – The ministers met today.|0|Lisbon|2019-03-14",
        "3 June 2022, Nairobi: The Chairperson of the Commission expresses concern.|0|Nairobi|2022-06-03",
        "GENEVA, 4 May (UN Office) -- Following is the statement of the Council:|2021|GENEVA|2021-05-04",
        "Accra, 2 August 2018- The Head of the Mission calls for calm.|0|Accra|2018-08-02",
        // a month's abbreviation is no sentence's stop
        "BEIJING, Feb. 25 (Xinhua) -- The Foreign Minister on Friday held a phone call.|2022|BEIJING|2022-02-25"})
    void a_dated_dateline_opening_a_paragraph(String paragraph, int year, String place,
            LocalDate date) {
        Datelines.Dateline dateline = Datelines.opening(paragraph, year).orElseThrow();
        assertThat(dateline.place()).hasValue(place);
        assertThat(dateline.date()).hasValue(date);
    }

    @org.junit.jupiter.api.Test
    void a_dateline_naming_its_source_in_brackets_is_a_wires() {
        assertThat(Datelines.opening("BEIJING, Feb. 25 (Xinhua) -- The Minister spoke.", 2022)
                .orElseThrow().wire()).isTrue();
        assertThat(Datelines.opening("Lisbon, 14 March 2019 – The ministers met today.", 0)
                .orElseThrow().wire()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"BAKU, Azerbaijan, Dec. 8|BAKU", "Geneva, 16 May|Geneva"})
    void a_dateline_without_its_year_alone_on_its_line(String line, String place) {
        assertThat(Datelines.yearless(line)).hasValue(place);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Foreign Ministers meet on May 16", "Geneva, 16 May 2019",
        "Minister Lee, Dec. 8", "May 16"})
    void no_yearless_dateline(String line) {
        assertThat(Datelines.yearless(line)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"GENEVA, 4 May (UN Office) -- Following is the statement:",
        "The Minister met Mr. Lee, 4 May (Reuters) -- The talks went well.",
        "The Joint Statement of 12 May 2016 - which the ministers recalled - stands.",
        "Recalling the meeting of 3 June 2022, the ministers agreed: More talks."})
    void no_dated_dateline_without_a_year_or_a_place_before_the_dash(String paragraph) {
        assertThat(Datelines.opening(paragraph, 0)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Adopted by the Peace and Security Council (PSC) of the African Union (AU) at its 1097th meeting held on 4 August 2022, on the situation.|2022-08-04",
        "Adopted by the Council at its 1055th meeting held at Ministerial level on 14 December 2021 on the theme: Peace.|2021-12-14",
        "Vietnam and India on September 15 issued a joint communique on the visit.|2014-09-15"})
    void the_day_a_report_or_an_adoption_line_gives(String paragraph, LocalDate date) {
        assertThat(Datelines.issuedOn(java.util.List.of(paragraph), 2014)).hasValue(date);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The Council recalled its meeting held on 4 August 2022.",
        "Adopted texts are listed below; the meeting held on 4 August 2022 adopted none."})
    void no_day_of_adoption_without_the_opening_that_says_it(String paragraph) {
        assertThat(Datelines.issuedOn(java.util.List.of(paragraph), 2014)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The Meeting of the Conference was held at Placencia, Belize on 16-17 February 2016.|2016-02-17",
        "1.The Ordinary Session of the Authority was convened in Accra, Republic of Ghana, on 10July 2014, and was chaired by the President.|2014-07-10",
        "The Forum was held in Majuro, Republic of the Marshall Islands, from 3 – 5 September 2013.|2013-09-05",
        "The Session convened on 4 June 2017 in Monrovia.|2017-06-04",
        "1. We, the Foreign Ministers of the Association of Andean States (AAS), met on 31 July 2019 at the Ministerial Meeting in Lima.|2019-07-31",
        "We, the Heads of State and Government, gathered in Lima from 3-4 May 2018 for the Summit.|2018-05-04"})
    void the_day_of_the_meeting_the_opening_reports(String paragraph, LocalDate day) {
        assertThat(Datelines.meetingDay(java.util.List.of(paragraph))).hasValue(day);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The leaders met on 4 June 2017 in Monrovia.",
        "The next session will be held in Accra in July 2015.",
        "The Session was held on Monday in the capital."})
    void no_meeting_day_without_a_held_meeting_and_its_date(String paragraph) {
        assertThat(Datelines.meetingDay(java.util.List.of(paragraph))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "COMMUNIQUE ISSUED AT THE CONCLUSION OF THE MEETING, 3-6 JULY 2013, PORT-OF-SPAIN, TRINIDAD AND TOBAGO#PORT-OF-SPAIN#2013-07-06",
        "Communique Issued at the Conclusion of the Meeting, 16-17 February 2016, Placencia, Belize#Placencia#2016-02-17",
        "Final Communique of the Summit, 4 June 2017, Monrovia#Monrovia#2017-06-04"})
    void a_headlines_closing_day_and_place(String title, String place, LocalDate date) {
        Datelines.Dateline tail = Datelines.titleTail(title).orElseThrow();
        assertThat(tail.place()).hasValue(place);
        assertThat(tail.date()).hasValue(date);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Joint Statement on the Meeting of 4 June 2017",
        "Communique, 4 June 2017", "Remarks at the Summit, 4 June 2017, 10:30 a.m."})
    void no_closing_day_and_place(String title) {
        assertThat(Datelines.titleTail(title)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "They agreed to remain in touch.|New Delhi|July 07, 2020|Go to Navigation|New Delhi",
        "The talks were cordial.|They agreed to meet again.|Addis Ababa|12 May 2019|Addis Ababa"})
    void a_closing_sign_off_gives_the_place(String a, String b, String c, String d,
            String place) {
        assertThat(Datelines.signOff(java.util.List.of(a, b, c, d))).hasValue(place);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // no place of the gazetteer over the date; no date under the place
        "They agreed to remain in touch.|Press Office|July 07, 2020|Go to Navigation|false",
        "They agreed to remain in touch.|New Delhi|Media Centre|Go to Navigation|false",
        // a place and a date far from the text's end
        "New Delhi|July 07, 2020|The talks were cordial.|They agreed to meet again.|true"})
    void no_sign_off_without_a_known_place_over_a_date_at_the_end(String a, String b, String c,
            String d, boolean moreText) {
        java.util.List<String> text = new java.util.ArrayList<>(java.util.List.of(a, b, c, d));
        if (moreText) {
            text.addAll(java.util.List.of("The ministers also discussed trade.",
                    "They reviewed the regional situation."));
        }
        assertThat(Datelines.signOff(text)).isEmpty();
    }
}
