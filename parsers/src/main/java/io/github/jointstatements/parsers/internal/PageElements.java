package io.github.jointstatements.parsers.internal;

import java.util.Arrays;
import org.jsoup.nodes.Element;

/**
 * A page's elements in document order, numbered from 0, and which of them carry each class name,
 * each id and an {@code itemprop} attribute (microdata, by which templates mark a post's
 * headline, date and body): gathered in the metadata's walk, so that a template's selector is
 * tested only on the elements that show the class, id or item property it needs, not on every
 * element of the page.
 *
 * <p>Not thread-safe while elements are added; a page's metadata only asks it afterwards.
 */
final class PageElements {

    private Element[] elements = new Element[256];
    private int size;
    private final ClassNames classes = new ClassNames();
    /** The ids of the elements that have one, and those elements' numbers. */
    private String[] ids = new String[32];
    private int[] idElements = new int[32];
    private int idCount;
    /** The numbers of the elements that have an {@code itemprop} attribute. */
    private int[] itemProperties = new int[16];
    private int itemPropertyCount;

    /**
     * Adds the next element in document order.
     *
     * @param classAttribute its class attribute, empty when it has none
     * @param id its id attribute, empty when it has none
     * @param itemProperty whether it has an {@code itemprop} attribute
     */
    void add(Element element, String classAttribute, String id, boolean itemProperty) {
        if (size == elements.length) {
            elements = Arrays.copyOf(elements, size * 2);
        }
        elements[size] = element;
        if (!classAttribute.isEmpty()) {
            classes.addAll(classAttribute, size);
        }
        if (!id.isEmpty()) {
            if (idCount == ids.length) {
                ids = Arrays.copyOf(ids, idCount * 2);
                idElements = Arrays.copyOf(idElements, idCount * 2);
            }
            ids[idCount] = id;
            idElements[idCount] = size;
            idCount++;
        }
        if (itemProperty) {
            if (itemPropertyCount == itemProperties.length) {
                itemProperties = Arrays.copyOf(itemProperties, itemPropertyCount * 2);
            }
            itemProperties[itemPropertyCount++] = size;
        }
        size++;
    }

    /** Returns the number of elements. */
    int size() {
        return size;
    }

    /** Returns the element of a number. */
    Element get(int number) {
        return elements[number];
    }

    /** Returns whether some element has the class {@code name}, compared exactly. */
    boolean hasClass(String name) {
        return classes.contains(name);
    }

    /** Returns whether some element has the id {@code id}, compared exactly. */
    boolean hasId(String id) {
        // listed, not hashed: a page has hundreds, and its fit tests ask for two or three
        for (int i = 0; i < idCount; i++) {
            if (ids[i].equals(id)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the numbers of the elements whose class attribute may hold {@code name}, ASCII
     * case ignored as jsoup's class selectors ignore it, in document order: every element that
     * holds it, and maybe a few more, which the caller's own test of each leaves out; {@code
     * null} when the page's class names cannot tell ({@link ClassNames#elementsWith}): any
     * element may.
     */
    int[] withClass(String name) {
        return classes.elementsWith(name);
    }

    /**
     * Returns how many questions about class names were answered by reading every class
     * attribute, the names not having been asked ({@link ClassNames#ask}) when the page was read.
     */
    int unaskedClassQuestions() {
        return classes.unaskedQuestions();
    }

    /** Returns whether some element has an {@code itemprop} attribute. */
    boolean hasItemProperty() {
        return itemPropertyCount > 0;
    }

    /** Returns the numbers of the elements that have an {@code itemprop} attribute, in document order. */
    int[] withItemProperty() {
        return Arrays.copyOf(itemProperties, itemPropertyCount);
    }

    /** Returns the numbers of the elements whose id is {@code id} (compared exactly), in document order. */
    int[] withId(String id) {
        int n = 0;
        int[] found = new int[4];
        for (int i = 0; i < idCount; i++) {
            if (ids[i].equals(id)) {
                if (n == found.length) {
                    found = Arrays.copyOf(found, n * 2);
                }
                found[n++] = idElements[i];
            }
        }
        return Arrays.copyOf(found, n);
    }
}
