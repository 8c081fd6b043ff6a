package io.github.jointstatements.parsers.analysis;

import io.github.jointstatements.core.Event;
import io.github.jointstatements.core.EventStatus;
import io.github.jointstatements.core.ImmutableEvent;
import io.github.jointstatements.parsers.Page;
import io.github.jointstatements.parsers.internal.PageDates;
import io.github.jointstatements.parsers.internal.TextLeads;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a statement was made, by the first rule that answers: the page's dateline; a place that
 * names the title's document ("The Washington Declaration"); the place of a meeting the title
 * names ("... Summit in Beijing"); where the meeting the statement reports, or the opening
 * paragraph's held event, took place; the first city the opening paragraph places the parties
 * in ("met in Geneva", "convened ... in Clark, Philippines", "hosted ... in Edinburgh", "held
 * its 24th meeting today in Canberra" (held a meeting, not "held hostage"), "led the first ...
 * consultations ... in Washington", "met in Katoomba, NSW").
 *
 * <p>Immutable and thread-safe.
 */
final class StatementLocations {

    /** A statement's place, when one is found, and the rule that found it. */
    record Decision(Optional<String> place, String rule) {}

    private static final Pattern PLACE_TITLE = Pattern.compile(
            "^(?:The\\s+)?((?:[A-Z][\\p{L}.'’-]*\\s+){1,3})(?:Declaration|Communiqu[eé]|"
            + "Statement|Commitment|Accord|Agreement|Principles)\\b");

    /** A title's meeting and its place: "... following the EU-China Summit in Beijing". */
    private static final Pattern TITLE_MEETING_PLACE = Pattern.compile(
            "(?i)\\b(?:summit|meeting|conference|talks|session|dialogue|forum|ministerial)\\s"
            + "(?:held\\s)?in\\s((?-i:\\p{Lu})[\\p{L}.'’-]{1,25}(?:\\s(?-i:\\p{Lu})[\\p{L}.'’-]{1,25}){0,2})");

    /** A place and its country after a verb of meeting: "convened ... in Clark, Philippines". */
    private static final Pattern PLACE_OF_COUNTRY = Pattern.compile(
            "\\b(?:in|at)\\s(\\p{Lu}[\\p{L}.'’-]{1,25}(?:\\s\\p{Lu}[\\p{L}.'’-]{1,25}){0,2}),\\s"
            + "((?:the\\s)?\\p{Lu}[\\p{L}.'’-]{1,25}(?:\\s(?:and\\s)?\\p{Lu}[\\p{L}.'’-]{1,25}){0,3})");

    /** The statement signed or issued where it was: "signed a joint communique ... in Beijing". */
    private static final Pattern ISSUED = Pattern.compile(
            "\\b(?:signed|issued|released|adopted)\\s(?:a|the|their)\\s(?:joint\\s)?(?:press\\s)?"
            + "(?:communiqu[eé]|statement|declaration)\\b"
            // "the text of the joint communique issued in New Delhi yesterday"
            + "|\\bjoint\\s(?:press\\s)?(?:communiqu[eé]|statement|declaration)\\s(?:was\\s)?"
            + "(?:signed|issued|released|adopted)(?=\\sin\\s)");

    /** Words one of which every {@link #ISSUED} match has: a cheap test before its scan. */
    private static final List<String> ISSUED_WORDS = List.of("communiqu", "statement",
            "declaration");

    /** Words one of which every {@link #GATHERED} match has: a cheap test before its scan. */
    private static final List<String> GATHERED_WORDS = List.of("met", "meet", "particip",
            "joined", "gathered", "convened", "assembled", "held", "hosted", "led the",
            "co-chaired", "chaired");

    private static final Pattern GATHERED = Pattern.compile(
            "\\b(?:met|meet|meets|participated|participate|joined|gathered|convened|assembled"
            + "|(?:was|were)\\s(?:held|convened|hosted)|(?<=,\\s)meeting(?=\\sin\\s)"
            + "|hosted(?!\\s(?:in|by)\\b)|(?:held|led|co-chaired|chaired)\\s(?:its|their|the|a|an)\\s"
            + "(?:[^.;]|(?<=\\p{Lu})\\.){0,40}?(?:meeting|session|summit|talks|consultations|conference"
            + "|dialogue))\\b");

    /**
     * A place the tables lack, named with its state's or province's abbreviation after a verb
     * of meeting: "met in Katoomba, NSW on 19-20 July".
     */
    /**
     * A place with its region's abbreviation is the meeting's when it follows the verb within
     * this many characters ("met in Katoomba, NSW"), not a topic further on ("met ... to discuss
     * migration in Del Rio, TX").
     */
    private static final int MAX_REGION_DISTANCE = 40;

    private static final Pattern PLACE_OF_REGION = Pattern.compile(
            "\\bin\\s(\\p{Lu}[\\p{L}.'’-]{1,25}(?:\\s\\p{Lu}[\\p{L}.'’-]{1,25}){0,2}),\\s"
            + "(\\p{Lu}{2,4})(?=[\\s,.;]|$)");

    private final Gazetteer gazetteer;

    StatementLocations(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Returns where the statement on {@code page} was made, its events found already. */
    Decision locate(Page page, List<Sentence> sentences, List<EventFinder.Found> events) {
        String title = page.title().orElse("");
        Optional<String> location = page.location().map(StatementLocations::titleCase);
        String locationRule = "the page's dateline";
        Optional<String> named = namedMeetingPlace(sentences);
        if (location.isPresent() && named.isPresent()) {
            // "ISLAMABAD, JUL 14 – On the sidelines of the SCO Council ... meeting in Dushanbe,
            // ... met ...": the wire filed in its own city a meeting held elsewhere
            location = named;
            locationRule = "the place the opening says the meeting was held in, not the dateline's";
        }
        if (location.isPresent() && reportsCall(title, sentences)) {
            // "BEIJING, Feb. 25 (Xinhua) -- ... held a telephone conversation with ...": the
            // wire filed the call's account there; a call is held nowhere
            location = Optional.empty();
        }
        if (location.isEmpty()) {
            Matcher m = PLACE_TITLE.matcher(title);
            if (m.find()) {
                String place = m.group(1).strip();
                Optional<Entity> e = gazetteer.lookup(place);
                if (e.isPresent() && e.get().type() == EntityType.PLACE) {
                    location = Optional.of(place);
                    locationRule = "the place that names the title's document";
                }
            }
        }
        if (location.isEmpty()) {
            Matcher m = TITLE_MEETING_PLACE.matcher(title);
            if (m.find() && isCity(m.group(1))) {
                location = Optional.of(m.group(1));
                locationRule = "the place of the meeting the title names";
            }
        }
        if (location.isEmpty()) {
            location = titleMeetingCity(title);
            locationRule = "the city that names the title's meeting or document";
        }
        if (location.isEmpty()) {
            for (EventFinder.Found f : events) {
                Event e = f.event();
                if (f.occasion() && e.location().isPresent()) {
                    location = e.location();
                    locationRule = "where the meeting the statement reports took place";
                    break;
                }
            }
        }
        if (location.isEmpty()) {
            for (EventFinder.Found f : events) {
                Event e = f.event();
                if (e.location().isPresent() && e.status() == EventStatus.HELD
                        && e.evidence().paragraph() == 0 && isCity(e.location().get())) {
                    location = e.location();
                    locationRule = "where the opening paragraph's event took place";
                    break;
                }
            }
        }
        if (location.isEmpty()) {
            location = openingPlace(sentences);
            locationRule = "the first city the opening paragraph places the parties in";
        }
        if (location.isEmpty()) {
            location = donePlace(page.paragraphs());
            locationRule = "the closing line that says where it was done";
        }
        return new Decision(location.map(this::tableName), locationRule);
    }

    /** A place as the table names it when the text writes it longer: "New York City". */
    private String tableName(String place) {
        for (Mention m : gazetteer.find(place)) {
            if (m.start() == 0 && m.end() == place.length()
                    && m.entity().type() == EntityType.PLACE) {
                return placeName(m, place);
            }
        }
        return place;
    }

    /**
     * Places the meetings the statement reports, held and not placed by their own text, where
     * the statement was made: the meeting took place there. Calls are not placed.
     */
    static void placeOccasions(List<EventFinder.Found> events, String place) {
        for (int i = 0; i < events.size(); i++) {
            EventFinder.Found f = events.get(i);
            if (f.occasion() && f.event().location().isEmpty()
                    && f.event().status() == EventStatus.HELD
                    && !f.event().name().startsWith("call")) {
                events.set(i, new EventFinder.Found(ImmutableEvent.copyOf(f.event())
                        .withLocation(EventLocations.city(place)),
                        f.rule() + "; place: the statement's", true));
            }
        }
    }

    /**
     * The place an opening names as the meeting's in words that say so: "on the sidelines of the
     * SCO Council of Foreign Ministers meeting in Dushanbe", "in the city of Langfang"; bounded.
     */
    private static final Pattern SIDELINES_IN = Pattern.compile(
            "\\b[Oo]n\\sthe\\s(?:sidelines|margins)\\sof\\s[^.;]{0,120}?\\sin\\s(?:the\\scity\\sof\\s)?"
            + "(\\p{Lu}[\\p{L}'’-]{1,25}(?:\\s\\p{Lu}[\\p{L}'’-]{1,25}){0,2})"
            + "|\\bin\\sthe\\scity\\sof\\s(\\p{Lu}[\\p{L}'’-]{1,25}(?:\\s\\p{Lu}[\\p{L}'’-]{1,25}){0,2})");

    /**
     * The place the opening sentence says its meeting was held in ("on the sidelines of ...
     * in Dushanbe", "in the city of Langfang"): a city of the tables after "sidelines", any
     * capitalised name after "the city of"; empty when it says neither.
     */
    private Optional<String> namedMeetingPlace(List<Sentence> sentences) {
        if (sentences.isEmpty() || sentences.get(0).paragraph() != 0) {
            return Optional.empty();
        }
        Matcher m = SIDELINES_IN.matcher(sentences.get(0).text());
        if (!m.find()) {
            return Optional.empty();
        }
        if (m.group(2) != null) {
            return Optional.of(m.group(2));
        }
        return isCity(m.group(1)) ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * A call as the statement's subject: "held a telephone conversation", "phone talks", "spoke
     * by phone", "had a video call"; bounded, no nested quantifiers.
     */
    private static final Pattern CALL = Pattern.compile(
            "(?i)\\b(?:(?:tele)?phone|video)\\s(?:call|conversation|talks?)\\b"
            + "|\\b(?:by|on\\sthe|over\\sthe)\\s(?:tele)?phone\\b|\\btelephonic\\b");

    /**
     * Whether the title or the opening sentence reports a call ("Chinese FM holds phone talks
     * with ...", "... had a telephone conversation on Dec. 8"), not a meeting in a place.
     */
    static boolean reportsCall(String title, List<Sentence> sentences) {
        if (CALL.matcher(title).find()) {
            return true;
        }
        return !sentences.isEmpty() && sentences.get(0).paragraph() == 0
                && CALL.matcher(sentences.get(0).text()).find();
    }

    /**
     * The name of a place a mention writes with more words than the table's ("New York City"
     * for New York), else as the text writes it.
     */
    private static String placeName(Mention m, String text) {
        String named = text.substring(m.start(), m.end());
        String name = m.entity().name();
        return named.length() > name.length() && named.startsWith(name + " ") ? name : named;
    }

    /** The words after a city that make it a title's meeting's or document's place. */
    private static final Pattern MEETING_AFTER_CITY = Pattern.compile(
            "^\\s(?:(?:Leaders['’]?|Ministerial|Heads\\sof\\sState|\\d{4})\\s){0,2}"
            + "(?:Summit|Declaration|Communiqu[eé]|Conference|Round|Process|Dialogue)\\b");

    /** A word in lower case: "Readout of White House Meeting", "Message on the ... Declaration". */
    private static final Pattern LOWER_CASE_WORD = Pattern.compile("(?:^|\\s)\\p{Ll}");

    /**
     * The city a title names right before its meeting or document, only capitalised words
     * before it: "Bishkek Declaration of the Heads of State Council", "G20 Osaka Leaders'
     * Declaration", "Fact Sheet: Quad Leaders Tokyo Summit 2022"; not "Readout of White House
     * Meeting with ..." or "Message on the Anniversary of the Virginia Declaration of Rights".
     */
    private Optional<String> titleMeetingCity(String title) {
        for (Mention m : gazetteer.find(title)) {
            if (m.entity().type() == EntityType.PLACE && m.entity().countryCode().isPresent()
                    && !LOWER_CASE_WORD.matcher(title.substring(0, m.start())).find()
                    && MEETING_AFTER_CITY.matcher(title.substring(m.end())).find()) {
                return Optional.of(title.substring(m.start(), m.end()));
            }
        }
        return Optional.empty();
    }

    /** "Done at Brussels on 12 May 2020", "Done in Suva, Fiji, this fifth day of ...". */
    private static final Pattern DONE_AT = Pattern.compile(
            "^(?:Done|Signed|Issued|Adopted)\\s(?:at|in)\\s(\\p{Lu}[\\p{L}.'’-]{1,25}(?:\\s\\p{Lu}[\\p{L}.'’-]{1,25}){0,2})"
            + "(?:,\\s[\\p{L} ]{2,30})?,?\\s(?:on|this)\\s");

    /** Closing paragraphs read for the line that says where the text was done. */
    private static final int CLOSING_PARAGRAPHS = 3;

    /**
     * The place of a closing line that says where the text was done ("Done at Brussels on 12
     * May 2020 in two originals", "Signed in Oslo on ..."), among the last paragraphs.
     */
    private static Optional<String> donePlace(List<String> paragraphs) {
        for (int i = paragraphs.size() - 1; i >= Math.max(0, paragraphs.size() - CLOSING_PARAGRAPHS); i--) {
            Matcher m = DONE_AT.matcher(paragraphs.get(i));
            if (m.find()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    private boolean isCity(String place) {
        return gazetteer.lookup(place).filter(e -> e.type() == EntityType.PLACE
                && e.countryCode().isPresent()).isPresent();
    }

    /** Whether the text contains one of the words, in their case. */
    private static boolean containsAny(String text, List<String> words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The city the opening paragraph says the parties met in or took part from: "met in
     * Geneva", "participated from Jerusalem", "was held at Placencia, Belize"; the second
     * paragraph's when the first is a heading or a lead announcing the text.
     */
    private Optional<String> openingPlace(List<Sentence> sentences) {
        // the opening paragraph; the second when the first is a heading, no sentence ("FIFTY –
        // NINTH ORDINARY SESSION OF THE AUTHORITY ... 19 June 2021, Accra, Republic of Ghana")
        boolean heading = !sentences.isEmpty() && sentences.get(0).paragraph() == 0
                && (sentences.size() == 1 || sentences.get(1).paragraph() > 0)
                && (!io.github.jointstatements.parsers.internal.Lines.endsSentence(sentences.get(0).text())
                // "The following is the text of a joint press release by ...": a lead over it
                || TextLeads.opensAsLead(sentences.get(0).text()));
        for (Sentence s : sentences) {
            if (s.paragraph() > (heading ? 1 : 0)) {
                break;
            }
            String text = s.text();
            Matcher verb = containsAny(text, GATHERED_WORDS) ? GATHERED.matcher(text) : null;
            if (verb == null || !verb.find()) {
                verb = containsAny(text, ISSUED_WORDS) ? ISSUED.matcher(text) : null;
                if (verb == null || !verb.find()) {
                    continue;
                }
            }
            for (Mention m : gazetteer.find(s.text())) {
                if (m.start() < verb.end() || m.entity().type() != EntityType.PLACE
                        || m.entity().countryCode().isEmpty()) {
                    continue;
                }
                String before = s.text().substring(Math.max(verb.end(), m.start() - 6),
                        m.start()).toLowerCase(Locale.ROOT);
                // "hosted ... leaders from Alabama": the guests' home, not the meeting's place
                if (before.endsWith(" in ") || before.endsWith(" at ") && verb.group().endsWith("held")
                        || before.endsWith("from ")
                        && !verb.group().startsWith("hosted")) {
                    return Optional.of(placeName(m, s.text()));
                }
            }
            // "convened the meeting in Clark, Philippines": a place the table lacks, named
            // with its country
            Matcher placed = PLACE_OF_COUNTRY.matcher(s.text());
            placed.region(verb.end(), s.text().length());
            while (placed.find()) {
                // the country may end the sentence: "in Ohrid, North Macedonia."
                String named = placed.group(2);
                Optional<Entity> country = gazetteer.lookup(named);
                if (country.isEmpty() && named.endsWith(".")) {
                    country = gazetteer.lookup(named.substring(0, named.length() - 1));
                }
                if (country.isEmpty() && named.contains(" and ")) {
                    // "in Clark, Philippines and ...": the country before the list goes on
                    country = gazetteer.lookup(named.substring(0, named.indexOf(" and ")));
                }
                if (country.isPresent() && country.get().type() == EntityType.COUNTRY
                        && gazetteer.lookup(placed.group(1)).isEmpty()) {
                    return Optional.of(placed.group(1));
                }
            }
            // "met in Katoomba, NSW": a place the table lacks, named with its region's
            // abbreviation, which names no country or organisation
            Matcher regional = PLACE_OF_REGION.matcher(s.text());
            regional.region(verb.end(), s.text().length());
            if (regional.find() && regional.start() - verb.end() <= MAX_REGION_DISTANCE
                    && gazetteer.lookup(regional.group(1)).isEmpty()
                    && gazetteer.lookup(regional.group(2)).isEmpty()
                    && !PageDates.isMonth(regional.group(1))) {
                return Optional.of(regional.group(1));
            }
        }
        return Optional.empty();
    }

    private static String titleCase(String place) {
        if (!place.equals(place.toUpperCase(Locale.ROOT))) {
            return place;
        }
        StringBuilder b = new StringBuilder(place.length());
        boolean start = true;
        for (int i = 0; i < place.length(); i++) {
            char c = place.charAt(i);
            b.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c) && c != '\'';
        }
        return b.toString();
    }
}
