package io.github.jointstatements.parsers.internal;

import io.github.jointstatements.parsers.Format;
import io.github.jointstatements.parsers.PageInput;
import io.github.jointstatements.parsers.PageParser;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The fit test of a site's page parser: the address the page was read from names the site
 * ({@link PageParser#HOST_FIT}); else the page's own canonical address or characteristic markup
 * does ({@link #SITE_MARKUP_FIT}: above a platform's markup, since a site's template on WordPress
 * knows more than WordPress does). Cheap: the markup is looked at through the metadata read
 * once per input. Thread-safe.
 */
public final class SiteFit {

    /** The fit of a site's parser to a page that shows the site's markup. */
    public static final int SITE_MARKUP_FIT = PageParser.MARKUP_FIT + 10;

    private SiteFit() {}

    /**
     * Returns the fit of an HTML page to a site.
     *
     * @param input the page
     * @param domains the site's registered domains; a host matches a domain and its subdomains
     * @param markup what identifies the site's template when the address does not
     */
    public static int fit(PageInput input, java.util.List<String> domains,
            Predicate<HtmlMetadata> markup) {
        if (input.format() != Format.HTML) {
            return PageParser.NO_FIT;
        }
        Predicate<String> onSite = host -> onDomain(host, domains);
        if (input.host().filter(onSite).isPresent()) {
            return PageParser.HOST_FIT;
        }
        HtmlMetadata meta = HtmlMetadata.of(input);
        if (meta.host(input).filter(onSite).isPresent() || markup.test(meta)) {
            return SITE_MARKUP_FIT;
        }
        return PageParser.NO_FIT;
    }

    /** Returns whether {@code host} is one of {@code domains} or a subdomain of one. */
    public static boolean onDomain(String host, java.util.List<String> domains) {
        String h = host.toLowerCase(Locale.ROOT);
        for (int i = 0; i < domains.size(); i++) {
            String domain = domains.get(i);
            // h.endsWith("." + domain), without the string it makes for every parser's test
            int dot = h.length() - domain.length() - 1;
            if (h.equals(domain) || dot >= 0 && h.charAt(dot) == '.' && h.endsWith(domain)) {
                return true;
            }
        }
        return false;
    }
}
