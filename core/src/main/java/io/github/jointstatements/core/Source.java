package io.github.jointstatements.core;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a statement was read: the page, its canonical address, on a repost the original's
 * address, the site, the day the page itself was published, and the page parser that read it.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSource.class)
@JsonDeserialize(as = ImmutableSource.class)
@JsonPropertyOrder({"url", "canonicalUrl", "originalUrl", "siteName", "publishedOn", "parser"})
public interface Source {

    /** {@return the address of the page read, when it is known} */
    Optional<URI> url();

    /** {@return the address the page declares as canonical} */
    Optional<URI> canonicalUrl();

    /** {@return the address of the original release, on a repost} */
    Optional<URI> originalUrl();

    /** {@return the name of the site the page belongs to} */
    Optional<String> siteName();

    /**
     * {@return the day the page itself was published; on a repost this is the repost's date, and
     * the statement's own date is {@link Statement#date()}}
     */
    Optional<LocalDate> publishedOn();

    /** {@return the id of the page parser that read the page ({@code "blogger"}, {@code "text"})} */
    String parser();

    /** {@return a new builder} */
    static ImmutableSource.Builder builder() {
        return ImmutableSource.builder();
    }
}
