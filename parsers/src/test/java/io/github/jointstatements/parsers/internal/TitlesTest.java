package io.github.jointstatements.parsers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A site's name comes off a title; a headline's own dashes and colons stay. */
class TitlesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', nullValues = "-", textBlock = """
            UNITED ARAB EMIRATES CONTRIBUTES 500,000 DOSES - Press Releases - Portal; -; UNITED ARAB EMIRATES CONTRIBUTES 500,000 DOSES
            Joint Statement on ICE Pact | The White House; The White House; Joint Statement on ICE Pact
            WEEKLY ADDRESS: Merry Christmas from the President | whitehouse.gov; -; WEEKLY ADDRESS: Merry Christmas from the President
            Silicon Exposed: Open Verilog flow for GreenPak4 devices; Silicon Exposed; Open Verilog flow for GreenPak4 devices
            Joint Statement: Minister Lee and Secretary Austin; -; Joint Statement: Minister Lee and Secretary Austin
            Malaysia - UAE cooperation; -; Malaysia - UAE cooperation
            """)
    void removes_the_site_name(String title, String site, String expected) {
        assertThat(Titles.clean(title, Optional.ofNullable(site))).isEqualTo(expected);
    }

    @Test
    void a_blogs_insertions_into_the_originals_headline_are_dropped() {
        assertThat(Titles.withoutInsertions(
                "Joint Statement by Lee Jong-Sup ( ROK) and Lloyd Austin (U.S.) (2023)",
                "Joint Statement by Lee Jong-Sup and Lloyd Austin (2023)"))
                .isEqualTo("Joint Statement by Lee Jong-Sup and Lloyd Austin (2023)");
    }
}
