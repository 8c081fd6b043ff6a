package io.github.jointstatements.parsers.analysis;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The readings of one statement's texts (its sentences, its headline), each made once and shared
 * by every rule that asks: the opening persons, the party countries, the readouts' counterparts
 * and the references all read the persons of the same opening sentences, and one pass of the
 * {@link PersonFinder} over a sentence now serves them all.
 *
 * <p>A text's reading depends on the text alone, so readings are kept by text. One instance serves
 * one analysis and is dropped with it: not thread-safe, and nothing in it outlives the statement.
 */
final class TextReadings {

    private final Gazetteer gazetteer;
    private final PersonFinder finder;
    private final Map<String, Reading> byText = new HashMap<>();

    /** Returns readings made with the gazetteer and the person finder given. */
    TextReadings(Gazetteer gazetteer, PersonFinder finder) {
        this.gazetteer = gazetteer;
        this.finder = finder;
    }

    /** Returns readings with their own person finder, for rules tried outside an analysis. */
    static TextReadings of(Gazetteer gazetteer, Offices offices) {
        return new TextReadings(gazetteer, new PersonFinder(gazetteer, offices));
    }

    /** Returns the reading of {@code text}, made on the first call for that text. */
    Reading of(String text) {
        Reading reading = byText.get(text);
        if (reading == null) {
            reading = new Reading(text);
            byText.put(text, reading);
        }
        return reading;
    }

    /** Returns the persons {@code text} names: {@link PersonFinder#find(String)}, unmodifiable. */
    List<PersonMention> persons(String text) {
        return of(text).persons();
    }

    /** Returns the person finder behind the readings. */
    PersonFinder finder() {
        return finder;
    }

    /**
     * One text as the finders read it: its tokens, cut when the reading is made; the gazetteer's
     * mentions and the persons it names, found on first use, as most sentences need neither.
     * What it returns is the same on every call and cannot be changed.
     */
    final class Reading {
        private final String text;
        private final List<Token> tokens;
        private Places places;
        private List<PersonMention> persons;

        private Reading(String text) {
            this.text = text;
            this.tokens = Collections.unmodifiableList(Token.tokenize(text));
        }

        /** Returns the text read. */
        String text() {
            return text;
        }

        /** Returns the text's tokens ({@link Token#tokenize}), unmodifiable. */
        List<Token> tokens() {
            return tokens;
        }

        /** Returns the gazetteer's mentions in the text. */
        Places places() {
            if (places == null) {
                places = new Places(gazetteer.find(text));
            }
            return places;
        }

        /** Returns the persons and offices the text names, left to right, unmodifiable. */
        List<PersonMention> persons() {
            if (persons == null) {
                persons = Collections.unmodifiableList(finder.find(text, tokens, places()));
            }
            return persons;
        }
    }
}
