package io.github.jointstatements.parsers.pages;

import io.github.jointstatements.parsers.Page;
import io.github.jointstatements.parsers.PageInput;
import io.github.jointstatements.parsers.PageParser;
import io.github.jointstatements.parsers.internal.HtmlMetadata;
import io.github.jointstatements.parsers.internal.HtmlPageReader;
import io.github.jointstatements.parsers.internal.SiteFit;
import java.util.List;
import java.util.Locale;

/**
 * Reads posts of WordPress sites, self-hosted or on {@code wordpress.com}: recognised by the
 * generator meta tag, the REST API link ({@code wp-json}) or the classic and block themes'
 * markup; the text in {@code .entry-content} (or the article's {@code .post-content}), the
 * headline in {@code h1.entry-title}, the date in {@code time.entry-date} or the JSON-LD and
 * {@code article:published_time} that WordPress and its SEO plugins write.
 */
public final class WordPressPageParser implements PageParser {

    private static final List<String> DOMAINS = List.of("wordpress.com");

    private static final HtmlPageReader.Template TEMPLATE = HtmlPageReader.Template.builder()
            .content(".entry-content", "article .post-content", ".wp-block-post-content",
                    "[itemprop=articleBody]", ".post-entry")
            .title("h1.entry-title", ".entry-title", ".wp-block-post-title", "h1")
            .date("time.entry-date", ".posted-on time", ".wp-block-post-date time",
                    "time.published")
            .remove(".sharedaddy", ".jp-relatedposts", ".wp-block-buttons", ".post-navigation",
                    ".entry-footer", ".entry-meta", ".addtoany_share_save_container",
                    ".wpcnt", ".wp-block-jetpack-subscriptions")
            .build();

    /** The class name the fit test looks for: indexed in every page's metadata. */
    private static final String WP_BLOCK_POST_CONTENT =
            HtmlMetadata.indexedClass("wp-block-post-content");

    /** Creates the parser; it holds no state. */
    public WordPressPageParser() {}

    @Override
    public String id() {
        return "wordpress";
    }

    @Override
    public int fit(PageInput input) {
        // a platform, not a site: its markup fits less than a site's template built on it
        int fit = SiteFit.fit(input, DOMAINS, WordPressPageParser::isWordPress);
        return fit == SiteFit.SITE_MARKUP_FIT ? MARKUP_FIT : fit;
    }

    private static boolean isWordPress(HtmlMetadata meta) {
        return meta.generator().filter(g -> g.toLowerCase(Locale.ROOT).startsWith("wordpress"))
                .isPresent() || meta.hasWordPressApi() || meta.hasClass(WP_BLOCK_POST_CONTENT);
    }

    @Override
    public Page parse(PageInput input) {
        return HtmlPageReader.read(input, id(), TEMPLATE);
    }
}
