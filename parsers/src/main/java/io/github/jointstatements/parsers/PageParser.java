package io.github.jointstatements.parsers;

/**
 * A reader of one kind of page: a blog platform, an issuer's press template, or a generic
 * fallback. Page parsers are services, found with {@link java.util.ServiceLoader}; a user adds a
 * source by implementing this interface in a jar of their own and registering it in
 * {@code META-INF/services/io.github.jointstatements.parsers.PageParser} (and with
 * {@code provides} in {@code module-info.java}).
 *
 * <p>Implementations are stateless, thread-safe, {@code public final}, and have a public
 * no-argument constructor.
 */
public interface PageParser {

    /** The fit of a parser that cannot read a page at all. */
    int NO_FIT = 0;

    /** The fit of a parser that can read any page of its format, but knows nothing special. */
    int GENERIC_FIT = 1;

    /** The fit of a parser that recognises the page's platform or template by its markup. */
    int MARKUP_FIT = 50;

    /** The fit of a parser that recognises the page's site by its address. */
    int HOST_FIT = 80;

    /**
     * {@return the parser's fixed kebab-case id, as it appears in {@code source.parser} and in
     * error messages ({@code "blogger"}, {@code "defense-gov"})}
     */
    String id();

    /**
     * Returns how well this parser fits the page. The registry asks every parser and takes the
     * best fit; the answer must be cheap: a look at the host, the generator meta tag or a
     * characteristic element.
     *
     * @param input the page
     * @return {@link #NO_FIT} if this parser cannot read the page at all, higher the better
     *     ({@link #GENERIC_FIT}, {@link #MARKUP_FIT}, {@link #HOST_FIT})
     */
    int fit(PageInput input);

    /**
     * Reads the page's main text and metadata.
     *
     * @param input the page, which this parser said it fits
     * @return the page's text and metadata, with {@code source.parser} set to {@link #id()}
     * @throws ParseException if the page cannot be read; a page that holds no statement is not
     *     an error here but a page with {@link Page#noStatement()} set
     */
    Page parse(PageInput input) throws ParseException;
}
