package io.github.jointstatements.parsers.analysis;

import io.github.jointstatements.core.PartialDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The time expressions of each sentence, found once and resolved against the statement's date.
 * Not thread-safe; one per analysis.
 */
final class TimeIndex {

    private final List<List<TimeExpression>> bySentence;
    private final Optional<LocalDate> anchor;

    TimeIndex(List<Sentence> sentences, Optional<LocalDate> anchor) {
        this.anchor = anchor;
        // found on first use: only sentences with a pledge or an event need them
        this.bySentence = new ArrayList<>(java.util.Collections.nCopies(sentences.size(), null));
    }

    /** Returns the statement's date, if known. */
    Optional<LocalDate> anchor() {
        return anchor;
    }

    /** Returns the time expressions of a sentence, left to right. */
    List<TimeExpression> in(Sentence s) {
        List<TimeExpression> found = bySentence.get(s.index());
        if (found == null) {
            found = TimeExpressions.find(s.text(), anchor);
            bySentence.set(s.index(), found);
        }
        return found;
    }

    /** Returns the first date a sentence gives at or after offset {@code from}. */
    Optional<PartialDate> firstDateIn(Sentence s, int from) {
        for (TimeExpression t : in(s)) {
            if (t.start() >= from && t.date().isPresent()) {
                return t.date();
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the first date a sentence gives at or after offset {@code from} that does not end
     * before the statement's date: when a pledged action is to happen.
     */
    Optional<PartialDate> firstFutureDateIn(Sentence s, int from) {
        for (TimeExpression t : in(s)) {
            if (t.start() >= from && t.date().isPresent()
                    && (anchor.isEmpty() || !t.date().get().end().isBefore(anchor.get()))) {
                return t.date();
            }
        }
        return Optional.empty();
    }
}
