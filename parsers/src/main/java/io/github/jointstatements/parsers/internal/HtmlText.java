package io.github.jointstatements.parsers.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns an element's content into paragraphs: one per block (paragraph, heading, list item,
 * table row, quotation, or run of text between line breaks), white space collapsed, scripts and
 * styles skipped.
 *
 * <p>Walks the tree iteratively, so deeply nested markup cannot overflow the stack. Thread-safe.
 */
public final class HtmlText {

    /** A tag's place in the text, bits of one int. */
    private static final int BLOCK = 1;
    private static final int CELL = 2;
    private static final int SKIP = 4;

    private HtmlText() {}

    /**
     * Returns the kind bits of an element's tag, 0 for inline elements: a switch on the tag's
     * name (its hash, cached in the string, then one comparison), cheaper than a map's look-up.
     */
    private static int kind(Element element) {
        return switch (element.normalName()) {
            // blocks: their start and end break a paragraph
            case "address", "article", "aside", "blockquote", "body", "center", "dd", "details",
                    "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
                    "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li",
                    "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
                    "tfoot", "thead", "tr", "ul", "br", "caption" -> BLOCK;
            // table cells: a row's cells are joined on one line
            case "td", "th" -> CELL;
            // never text of the page: skipped with their content
            case "script", "style", "noscript", "template", "iframe", "object", "embed", "svg",
                    "canvas", "select", "button", "input", "textarea", "title", "head", "meta",
                    "link", "option" -> SKIP;
            default -> 0;
        };
    }

    /** Returns the paragraphs of {@code root}'s content, in document order. */
    public static List<String> paragraphs(Element root) {
        return paragraphs(root, node -> false);
    }

    /** Returns the paragraphs of {@code root}'s content, leaving out elements {@code skip} names. */
    public static List<String> paragraphs(Element root, java.util.function.Predicate<Element> skip) {
        List<String> paragraphs = new ArrayList<>();
        // the text is collapsed as it is appended, not copied first and collapsed at each flush
        Lines.Collapser current = new Lines.Collapser(256);
        // the kinds of the elements descended into, innermost last: an element's tag is read
        // once, not again when the walk leaves it
        int[] kinds = new int[32];
        int depth = 0;
        Node node = root.childNodeSize() > 0 ? root.childNode(0) : null;
        while (node != null) {
            boolean descend = false;
            int kind = 0;
            if (node instanceof TextNode text) {
                current.append(text.getWholeText());
            } else if (node instanceof Element element) {
                kind = kind(element);
                if ((kind & SKIP) != 0 || skip.test(element)) {
                    // skipped with its content
                } else if ((kind & CELL) != 0) {
                    current.append(" | ");
                    descend = element.childNodeSize() > 0;
                } else {
                    if ((kind & BLOCK) != 0) {
                        flush(current, paragraphs);
                    }
                    descend = element.childNodeSize() > 0;
                }
            }
            if (descend) {
                if (depth == kinds.length) {
                    kinds = Arrays.copyOf(kinds, depth * 2);
                }
                kinds[depth++] = kind;
                node = node.childNode(0);
                continue;
            }
            // climb until a next sibling exists, flushing at the end of each block
            Node next = null;
            while (node != root) {
                next = node.nextSibling();
                if (next != null) {
                    break;
                }
                node = node.parent();
                if (node == null || node == root) {
                    break;
                }
                kind = kinds[--depth]; // the parent's, read when the walk entered it
                if ((kind & BLOCK) != 0) {
                    flush(current, paragraphs);
                }
            }
            if (next == null) {
                break; // back at the root: the walk is done
            }
            if ((kind & BLOCK) != 0) {
                flush(current, paragraphs); // the end of a block with more after it
            }
            node = next;
        }
        flush(current, paragraphs);
        return paragraphs;
    }

    private static void flush(Lines.Collapser current, List<String> paragraphs) {
        if (current.isEmpty()) {
            return;
        }
        String text = current.take();
        // a table row's cells leave separators at its ends
        while (text.startsWith("|")) {
            text = text.substring(1).strip();
        }
        while (text.endsWith("|")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        if (!text.isEmpty()) {
            paragraphs.add(text);
        }
    }
}
