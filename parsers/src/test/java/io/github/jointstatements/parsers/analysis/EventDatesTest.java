package io.github.jointstatements.parsers.analysis;

import static io.github.jointstatements.parsers.analysis.TokenLists.indexOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jointstatements.core.EventStatus;
import io.github.jointstatements.core.PartialDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The dates of events; the statement is of Tuesday 2023-01-31. */
class EventDatesTest {

    private static final LocalDate ANCHOR = LocalDate.of(2023, 1, 31);

    private static String show(TimeExpression e) {
        return e == null ? "-" : e.date().map(Object::toString).orElse("-");
    }

    /** The date just before a name starting at the given word, or just after the name's end. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "It was agreed at the November 2022 Phnom Penh Summit.|Phnom|Summit|2022-11",
        "In June at the Apulia G7 Summit, they agreed.|Apulia|Summit|2023-06",
        "On this occasion of March 12, 2021, the summit was held.|summit|summit|2021-03-12",
        "The summit held in Seoul on 31 May was a success.|summit|summit|2023-05-31",
        "The summit in Luleå, Sweden, on 31 May was a success.|summit|summit|2023-05-31",
        "The summit addressed trade issues in May.|summit|summit|-",
    })
    void datesAnEventBeforeOrAfterItsName(String text, String first, String last,
            String expected) {
        Sentence s = new Sentence(0, 0, 0, text.length(), text);
        EventDates dates = new EventDates(new TimeIndex(List.of(s), Optional.of(ANCHOR)),
                List.of(s));
        List<Token> t = Token.tokenize(text);
        Places places = new Places(Gazetteer.get().find(text));
        TimeExpression before = dates.dateBefore(s, t, indexOf(t, first));
        TimeExpression found = before != null ? before
                : dates.dateAfter(s, t, indexOf(t, last) + 1, places);
        assertThat(show(found)).isEqualTo(expected);
    }

    /** A yearless month or day moves across the year when the status says so. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "They met in December.|HELD|2022-12",
        "They will meet in December.|PLANNED|2023-12",
        "They will meet in January 2022.|PLANNED|2022-01",
        "They met on June 22.|HELD|2022-06-22",
        "They held talks on Wednesday.|HELD|2023-01-25",
        "They will hold talks on Monday.|PLANNED|2023-02-06",
    })
    void movesAYearlessDateByItsStatus(String text, EventStatus status, String expected) {
        Sentence s = new Sentence(0, 0, 0, text.length(), text);
        TimeIndex times = new TimeIndex(List.of(s), Optional.of(ANCHOR));
        EventDates dates = new EventDates(times, List.of(s));
        Optional<PartialDate> date = times.in(s).get(0).date();
        assertThat(dates.adjustYear(date, status, s).map(Object::toString).orElse("-"))
                .isEqualTo(expected);
    }

    /** A bare weekday moves by a week when the tense says so. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "On Wednesday, they met.|true|2023-01-25",
        "On Wednesday, they will meet.|false|2023-02-01",
        "On Monday, they met.|true|2023-01-30",
    })
    void movesABareWeekdayByTense(String text, boolean past, String expected) {
        Sentence s = new Sentence(0, 0, 0, text.length(), text);
        TimeIndex times = new TimeIndex(List.of(s), Optional.of(ANCHOR));
        EventDates dates = new EventDates(times, List.of(s));
        assertThat(dates.byTense(times.in(s).get(0), past).map(Object::toString).orElse("-"))
                .isEqualTo(expected);
    }
}
