package io.github.jointstatements.parsers;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jointstatements.core.Source;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The main text and metadata of a page, as a {@link PageParser} reads it: what general
 * extractors give, with a repost unwrapped (the original's title, date and publisher; the
 * reposting page's own date in {@link Source#publishedOn()}).
 *
 * <p>A page is the input of the text analysis and the output of the command line's {@code page}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePage.class)
@JsonDeserialize(as = ImmutablePage.class)
@JsonPropertyOrder({"title", "date", "updated", "location", "publisher", "language", "source",
    "noStatement", "paragraphs"})
public interface Page {

    /** {@return the headline of the document; on a repost, the original's} */
    Optional<String> title();

    /** {@return the day the document was issued; on a repost, the original's date} */
    Optional<LocalDate> date();

    /**
     * {@return the day the page says the document was last changed, when that is later than its
     * {@link #date()}: an "updated" date, kept apart from the original one}
     */
    Optional<LocalDate> updated();

    /** {@return the place a dateline gives ("WASHINGTON", "Paris"), if any} */
    Optional<String> location();

    /** {@return the institution that issued the document} */
    Optional<String> publisher();

    /** {@return the language of the page as a BCP 47 tag, if declared or recognised} */
    Optional<String> language();

    /** {@return where the page was read and which parser read it} */
    Source source();

    /**
     * {@return whether the page parser recognised a page that holds no statement: a listing, an
     * index of releases, a tag page. Such a page still has its text in {@link #paragraphs()}}
     */
    @Value.Default
    default boolean noStatement() {
        return false;
    }

    /** {@return the main text, one string per paragraph, list item, heading or table row} */
    List<String> paragraphs();

    /** {@return a new builder} */
    static ImmutablePage.Builder builder() {
        return ImmutablePage.builder();
    }
}
