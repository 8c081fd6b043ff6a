package io.github.jointstatements.parsers.pages;

import io.github.jointstatements.parsers.Page;
import io.github.jointstatements.parsers.PageInput;
import io.github.jointstatements.parsers.PageParser;
import io.github.jointstatements.parsers.internal.HtmlMetadata;
import io.github.jointstatements.parsers.internal.HtmlPageReader;
import io.github.jointstatements.parsers.internal.SiteFit;
import java.util.List;

/**
 * Reads the briefing-room pages of the White House in the templates it has had: the Drupal
 * site of 2009–2017 (archived at {@code obamawhitehouse.archives.gov}: the press office's header
 * with {@code #press_article_date_created}, the body in {@code .field-name-field-forall-body}),
 * the WordPress site of 2017–2025 (archived at {@code trumpwhitehouse.archives.gov} and
 * {@code bidenwhitehouse.archives.gov}: {@code h1.page-title}, {@code time.posted-on},
 * {@code .body-content}) and the block theme of 2025 ({@code .wp-block-post-content},
 * {@code .wp-block-post-date}). The press office's date is the release's date; the header lines
 * of a transcript ("Remarks of ... as Delivered", "The White House", the date) leave the text.
 */
public final class WhiteHousePageParser implements PageParser {

    private static final HtmlPageReader.Template TEMPLATE = HtmlPageReader.Template.builder()
            .content(".field-name-field-forall-body .field-items",
                    ".pane-node-field-forall-body .field-items", ".body-content",
                    ".wp-block-post-content", ".page-content__content", ".entry-content")
            .title(".pane-node-title h1", "h1.page-title", ".wp-block-whitehouse-topper__headline",
                    "h1.topper__title", "h1")
            .date("#press_article_date_created", ".press-article-date", "time.posted-on",
                    ".wp-block-post-date time", ".posted-on time", "time[datetime]")
            .remove(".press-article-header-wrapper", ".youtube-shortcode-container--responsive",
                    ".share-links", ".wp-block-whitehouse-share", ".page-footer")
            .publisher("The White House")
            .build();

    private static final List<String> DOMAINS = List.of("whitehouse.gov",
            "obamawhitehouse.archives.gov", "trumpwhitehouse.archives.gov",
            "bidenwhitehouse.archives.gov");

    /** The class name the fit test looks for: indexed in every page's metadata. */
    private static final String WP_BLOCK_WHITEHOUSE_TOPPER_HEADLINE =
            HtmlMetadata.indexedClass("wp-block-whitehouse-topper__headline");

    /** Creates the parser; it holds no state. */
    public WhiteHousePageParser() {}

    @Override
    public String id() {
        return "whitehouse-gov";
    }

    @Override
    public int fit(PageInput input) {
        return SiteFit.fit(input, DOMAINS, meta -> meta.hasId("press_article_date_created")
                || meta.hasClass(WP_BLOCK_WHITEHOUSE_TOPPER_HEADLINE));
    }

    @Override
    public Page parse(PageInput input) {
        return HtmlPageReader.read(input, id(), TEMPLATE);
    }
}
