package io.github.jointstatements.parsers.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;

/**
 * A set of ASCII keywords found anywhere inside a text in one pass, ignoring ASCII case: what a
 * case-insensitive regular expression of their alternation finds ({@code (?i)a|b|c}, whose
 * {@code find()} tries every alternative at every position), as an Aho-Corasick automaton that
 * reads each character once. Characters outside ASCII never match a keyword character, as
 * without {@code UNICODE_CASE}.
 *
 * <p>Immutable and thread-safe.
 */
final class Keywords {

    /** The state after which a keyword has been read; the walk can stop there. */
    static final int FOUND = -1;

    /** The start state: nothing of any keyword read yet. */
    static final int START = 0;

    /** Symbol of each ASCII character (lower-cased), 0 for characters in no keyword. */
    private final byte[] symbols = new byte[128];
    private final int alphabet;
    /** Next state by state and symbol, {@link #FOUND} once a keyword is complete. */
    private final int[] next;

    private Keywords(List<String> words) {
        int count = 1;
        for (String word : words) {
            if (word.isEmpty()) {
                throw new IllegalArgumentException("an empty keyword matches everything");
            }
            for (int i = 0; i < word.length(); i++) {
                char c = lower(word.charAt(i));
                if (c >= 128) {
                    throw new IllegalArgumentException("not an ASCII keyword: " + word);
                }
                if (symbols[c] == 0) {
                    symbols[c] = (byte) count++;
                }
            }
        }
        if (count > Byte.MAX_VALUE) {
            throw new IllegalArgumentException("too many distinct keyword characters");
        }
        alphabet = count;
        // the trie
        List<int[]> trie = new ArrayList<>();
        List<Boolean> ends = new ArrayList<>();
        trie.add(new int[alphabet]);
        ends.add(false);
        for (String word : words) {
            int state = 0;
            for (int i = 0; i < word.length(); i++) {
                int symbol = symbols[lower(word.charAt(i))];
                int to = trie.get(state)[symbol];
                if (to == 0) {
                    to = trie.size();
                    trie.add(new int[alphabet]);
                    ends.add(false);
                    trie.get(state)[symbol] = to;
                }
                state = to;
            }
            ends.set(state, true);
        }
        // breadth first: failure links turn the trie into a full automaton
        int states = trie.size();
        int[] fail = new int[states];
        boolean[] end = new boolean[states];
        for (int s = 0; s < states; s++) {
            end[s] = ends.get(s);
        }
        next = new int[states * alphabet];
        Queue<Integer> queue = new ArrayDeque<>();
        for (int symbol = 1; symbol < alphabet; symbol++) {
            int to = trie.get(0)[symbol];
            next[symbol] = to;
            if (to != 0) {
                fail[to] = 0;
                queue.add(to);
            }
        }
        while (!queue.isEmpty()) {
            int state = queue.remove();
            end[state] |= end[fail[state]];
            for (int symbol = 1; symbol < alphabet; symbol++) {
                int to = trie.get(state)[symbol];
                if (to != 0) {
                    fail[to] = next[fail[state] * alphabet + symbol];
                    next[state * alphabet + symbol] = to;
                    queue.add(to);
                } else {
                    next[state * alphabet + symbol] = next[fail[state] * alphabet + symbol];
                }
            }
        }
        for (int i = 0; i < next.length; i++) {
            if (end[next[i]]) {
                next[i] = FOUND;
            }
        }
    }

    /** Returns the automaton of the keywords. */
    static Keywords of(String... words) {
        return new Keywords(Arrays.asList(words));
    }

    /** Returns whether {@code text} holds one of the keywords, ignoring ASCII case. */
    boolean foundIn(CharSequence text) {
        return read(START, text) == FOUND;
    }

    /**
     * Reads {@code text} on from {@code state} ({@link #START}, or what an earlier call
     * returned) and returns the state after it: {@link #FOUND} once a keyword has been read.
     * Reading two texts one after the other is reading them joined.
     */
    int read(int state, CharSequence text) {
        if (state == FOUND) {
            return FOUND;
        }
        int s = state;
        for (int i = 0, n = text.length(); i < n; i++) {
            s = step(s, text.charAt(i));
            if (s == FOUND) {
                return FOUND;
            }
        }
        return s;
    }

    /** Returns the state after {@code c}, read in {@code state} (not {@link #FOUND}). */
    int step(int state, char c) {
        int symbol = c < 128 ? symbols[lower(c)] : 0;
        return next[state * alphabet + symbol];
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
