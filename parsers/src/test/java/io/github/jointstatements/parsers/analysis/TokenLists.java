package io.github.jointstatements.parsers.analysis;

import java.util.List;

/** Finds words in a sentence's tokens, for tests of the rules that take a token position. */
final class TokenLists {

    private TokenLists() {
    }

    /**
     * Returns the position of the first token whose text is {@code word}.
     *
     * @throws IllegalArgumentException when no token is that word: the test is wrong
     */
    static int indexOf(List<Token> tokens, String word) {
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).text().equals(word)) {
                return k;
            }
        }
        throw new IllegalArgumentException(word);
    }
}
