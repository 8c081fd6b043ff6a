package io.github.jointstatements.parsers.internal;

import java.util.Arrays;
import java.util.function.Consumer;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Visits the elements of a tree in document order: iteratively, so that markup nested hundreds
 * of thousands deep cannot overflow the stack, and without the list, iterator and stream
 * {@link Element#getAllElements()} builds; the children are read by index, so the siblings'
 * indexes are never looked at.
 *
 * <p>Thread-safe: no state.
 */
final class HtmlWalk {

    private HtmlWalk() {}

    /** Calls {@code visitor} on {@code root} and every element under it, in document order. */
    static void elements(Element root, Consumer<Element> visitor) {
        visitor.accept(root);
        if (root.childNodeSize() == 0) {
            return;
        }
        Element[] parents = new Element[32];
        int[] next = new int[32];
        int depth = 0;
        parents[0] = root;
        next[0] = 0;
        while (depth >= 0) {
            Element parent = parents[depth];
            int i = next[depth];
            if (i >= parent.childNodeSize()) {
                depth--;
                continue;
            }
            next[depth] = i + 1;
            Node child = parent.childNode(i);
            if (child instanceof Element element) {
                visitor.accept(element);
                if (element.childNodeSize() > 0) {
                    depth++;
                    if (depth == parents.length) {
                        parents = Arrays.copyOf(parents, depth * 2);
                        next = Arrays.copyOf(next, depth * 2);
                    }
                    parents[depth] = element;
                    next[depth] = 0;
                }
            }
        }
    }
}
