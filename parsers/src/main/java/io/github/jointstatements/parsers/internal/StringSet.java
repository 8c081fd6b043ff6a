package io.github.jointstatements.parsers.internal;

import java.util.HashSet;
import java.util.Set;

/**
 * A set of strings, added to and asked, for the values that a page's markup repeats on many
 * elements: its class attributes (class="post hentry uncustomized-post-template" on every post)
 * and the class names in them. A value is found by its length and five of its characters, and
 * compared whole only with the values that share those: a repeat costs no hash over all its
 * characters, which {@link String#hashCode()} would spend on each new string jsoup makes for an
 * attribute, and a class name is looked up inside its attribute without a substring. Values
 * that share length and sampled characters make long probes: past a bound the set hashes whole
 * values instead, so that no page makes it quadratic.
 *
 * <p>Not thread-safe while being added to; a set no longer added to may be read by any thread
 * once safely published.
 */
final class StringSet {

    private static final int MAX_PROBE = 16;

    private String[] table;
    private int size;
    /** The values, hashed whole, once sampled hashes have collided too often; else null. */
    private Set<String> whole;

    /** Returns an empty set sized for about {@code expected} values. */
    StringSet(int expected) {
        table = new String[Integer.highestOneBit(Math.max(expected, 8) * 2 - 1) * 2];
    }

    /** Adds {@code value}; returns whether it was not there yet. */
    boolean add(String value) {
        return add(value, 0, value.length());
    }

    /** Adds the characters of {@code text} from {@code start} to {@code end}; returns whether they were not there yet. */
    boolean add(String text, int start, int end) {
        if (whole != null) {
            return whole.add(text.substring(start, end));
        }
        boolean all = start == 0 && end == text.length();
        int mask = table.length - 1;
        int i = sampledHash(text, start, end) & mask;
        for (int probe = 0; probe < MAX_PROBE; probe++) {
            String at = table[i];
            if (at == null) {
                table[i] = all ? text : text.substring(start, end);
                if (++size * 2 > table.length) {
                    grow();
                }
                return true;
            }
            // a whole string is compared by equals, which the JIT vectorises; regionMatches
            // goes character by character
            if (all ? at.equals(text)
                    : at.length() == end - start && at.regionMatches(0, text, start, end - start)) {
                return false;
            }
            i = (i + 1) & mask;
        }
        whole = new HashSet<>();
        for (String at : table) {
            if (at != null) {
                whole.add(at);
            }
        }
        table = null;
        return whole.add(text.substring(start, end));
    }

    /** Returns whether {@code value} was added. */
    boolean contains(String value) {
        if (whole != null) {
            return whole.contains(value);
        }
        int mask = table.length - 1;
        int i = sampledHash(value, 0, value.length()) & mask;
        for (String at = table[i]; at != null; at = table[i]) {
            if (at.equals(value)) {
                return true;
            }
            i = (i + 1) & mask;
        }
        return false;
    }

    /** {@return the number of values added} */
    int size() {
        return whole != null ? whole.size() : size;
    }

    private void grow() {
        String[] old = table;
        table = new String[old.length * 2];
        int mask = table.length - 1;
        for (String value : old) {
            if (value != null) {
                int i = sampledHash(value, 0, value.length()) & mask;
                while (table[i] != null) {
                    i = (i + 1) & mask;
                }
                table[i] = value;
            }
        }
    }

    /** A hash of the length and five characters spread over the characters from start to end. */
    private static int sampledHash(String text, int start, int end) {
        int n = end - start;
        int h = n;
        if (n > 0) {
            h = h * 31 + text.charAt(start);
            h = h * 31 + text.charAt(start + (n >>> 2));
            h = h * 31 + text.charAt(start + (n >>> 1));
            h = h * 31 + text.charAt(end - 1 - (n >>> 2));
            h = h * 31 + text.charAt(end - 1);
        }
        h *= 0x9E3779B9; // spread the bits over the table's low ones
        return h ^ (h >>> 16);
    }
}
