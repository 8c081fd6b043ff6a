package io.github.jointstatements.parsers.pages;

import io.github.jointstatements.parsers.Format;
import io.github.jointstatements.parsers.Page;
import io.github.jointstatements.parsers.PageInput;
import io.github.jointstatements.parsers.PageParser;
import io.github.jointstatements.parsers.internal.HtmlMetadata;
import io.github.jointstatements.parsers.internal.HtmlPageReader;
import java.util.Locale;

/**
 * Reads posts of Blogger blogs ({@code *.blogspot.com} and custom domains whose generator is
 * Blogger), in every template generation: the classic and layout templates ({@code .post-body},
 * {@code h3.post-title}, {@code h2.date-header}, {@code abbr.published}), the 2017+ themes
 * ({@code .post-body.entry-content}, {@code time.published}) and the mobile view of {@code ?m=1}
 * pages ({@code .mobile-post-outer}). The date header is the post's own date; on a post that
 * reposts a release, it stays the repost's date ({@code source.publishedOn}) and the release's
 * own headline and date become the page's. An archive, label or home page that shows several
 * posts is a listing ({@link Page#noStatement()}), with all their text.
 */
public final class BloggerPageParser implements PageParser {

    private static final HtmlPageReader.Template TEMPLATE = HtmlPageReader.Template.builder()
            .content(".post-body", ".entry-content", ".post-content", "[itemprop=articleBody]")
            .allContentMatches()
            .title(".post-title", ".entry-title", "[itemprop=headline]")
            .date(".date-header", "abbr.published", "time.published", ".post-timestamp",
                    "[itemprop=datePublished]")
            .remove(".post-footer", ".post-share-buttons", ".blog-pager", ".comments",
                    ".post-feeds", ".share-button", ".jump-link", ".post-labels")
            .build();

    /** The class names the fit test looks for: indexed in every page's metadata. */
    private static final String POST_BODY = HtmlMetadata.indexedClass("post-body");
    private static final String BLOG_POSTS = HtmlMetadata.indexedClass("blog-posts");

    /** Creates the parser; it holds no state. */
    public BloggerPageParser() {}

    @Override
    public String id() {
        return "blogger";
    }

    @Override
    public int fit(PageInput input) {
        if (input.format() != Format.HTML) {
            return NO_FIT;
        }
        if (input.host().filter(BloggerPageParser::isBlogspot).isPresent()) {
            return HOST_FIT;
        }
        HtmlMetadata meta = HtmlMetadata.of(input);
        if (meta.generator().filter(g -> g.toLowerCase(Locale.ROOT).contains("blogger"))
                .isPresent() || meta.host(input).filter(BloggerPageParser::isBlogspot).isPresent()
                || meta.hasClass(POST_BODY) && meta.hasClass(BLOG_POSTS)) {
            return MARKUP_FIT;
        }
        return NO_FIT;
    }

    private static boolean isBlogspot(String host) {
        return host.endsWith(".blogspot.com") || host.contains(".blogspot.");
    }

    @Override
    public Page parse(PageInput input) {
        return HtmlPageReader.read(input, id(), TEMPLATE, (page, reading) -> {
            long posts = reading.roots().size();
            if (posts > 1) {
                page.noStatement(true); // an archive, label or home page: a list of posts
            }
        });
    }
}
