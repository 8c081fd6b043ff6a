package io.github.jointstatements.parsers.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Helpers over a text's tokens and the gazetteer mentions found in it: token indexes of offsets,
 * the mention at or before an offset, the first country or organisation inside a span, and the
 * words of a name. Stateless.
 */
final class TokenSpans {

    private TokenSpans() {}

    static List<String> nameTokens(List<Token> tokens, int from, int to) {
        List<String> words = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String w = tokens.get(i).text();
            if (w.endsWith(".")) {
                w = w.substring(0, w.length() - 1);
            }
            words.add(w);
        }
        return words;
    }

    /** Returns the name of the first organisation named inside an office, or null. */
    static String organizationIn(Places places, int from, int to) {
        for (Mention m : places.all()) {
            if (m.start() >= from && m.end() <= to
                    && m.entity().type() == EntityType.ORGANIZATION) {
                return m.entity().name();
            }
        }
        return null;
    }

    static Mention firstCountry(Places places, int from, int to) {
        for (Mention m : places.all()) {
            if (m.start() >= from && m.end() <= to && m.entity().type() == EntityType.COUNTRY) {
                return m;
            }
        }
        return null;
    }

    /** Returns the offset of the last " of " between {@code from} and {@code before}. */
    static int lastOfBefore(String text, int from, int before) {
        int at = text.lastIndexOf(" of ", before);
        return at >= from ? at : -1;
    }

    static Mention mentionAt(Places places, List<Token> tokens, int index) {
        if (index >= tokens.size()) {
            return null;
        }
        int at = tokens.get(index).start();
        if (tokens.get(index).is("the") && index + 1 < tokens.size()) {
            Mention m = mentionAtOffset(places, at);
            return m != null ? m : mentionAtOffset(places, tokens.get(index + 1).start());
        }
        return mentionAtOffset(places, at);
    }

    static Mention mentionAtOffset(Places places, int offset) {
        return places.startingAt(offset);
    }

    static Mention mentionEndingAt(Places places, String text, int offset) {
        int end = offset;
        while (end > 0 && SentenceSplitter.isSpace(text.charAt(end - 1))) {
            end--;
        }
        return places.endingAt(end);
    }

    static int indexAt(List<Token> tokens, int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() >= offset) {
                return i;
            }
        }
        return tokens.size();
    }

    static int indexStart(List<Token> tokens, int offset) {
        int i = indexAt(tokens, offset);
        return i < tokens.size() ? tokens.get(i).start() : offset;
    }
}
