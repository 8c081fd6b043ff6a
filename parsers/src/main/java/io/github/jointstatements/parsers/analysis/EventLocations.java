package io.github.jointstatements.parsers.analysis;

import static io.github.jointstatements.parsers.analysis.EventVerbs.participleAfter;

import io.github.jointstatements.core.EventKind;
import java.util.List;
import java.util.Locale;

/**
 * Where an event takes place: the place after its name ("in Seoul", "at the Kuala Lumpur
 * International Airport"), a place within its name ("Phnom Penh Summit"), a visit's destination
 * ("visit to Japan"); never a region a named event only names ("the Summit of the Americas").
 * Thread-safe.
 */
final class EventLocations {

    /** Lower-case words that end a venue's name: "the Forum Secretariat headquarters in". */
    private static final java.util.Set<String> VENUE_WORDS = java.util.Set.of("headquarters",
            "premises", "building", "compound");

    private final Gazetteer gazetteer;

    EventLocations(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** "in Seoul", "at the Kuala Lumpur International Airport", after the name. */
    String placeAfter(Sentence s, List<Token> t, int end, Places places) {
        int limit = Math.min(t.size(), end + 14);
        boolean participle = participleAfter(t, end);
        for (int k = end; k + 1 < limit; k++) {
            Token x = t.get(k);
            String w = x.lower();
            boolean relative = (w.equals("which") || w.equals("that")) && k + 1 < limit
                    && (t.get(k + 1).is("will") || t.get(k + 1).is("was")
                    || t.get(k + 1).is("is") || t.get(k + 1).is("took"));
            if (w.equals(";") || (w.equals("which") || w.equals("that")) && !relative
                    || w.equals("and") && k > end + 1 && !participle) {
                break; // ", which will be held in London" still places it
            }
            if (w.equals("in") || w.equals("at")) {
                int q = k + 1;
                if (q + 3 < t.size() && t.get(q).is("the") && t.get(q + 1).is("city")
                        && t.get(q + 2).is("of")) {
                    q += 3; // "in the city of Astana"
                }
                Mention m = places.startingAt(t.get(q).start());
                String town = m == null ? townBeforeCity(s, t, q) : null;
                if (m == null && town == null && w.equals("in")) {
                    town = townOfCountry(s, t, q, places);
                }
                if (town != null) {
                    return town; // "in Cholpon Ata city": a town the gazetteer lacks
                }
                if (m == null && t.get(q).is("the") && q + 1 < t.size()) {
                    m = places.startingAt(t.get(q + 1).start());
                    q++;
                }
                if (m != null && m.entity().type() != EntityType.ORGANIZATION
                        && !modifies(s.text(), m)) {
                    return placeText(s.text(), m);
                }
                if (w.equals("at") && t.get(k + 1).is("the")) {
                    int r = q;
                    while (r < t.size() && t.get(r).isCapitalized() && t.get(r).isWord()) {
                        r++;
                    }
                    if (r - q >= 2) {
                        String city = cityAfterVenue(s, t, r, places);
                        return city != null ? city
                                : s.text().substring(t.get(q).start(), t.get(r - 1).end());
                    }
                }
            }
        }
        return null;
    }

    /**
     * A town the gazetteer lacks, named with its country: the capitalised words from {@code q}
     * before a comma and a country ("in Sandton, Republic of South Africa, on 20 June"); or null.
     */
    static String townOfCountry(Sentence s, List<Token> t, int q, Places places) {
        int r = q;
        while (r < t.size() && r < q + 3 && t.get(r).isCapitalized() && t.get(r).isWord()
                && !EventWords.CALENDAR_WORDS.contains(t.get(r).lower())) {
            r++;
        }
        if (r == q || r + 1 >= t.size() || !t.get(r).text().equals(",")) {
            return null;
        }
        int c = t.get(r + 1).is("the") && r + 2 < t.size() ? r + 2 : r + 1;
        Mention m = places.startingAt(t.get(c).start());
        return m != null && m.entity().type() == EntityType.COUNTRY
                ? s.text().substring(t.get(q).start(), t.get(r - 1).end()) : null;
    }

    /** The capitalised words before a lower-case "city" from {@code q}, or null. */
    private static String townBeforeCity(Sentence s, List<Token> t, int q) {
        int r = q;
        while (r < t.size() && r < q + 3 && t.get(r).isCapitalized() && t.get(r).isWord()) {
            r++;
        }
        return r > q && r < t.size() && t.get(r).text().equals("city")
                ? s.text().substring(t.get(q).start(), t.get(r - 1).end()) : null;
    }

    /**
     * The city after a venue that the gazetteer does not know: "at the Pacific Islands Forum
     * Secretariat (headquarters) in Suva" is in Suva.
     */
    private static String cityAfterVenue(Sentence s, List<Token> t, int r, Places places) {
        int k = r;
        if (k < t.size() && VENUE_WORDS.contains(t.get(k).lower())) {
            k++;
        }
        if (k + 1 >= t.size() || !t.get(k).is("in")) {
            return null;
        }
        Mention m = places.startingAt(t.get(k + 1).start());
        return m != null && m.entity().type() != EntityType.ORGANIZATION
                && !modifies(s.text(), m) ? placeText(s.text(), m) : null;
    }

    /**
     * The place a trip goes to, in the clause before {@code to} ("will travel to Kuala Lumpur,
     * Malaysia on 26 October to attend ...", "will visit Brussels to join ..."), or null.
     */
    static String tripDestination(Sentence s, List<Token> t, int to, Places places) {
        for (int k = to - 1; k >= 0 && k >= to - 20; k--) {
            String w = t.get(k).lower();
            if (w.equals(";") || w.equals(".")) {
                return null;
            }
            int q = EventWords.TRAVEL_VERBS.contains(w) && t.get(k + 1).is("to") ? k + 2
                    : EventWords.VISIT_VERBS.contains(w) ? k + 1 : -1;
            if (q < 0 || q >= to) {
                continue;
            }
            if (t.get(q).is("the") && q + 1 < to) {
                q++;
            }
            Mention m = places.startingAt(t.get(q).start());
            return m != null && m.entity().type() != EntityType.ORGANIZATION
                    && !modifies(s.text(), m) ? placeText(s.text(), m) : null;
        }
        return null;
    }

    /** A place in the name ("Phnom Penh Summit") or a visit's destination ("to the ROK"). */
    static String placeWithin(Sentence s, List<Token> t, int start, int end,
            Places places, EventKind kind) {
        for (Mention m : places.all()) {
            if (m.start() >= t.get(start).start() && m.end() <= t.get(end - 1).end()) {
                if (m.entity().type() == EntityType.PLACE) {
                    return placeText(s.text(), m);
                }
                if (kind == EventKind.VISIT && m.entity().type() == EntityType.COUNTRY
                        && m.start() > 3 && s.text().startsWith("to ", m.start() - 3)
                        || kind == EventKind.VISIT && m.start() > 7
                        && s.text().startsWith("to the ", m.start() - 7)) {
                    return placeText(s.text(), m);
                }
            }
        }
        // "Official Visit to Thailand"
        if (kind == EventKind.VISIT && end + 1 < t.size() && t.get(end).is("to")) {
            int q = end + 1;
            if (t.get(q).is("the") && q + 1 < t.size()) {
                q++;
            }
            Mention m = places.startingAt(t.get(q).start());
            if (m != null) {
                return placeText(s.text(), m);
            }
        }
        return null;
    }

    /** Whether a visit or trip has a destination: "a visit to Japan", "his trip to Seoul". */
    static boolean destination(List<Token> t, int end, EventKind kind, Places places) {
        if (kind != EventKind.VISIT || end + 1 >= t.size() || !t.get(end).is("to")) {
            return false;
        }
        int q = end + 1;
        if (t.get(q).is("the") && q + 1 < t.size()) {
            q++;
        }
        Mention m = places.startingAt(t.get(q).start());
        return m != null && m.entity().type() != EntityType.ORGANIZATION;
    }

    /** Whether a place is a region without a country: "Africa", "the Americas", "Pacific". */
    boolean isRegion(String place) {
        List<Mention> mentions = gazetteer.find(place);
        return mentions.size() == 1 && mentions.get(0).start() == 0
                && mentions.get(0).end() == place.length()
                && mentions.get(0).entity().type() == EntityType.PLACE
                && mentions.get(0).entity().countryCode().isEmpty();
    }

    static String placeText(String text, Mention m) {
        String place = text.substring(m.start(), m.end());
        int bracket = place.indexOf(" [");
        if (bracket > 0) {
            place = place.substring(0, bracket); // a dateline's "Canberra [Australia]"
        }
        if (place.toLowerCase(Locale.ROOT).startsWith("the ")) {
            place = place.substring(4);
        }
        return place;
    }

    /** The district a capital's name may carry without a comma: "Washington D.C.". */
    private static final List<String> CAPITAL_DISTRICTS = List.of(" D.C.", " DC", " D.C");

    /**
     * The city of a place as an event's location, as ANNOTATION.md asks: "Canberra [Australia]",
     * "Georgetown, Guyana", "Washington, D.C." and "Washington DC" are Canberra, Georgetown and
     * Washington; a place without a comma or a bracket is kept as it is.
     */
    static String city(String place) {
        String city = place;
        int bracket = city.indexOf('[');
        if (bracket > 0) {
            int end = bracket;
            while (end > 0 && Character.isSpaceChar(city.charAt(end - 1))) {
                end--; // a space, or a no-break space
            }
            city = city.substring(0, end);
        }
        int comma = city.indexOf(", ");
        if (comma > 0) {
            city = city.substring(0, comma);
        }
        for (String district : CAPITAL_DISTRICTS) {
            if (city.endsWith(district) && city.length() > district.length()) {
                city = city.substring(0, city.length() - district.length());
            }
        }
        return city;
    }

    /** Whether a place names something after it: "the U.S. National Security Council". */
    static boolean modifies(String text, Mention m) {
        int k = m.end();
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        return k > m.end() && k < text.length() && Character.isUpperCase(text.charAt(k));
    }
}
