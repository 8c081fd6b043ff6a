package io.github.jointstatements.parsers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jointstatements.parsers.Format;
import io.github.jointstatements.parsers.Page;
import io.github.jointstatements.parsers.PageInput;
import java.lang.ref.WeakReference;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * A template is shared by every page a parser reads: once read, a page must not stay reachable
 * from it. jsoup's structural evaluators (descendant, child, {@code :has}) remember their
 * matches per thread until a query starts; the reader matches element by element, so it must
 * clear them itself, or memory grows with every page until the heap runs out.
 */
class HtmlPageReaderMemoryTest {

    private static final HtmlPageReader.Template TEMPLATE = HtmlPageReader.Template.builder()
            .content("div.post > div.body", "article:has(p)")
            .title("div.post h1")
            .remove("div.post .share")
            .build();

    private static final String HTML = "<html><head><title>Joint Statement</title></head><body>"
            + "<div class=post><h1>Joint Statement of the Two Ministers</h1><div class=body>"
            + "<p>The Ministers met in Canberra on 5 May 2020 and reaffirmed their commitment to"
            + " the partnership between their two countries.</p>"
            + "<p>They will meet again next year.</p><p class=share>Share</p></div></div>"
            + "</body></html>";

    @Test
    void a_page_read_is_not_kept_by_the_shared_template() throws InterruptedException {
        WeakReference<Document> read = readOnce();

        for (int i = 0; i < 20 && read.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }

        assertThat(read.get()).as("the document of a page already read").isNull();
    }

    private static WeakReference<Document> readOnce() {
        PageInput input = PageInput.of("post.html", Format.HTML, HTML, Optional.empty());
        Page page = HtmlPageReader.read(input, "test", TEMPLATE);
        assertThat(page.paragraphs()).isNotEmpty();
        return new WeakReference<>(input.document());
    }
}
