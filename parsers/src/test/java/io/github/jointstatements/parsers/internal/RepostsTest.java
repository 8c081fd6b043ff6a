package io.github.jointstatements.parsers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The marks of a repost, and what they say of the original. */
class RepostsTest {

    private static final String TEXT = "The two ministers met today and reaffirmed their alliance.";
    private static final URI RELEASE = URI.create(
            "https://www.defense.gov/News/Releases/Release/Article/3281000/joint-statement/");

    @Test
    void an_email_bulletin_repeats_the_headline_and_date_after_view_online() {
        Optional<Reposts.Repost> repost = Reposts.unwrap(List.of("View Online",
                "Joint Statement: Minister Lee and", "Secretary Austin", "JAN. 31, 2023", TEXT),
                () -> List.of(new Reposts.Link("View Online", RELEASE)),
                Optional.of("example.blogspot.com"));
        assertThat(repost).hasValueSatisfying(r -> {
            assertThat(r.title()).hasValue("Joint Statement: Minister Lee and Secretary Austin");
            assertThat(r.date()).hasValue(LocalDate.of(2023, 1, 31));
            assertThat(r.originalUrl()).hasValue(RELEASE);
            assertThat(r.paragraphs()).containsExactly(TEXT);
        });
    }

    @Test
    void a_source_line_names_the_original_and_its_date() {
        Optional<Reposts.Repost> repost = Reposts.unwrap(List.of(
                "Source: U.S. Department of Defense, March 4, 2024", TEXT),
                () -> List.of(new Reposts.Link("U.S. Department of Defense", RELEASE)),
                Optional.of("policy-notes.example.org"));
        assertThat(repost).hasValueSatisfying(r -> {
            assertThat(r.originalUrl()).hasValue(RELEASE);
            assertThat(r.date()).hasValue(LocalDate.of(2024, 3, 4));
            assertThat(r.paragraphs()).containsExactly(TEXT);
        });
    }

    @Test
    void a_link_to_an_issuer_host_names_the_original() {
        Optional<Reposts.Repost> repost = Reposts.unwrap(List.of(TEXT),
                () -> List.of(new Reposts.Link("the full statement", RELEASE)),
                Optional.of("news.example.com"));
        assertThat(repost).hasValueSatisfying(r -> {
            assertThat(r.originalUrl()).hasValue(RELEASE);
            assertThat(r.paragraphs()).containsExactly(TEXT);
        });
    }

    @Test
    void an_issuer_page_is_no_repost_and_a_plain_page_neither() {
        assertThat(Reposts.unwrap(List.of(TEXT), () -> List.of(new Reposts.Link("x", RELEASE)),
                Optional.of("www.defense.gov"))).isEmpty();
        assertThat(Reposts.unwrap(List.of(TEXT, "Source: the ministry"), List::of,
                Optional.empty())).isEmpty();
    }

    @Test
    void an_attribution_names_the_publisher_and_leaves_the_text() {
        Optional<Reposts.Repost> repost = Reposts.unwrap(List.of(
                "The following Readout was published by the U.S Department of State, Bureau of"
                        + " Andorian Affairs on Nov. 29. It is reproduced in full below.", TEXT,
                "Source: U.S Department of State, Bureau of Andorian Affairs"),
                List::of, Optional.of("newswire.example.com"));
        assertThat(repost).hasValueSatisfying(r -> {
            assertThat(r.publisher()).hasValue("U.S. Department of State");
            assertThat(r.date()).isEmpty(); // a day without its year
            assertThat(r.namesOriginal()).isFalse();
            assertThat(r.paragraphs()).containsExactly(TEXT);
        });
    }

    @Test
    void a_participial_attribution_gives_the_day() {
        Optional<Reposts.Repost> repost = Reposts.unwrap(List.of(
                "The press release issued by the Foreign Office on 23 September 2024.", TEXT),
                List::of, Optional.empty());
        assertThat(repost).hasValueSatisfying(r -> {
            assertThat(r.publisher()).hasValue("Foreign Office");
            assertThat(r.date()).hasValue(LocalDate.of(2024, 9, 23));
            assertThat(r.paragraphs()).containsExactly(TEXT);
        });
    }

    @Test
    void a_sentence_of_the_statement_is_no_attribution() {
        assertThat(Reposts.attribution(
                "The statement was issued by the two leaders on 5 May 2020 in Oslo.")).isEmpty();
        assertThat(Reposts.attribution(
                "The joint statement was issued by the leaders on 5 May 2020.")).isEmpty();
        assertThat(Reposts.unwrap(List.of("The two sides agreed as follows:", TEXT), List::of,
                Optional.empty())).isEmpty();
    }

    @Test
    void an_announcement_of_the_full_text_drops_the_framing_before_it() {
        Optional<Reposts.Repost> repost = Reposts.unwrap(List.of(
                "Andoria and Oslo issued a joint communique on Monday.",
                "Following is the full text of the joint communique:", TEXT),
                List::of, Optional.empty());
        assertThat(repost).hasValueSatisfying(r -> assertThat(r.paragraphs())
                .containsExactly(TEXT));
    }

    @Test
    void a_headline_after_the_announcement_is_the_original_title() {
        Optional<Reposts.Repost> repost = Reposts.unwrap(List.of(
                "Ministers met in Oslo and issued a joint statement.",
                "The full text of the joint statement is as in the following:",
                "Oslo Ministerial Meeting: Joint Statement", TEXT), List::of, Optional.empty());
        assertThat(repost).hasValueSatisfying(r -> {
            assertThat(r.title()).hasValue("Oslo Ministerial Meeting: Joint Statement");
            assertThat(r.paragraphs()).containsExactly(TEXT);
        });
    }

    @Test
    void a_bare_address_closing_the_text_is_the_original() {
        Optional<Reposts.Repost> repost = Reposts.unwrap(List.of(TEXT,
                "https://www.state.gov/joint-statement-on-andoria/"), List::of, Optional.empty());
        assertThat(repost).hasValueSatisfying(r -> {
            assertThat(r.originalUrl()).hasValue(
                    URI.create("https://www.state.gov/joint-statement-on-andoria/"));
            assertThat(r.paragraphs()).containsExactly(TEXT);
        });
    }

    @Test
    void a_source_naming_an_issuer_by_host_or_name() {
        assertThat(Reposts.publisherNamed("nato.int")).hasValue("North Atlantic Treaty Organization");
        assertThat(Reposts.publisherNamed(" The White House, Office of the Press Secretary"))
                .hasValue("The White House");
        assertThat(Reposts.publisherNamed("the ministry")).isEmpty();
    }
}
