package io.github.jointstatements.parsers.analysis;

import io.github.jointstatements.parsers.internal.WordLists;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds persons named with an office or an honorific, and offices named alone, in one pass over a
 * text's tokens.
 *
 * <p>A mention is an optional country modifier ("ROK", "Australian", "United Kingdom"), an office
 * from {@link Offices} or a run of offices joined by commas and "and" ("Chinese Communist Party
 * Politburo Member, Director of the Office of the Foreign Affairs Commission, and Foreign Minister
 * Wang Yi"), an optional "of &lt;country&gt;" ("the Prime Minister of the Kingdom of Thailand"),
 * honorifics ("H.E. Dr."), and a name: capitalised words, initials, particles ("bin", "von der")
 * and a generational suffix. A name may also follow an honorific alone ("H.E. Sheikh Tahnoun bin
 * Zayed Al Nahyan of the UAE"). An "of &lt;country&gt;" after the name places the person.
 * Thread-safe.
 */
final class PersonFinder {

    private static final Set<String> HONORIFICS = new HashSet<>();
    private static final Set<String> OPENING_HONORIFICS = new HashSet<>();
    private static final Set<String> PARTICLES = Set.copyOf(
            WordLists.load(PersonFinder.class, "name-particles.txt"));
    private static final Set<String> SUFFIXES = Set.copyOf(
            WordLists.load(PersonFinder.class, "name-suffixes.txt"));
    /** Capitalised words that end a name in Title Case headlines. */
    private static final Set<String> NOT_NAMES = Set.of("and", "with", "of", "on", "in", "at",
            "to", "for", "by", "from", "the", "a", "an", "meeting", "call", "joint", "statement",
            "readout", "visit", "trip", "today", "yesterday", "tomorrow", "this", "during",
            "following", "after", "before", "about", "regarding", "between", "met", "spoke",
            "held", "hosted", "also", "who", "whose", "said", "says", "announced", "together",
            "both", "jointly", "discussed", "welcomed", "reaffirmed", "agreed", "as");

    /**
     * Capitalised words that end a name, where a Title Case headline runs on after it ("President
     * Joe Biden Marking Four Years Since ..."), though they may belong to an office.
     */
    private static final Set<String> NAME_STOPS = Set.copyOf(
            WordLists.load(PersonFinder.class, "name-stops.txt"));

    /** Royal styles written between an office and a name: "Defense Minister Prince Khalid". */
    private static final Set<String> ROYAL_STYLES = Set.of("Prince", "Princess");
    /** Words that Title Case capitalises in headlines and that may open a mention's context. */
    private static final Set<String> FUNCTION_WORDS = Set.of("and", "with", "of", "on", "in",
            "at", "to", "for", "by", "from", "the", "a", "an", "between", "following", "after",
            "before", "during", "about", "regarding", "as", "among", "amid");
    private static final int MAX_NAME_WORDS = 7;
    /** How many words a bare name may have: "Karine Jean-Pierre", "Elizabeth Sherwood-Randall". */
    private static final int BARE_NAME_WORDS = 4;
    /** A word of a bare name: "Psaki", "Jean-Pierre", "O’Rourke". */
    private static final Pattern BARE_NAME_WORD = Pattern.compile(
            "\\p{Lu}\\p{Ll}+(?:[-’'\\p{Lu}]\\p{L}+)?");
    /** Capitalised nouns that follow a name without being a given name: "Biden Administration". */
    private static final Set<String> GIVEN_NAME_STOPS = new HashSet<>(
            WordLists.load(PersonFinder.class, "institution-words.txt"));

    static {
        GIVEN_NAME_STOPS.addAll(List.of("monday", "tuesday", "wednesday", "thursday", "friday",
                "saturday", "sunday", "january", "february", "march", "april", "may", "june",
                "july", "august", "september", "october", "november", "december"));
    }
    /** How many words a plural office may have: "Executive Vice Presidents". */
    private static final int MAX_PLURAL_OFFICE_WORDS = 4;

    static {
        for (String entry : WordLists.load(PersonFinder.class, "honorifics.txt")) {
            String word = entry.endsWith("*") ? entry.substring(0, entry.length() - 1) : entry;
            HONORIFICS.add(word);
            if (entry.endsWith("*")) {
                OPENING_HONORIFICS.add(word);
            }
        }
    }

    private final Gazetteer gazetteer;
    private final Offices offices;

    PersonFinder(Gazetteer gazetteer, Offices offices) {
        this.gazetteer = gazetteer;
        this.offices = offices;
    }

    /**
     * Returns the person that {@code text} names by a bare name and nothing else, as a title's
     * issuer part may ("Statement from Jen Psaki on ...", "Statement by Jake Sullivan on ..."):
     * two to four capitalised words or initials, none an office, a state, an organisation, an
     * institution or a headline's verb; empty otherwise. The mention has no role or country.
     */
    Optional<PersonMention> bareName(String text) {
        String name = text.strip();
        String[] words = name.split("\\s+");
        if (words.length < 2 || words.length > BARE_NAME_WORDS
                || !BARE_NAME_WORD.matcher(words[words.length - 1]).matches()) {
            return Optional.empty();
        }
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT).replace('’', '\'');
            if (!(BARE_NAME_WORD.matcher(w).matches() || isInitial(w))
                    || isAllCaps(w) && !isInitial(w) || NOT_NAMES.contains(lower)
                    || NAME_STOPS.contains(lower) || GIVEN_NAME_STOPS.contains(lower)
                    || HONORIFICS.contains(w) || SUFFIXES.contains(w)) {
                return Optional.empty();
            }
        }
        if (!gazetteer.find(name).isEmpty()) {
            return Optional.empty();
        }
        for (int at = 0; at >= 0; at = name.indexOf(' ', at + 1)) {
            // "Joe President Biden"
            if (offices.officeEnd(name, at == 0 ? 0 : at + 1).isPresent()) {
                return Optional.empty();
            }
        }
        int start = text.indexOf(name);
        return Optional.of(new PersonMention(start, start + name.length(), name,
                List.of(words), Optional.empty(), Optional.empty(), Optional.empty(),
                "a bare name"));
    }

    /**
     * Returns whether {@code text} holds a word that ends a name where a Title Case headline
     * runs on, as its verb ("Mourning", "Marking", "Host").
     */
    static boolean holdsHeadlineStop(String text) {
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (NAME_STOPS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Returns the mentions in {@code text}, left to right, not overlapping. */
    List<PersonMention> find(String text) {
        return find(text, Token.tokenize(text), new Places(gazetteer.find(text)));
    }

    /** Returns the mentions in {@code text}, whose tokens and gazetteer mentions are given. */
    List<PersonMention> find(String text, List<Token> tokens, Places places) {
        List<PersonMention> found = new ArrayList<>();
        int previousEnd = 0; // the end of the last person named: offices before it are theirs
        int skip = 0; // the end of the last mention, named or not
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (!token.isCapitalized() || token.start() < skip) {
                continue;
            }
            PersonMention mention = at(text, tokens, places, i, previousEnd);
            if (mention == null) {
                List<PersonMention> several = plural(text, tokens, places, i);
                if (!several.isEmpty()) {
                    found.addAll(several);
                    skip = several.get(several.size() - 1).end();
                    previousEnd = skip;
                    continue;
                }
            }
            if (mention != null) {
                found.add(mention);
                skip = mention.end();
                if (mention.named()) {
                    previousEnd = mention.end();
                }
            }
        }
        return found;
    }

    /**
     * Returns the given name that follows a one-word family name in {@code text} without an
     * office: "Shigeru" for "Ishiba" in "President Biden called Ishiba Shigeru today"; empty if the
     * text has none. The name must stand alone: "the Biden Administration" has none.
     */
    Optional<String> givenNameAfter(String text, String family) {
        int at = text.indexOf(family);
        if (at < 0) {
            return Optional.empty();
        }
        List<Token> tokens = Token.tokenize(text);
        Places places = null;
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!tokens.get(i).text().equals(family)) {
                continue;
            }
            Token before = i > 0 ? tokens.get(i - 1) : null;
            Token given = tokens.get(i + 1);
            Token after = i + 2 < tokens.size() ? tokens.get(i + 2) : null;
            if (before != null && (before.isCapitalized() && before.isWord()
                    || HONORIFICS.contains(before.text()))
                    || !given.isWord() || !given.isCapitalized() || isAllCaps(given.text())
                    || given.text().length() < 3 || NOT_NAMES.contains(given.lower())
                    || NAME_STOPS.contains(given.lower())
                    || SUFFIXES.contains(given.text()) || GIVEN_NAME_STOPS.contains(given.lower())
                    || after != null && after.isWord() && after.isCapitalized()
                    || offices.officeEnd(text, given.start()).isPresent()) {
                continue;
            }
            if (places == null) {
                places = new Places(gazetteer.find(text));
            }
            if (places.startingAt(given.start()) == null
                    && places.startingAt(tokens.get(i).start()) == null) {
                return Optional.of(given.text());
            }
        }
        return Optional.empty();
    }

    private PersonMention at(String text, List<Token> tokens, Places places, int i,
            int previousEnd) {
        Token first = tokens.get(i);
        OptionalInt officeEnd = offices.officeEnd(text, first.start());
        if (officeEnd.isEmpty()) {
            if (OPENING_HONORIFICS.contains(first.text()) && !first.text().equals("His")
                    && !first.text().equals("Her")
                    || (first.text().equals("His") || first.text().equals("Her"))
                    && i + 1 < tokens.size() && HONORIFICS.contains(tokens.get(i + 1).text())) {
                return honorificOnly(text, tokens, places, i);
            }
            return null;
        }
        int officeStart = first.start();
        int roleEnd = officeEnd.getAsInt();
        // "Minister of Defense KONO Taro": the capitals are a family name, not an acronym
        int lastWord = indexAt(tokens, roleEnd) - 1;
        if (lastWord > i && isAllCaps(tokens.get(lastWord).text())
                && !tokens.get(lastWord).text().contains(".")
                && familyNameFirst(text, tokens, places, lastWord)) {
            OptionalInt shorter = offices.officeEnd(text.substring(0, tokens.get(lastWord - 1)
                    .end()), officeStart);
            if (shorter.isPresent()) {
                roleEnd = shorter.getAsInt();
            }
        }
        // an office run whose last part is only the start of the next office ("..., and
        // Foreign" of "and Foreign Minister Wang Yi"; "and National Security" of "Assistant to
        // the President and National Security Advisor Jake Sullivan") ends before that part
        int and = text.lastIndexOf(" and ", roleEnd);
        if (and > officeStart) {
            int cut = text.charAt(and - 1) == ',' ? and - 1 : and;
            OptionalInt next = offices.officeEnd(text, and + " and ".length());
            if (next.isPresent() && next.getAsInt() > roleEnd) {
                roleEnd = cut;
            }
        }
        String country = null;
        // an office that swallowed "of <country> <name>": cut it at the country
        Mention inside = firstCountry(places, officeStart, roleEnd);
        int next;
        if (inside != null) {
            int cut = lastOfBefore(text, officeStart, inside.start());
            if (cut > officeStart) {
                roleEnd = cut;
                country = inside.entity().countryCode().orElse(null);
                next = indexAt(tokens, inside.end());
            } else {
                next = indexAt(tokens, roleEnd);
            }
        } else {
            next = indexAt(tokens, roleEnd);
        }
        String organization = organizationIn(places, officeStart, roleEnd);
        // "of the Kingdom of Thailand", "of the European Commission"
        if (country == null && next < tokens.size() && tokens.get(next).is("of")) {
            Mention m = mentionAt(places, tokens, next + 1);
            if (m != null && m.entity().type() == EntityType.COUNTRY) {
                country = m.entity().countryCode().orElse(null);
                next = indexAt(tokens, m.end());
            } else if (m != null && m.entity().type() == EntityType.ORGANIZATION
                    && organization == null) {
                organization = m.entity().name();
                next = indexAt(tokens, m.end());
            }
        }
        // ", H.E. Ms. Yingluck Shinawatra" / ", John Healey"
        int nameFrom = next;
        if (nameFrom < tokens.size() && tokens.get(nameFrom).text().equals(",")) {
            nameFrom++;
        }
        // ", The Honorable Donald J. Trump"
        if (nameFrom + 1 < tokens.size() && tokens.get(nameFrom).is("the")
                && HONORIFICS.contains(tokens.get(nameFrom + 1).text())) {
            nameFrom++;
        }
        while (nameFrom < tokens.size() && (HONORIFICS.contains(tokens.get(nameFrom).text())
                || ROYAL_STYLES.contains(tokens.get(nameFrom).text()))) {
            nameFrom++;
        }
        int nameTo = nameEnd(text, tokens, places, nameFrom);
        if (nameTo == nameFrom && nameFrom != next) {
            nameFrom = next; // a comma after an office with no name after it
            nameTo = next;
        }
        // the office and its modifiers before it: the country, and offices joined by "and"
        int start = officeStart;
        int roleStart = officeStart;
        Mention before = mentionEndingAt(places, text, officeStart);
        if (before == null && i >= 2 && tokens.get(i - 1).isPossessive()) {
            before = places.endingAt(tokens.get(i - 2).end()); // "Canada’s National Security ..."
        }
        if (before != null && before.form() == MentionForm.NAME
                && headingBefore(tokens, before.start())) {
            before = null; // "Invitation to Visit Italy President Trump": a heading ran on
        }
        if (before != null && before.entity().type() == EntityType.COUNTRY
                && before.start() >= previousEnd) {
            start = before.start();
            if (country == null) {
                country = before.entity().countryCode().orElse(null);
            }
        } else if (before != null && before.entity().type() == EntityType.ORGANIZATION
                && before.form() != MentionForm.ADJECTIVE && before.start() >= previousEnd) {
            start = before.start(); // "World Bank President Ajay Banga"
            if (organization == null) {
                organization = before.entity().name();
            }
        } else if (counterpartCountry(tokens, places, i) != null) {
            // "his UK counterpart, Secretary of State for Defence, John Healey"
            if (country == null) {
                country = counterpartCountry(tokens, places, i);
            }
        } else {
            boolean coordinated = text.substring(officeStart, roleEnd).contains(", and ");
            int extended = extendRole(text, tokens, places, i, previousEnd, coordinated);
            if (extended < officeStart) {
                start = extended;
                roleStart = extended;
                Mention lead = mentionAtOffset(places, extended);
                if (lead != null && lead.entity().type() == EntityType.COUNTRY) {
                    roleStart = indexStart(tokens, lead.end());
                    if (country == null) {
                        country = lead.entity().countryCode().orElse(null);
                    }
                }
            }
        }
        String role = trimRole(text.substring(roleStart, roleEnd));
        if (nameTo == nameFrom) {
            int end = next > 0 && next <= tokens.size() ? tokens.get(next - 1).end() : roleEnd;
            return new PersonMention(start, Math.max(end, roleEnd), "", List.of(),
                    Optional.of(role), Optional.ofNullable(country), Optional.ofNullable(organization),
                    "office without a name");
        }
        int end = tokens.get(nameTo - 1).end();
        String name = text.substring(tokens.get(nameFrom).start(), end);
        List<String> nameTokens = nameTokens(tokens, nameFrom, nameTo);
        // "Joko Widodo of Indonesia"
        if (nameTo + 1 < tokens.size() && tokens.get(nameTo).is("of")) {
            Mention m = mentionAt(places, tokens, nameTo + 1);
            if (m != null && m.entity().type() == EntityType.COUNTRY) {
                if (country == null) {
                    country = m.entity().countryCode().orElse(null);
                }
                end = m.end();
            }
        }
        return new PersonMention(start, end, name, nameTokens, Optional.of(role),
                Optional.ofNullable(country), Optional.ofNullable(organization), "office + name");
    }

    /**
     * Returns the persons of a plural office followed by their names: "Presidents Biden and
     * Lula", "National Security Advisors Sullivan, Shin, and Akiba", each with the office in the
     * singular; or nothing.
     */
    private List<PersonMention> plural(String text, List<Token> tokens, Places places, int i) {
        int limit = Math.min(tokens.size() - 1, i + MAX_PLURAL_OFFICE_WORDS);
        for (int j = i; j < limit; j++) {
            Token t = tokens.get(j);
            if (!t.isWord() || !t.isCapitalized()) {
                return List.of();
            }
            String w = t.text();
            if (w.length() < 4 || !w.endsWith("s") || w.endsWith("ss")) {
                continue;
            }
            String singular = w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y"
                    : w.substring(0, w.length() - 1);
            String office = text.substring(tokens.get(i).start(), t.start()) + singular;
            OptionalInt end = offices.officeEnd(office, 0);
            if (end.isEmpty() || end.getAsInt() != office.length()) {
                continue;
            }
            List<PersonMention> found = new ArrayList<>();
            int k = j + 1;
            while (k < tokens.size()) {
                // "Prime Ministers Hon Tony Abbott and Rt Hon John Key"
                while (k < tokens.size() && (HONORIFICS.contains(tokens.get(k).text())
                        || tokens.get(k).is("the") && k + 1 < tokens.size()
                        && HONORIFICS.contains(tokens.get(k + 1).text()))) {
                    k++;
                }
                int to = nameEnd(text, tokens, places, k);
                if (to == k || to - k > 3) {
                    break;
                }
                int start = found.isEmpty() ? tokens.get(i).start() : tokens.get(k).start();
                found.add(new PersonMention(start, tokens.get(to - 1).end(),
                        text.substring(tokens.get(k).start(), tokens.get(to - 1).end()),
                        nameTokens(tokens, k, to), Optional.of(office), Optional.empty(),
                        Optional.empty(), "plural office + names"));
                k = to;
                if (k < tokens.size() && tokens.get(k).text().equals(",")) {
                    k++;
                }
                if (k < tokens.size() && tokens.get(k).is("and")) {
                    k++;
                } else if (k >= tokens.size() || !tokens.get(k - 1).text().equals(",")) {
                    break;
                }
            }
            return found.size() >= 2 ? found : List.of();
        }
        return List.of();
    }

    private PersonMention honorificOnly(String text, List<Token> tokens, Places places,
            int i) {
        int from = i;
        while (from < tokens.size() && HONORIFICS.contains(tokens.get(from).text())) {
            from++;
        }
        int to = nameEnd(text, tokens, places, from);
        if (to - from < 2 && !(to - from == 1 && !tokens.get(i).text().endsWith("."))) {
            return null; // "Mr. Sullivan" is a reference, not an introduction
        }
        int end = tokens.get(to - 1).end();
        String country = null;
        if (to + 1 < tokens.size() && tokens.get(to).is("of")) {
            Mention m = mentionAt(places, tokens, to + 1);
            if (m != null && m.entity().type() == EntityType.COUNTRY) {
                country = m.entity().countryCode().orElse(null);
                end = m.end();
            }
        }
        return new PersonMention(tokens.get(i).start(), end,
                text.substring(tokens.get(from).start(), tokens.get(to - 1).end()),
                nameTokens(tokens, from, to), Optional.empty(), Optional.ofNullable(country),
                Optional.empty(), "honorific + name");
    }

    /** Returns the token index just past the name that starts at {@code from}. */
    private int nameEnd(String text, List<Token> tokens, Places places, int from) {
        int i = from;
        int words = 0;
        // a name may open with particles: "President von der Leyen"
        int lead = from;
        while (lead < tokens.size() && PARTICLES.contains(tokens.get(lead).text())
                && !tokens.get(lead).isCapitalized()) {
            lead++;
        }
        if (lead > from && lead < tokens.size() && tokens.get(lead).isCapitalized()
                && !NOT_NAMES.contains(tokens.get(lead).lower())) {
            i = lead;
        }
        while (i < tokens.size() && words < MAX_NAME_WORDS) {
            Token t = tokens.get(i);
            String w = t.text();
            if (SUFFIXES.contains(w) && words > 0) {
                i++;
                words++;
                break;
            }
            if (words > 0 && particleJoined(w)) {
                i++; // "al-Saud", "el-Sisi"
                words++;
                continue;
            }
            if (PARTICLES.contains(w) && words > 0) {
                int k = i + 1;
                while (k < tokens.size() && PARTICLES.contains(tokens.get(k).text())) {
                    k++;
                }
                if (k < tokens.size() && tokens.get(k).isCapitalized()
                        && !NOT_NAMES.contains(tokens.get(k).lower())) {
                    i = k;
                    continue;
                }
                break;
            }
            if (!t.isWord() || !t.isCapitalized() || NOT_NAMES.contains(t.lower())
                    || NAME_STOPS.contains(t.lower())
                    || isAllCaps(w) && w.length() > 1 && !w.contains(".")
                    && !(words == 0 && familyNameFirst(text, tokens, places, i))
                    || mentionAtOffset(places, t.start()) != null
                    && !(words > 0 && isInitial(tokens.get(i - 1).text()))
                    || offices.officeEnd(text, t.start()).isPresent()) {
                break;
            }
            i++;
            words++;
        }
        // a name is not a lone initial
        if (words == 1 && tokens.get(from).text().length() <= 2) {
            return from;
        }
        return i;
    }

    /**
     * Returns whether the capitalised family name at {@code i} opens a name in the Japanese
     * style: "Minister of Defense KONO Taro", "Prime Minister KISHIDA Fumio".
     */
    private boolean familyNameFirst(String text, List<Token> tokens, Places places, int i) {
        if (i + 1 >= tokens.size() || tokens.get(i).text().length() < 2) {
            return false;
        }
        Token given = tokens.get(i + 1);
        return given.isWord() && given.isCapitalized() && !isAllCaps(given.text())
                && !NOT_NAMES.contains(given.lower()) && given.text().length() > 2
                && mentionAtOffset(places, given.start()) == null
                && mentionAtOffset(places, tokens.get(i).start()) == null
                && offices.officeEnd(text, given.start()).isEmpty();
    }

    /**
     * Returns whether the word before {@code offset} is a capitalised word that cannot open a
     * mention: the end of a heading run into the sentence, not a sentence's or clause's start.
     */
    private static boolean headingBefore(List<Token> tokens, int offset) {
        int i = indexAt(tokens, offset) - 1;
        if (i < 0) {
            return false;
        }
        Token t = tokens.get(i);
        return t.isWord() && t.isCapitalized() && !FUNCTION_WORDS.contains(t.lower())
                && !HONORIFICS.contains(t.text()) && !isAllCaps(t.text());
    }

    /** Returns whether a word is a particle joined to a name by a hyphen: "al-Saud". */
    private static boolean particleJoined(String w) {
        int hyphen = w.indexOf('-');
        return hyphen > 0 && hyphen + 1 < w.length() && Character.isUpperCase(w.charAt(hyphen + 1))
                && PARTICLES.contains(w.substring(0, hyphen));
    }

    /** Returns whether a word is an initial: "O.", "J.". */
    private static boolean isInitial(String w) {
        return w.length() == 2 && Character.isUpperCase(w.charAt(0)) && w.charAt(1) == '.';
    }

    private static boolean isAllCaps(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLowerCase(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> nameTokens(List<Token> tokens, int from, int to) {
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

    /**
     * Extends an office to the left over offices joined by ", " and ", and " that name no
     * person ("Politburo Member, Director of ..., and Foreign Minister"); returns the new start.
     */
    private int extendRole(String text, List<Token> tokens, Places places, int office,
            int previousEnd, boolean coordinated) {
        int start = tokens.get(office).start();
        int i = office - 1;
        boolean extended = false;
        while (i >= 0) {
            int sep = i;
            boolean and = tokens.get(sep).is("and");
            if (and) {
                sep--;
            }
            // offices joined into one role end with "and": "Member, Director, and Minister"
            if (!extended && !and && !coordinated) {
                break;
            }
            if (sep < 0 || !tokens.get(sep).text().equals(",") && !(and && !extended)) {
                break;
            }
            if (!tokens.get(sep).text().equals(",")) {
                sep++; // "Director and Foreign Minister": no comma
            }
            int chunkEnd = sep; // exclusive
            int j = chunkEnd - 1;
            while (j >= 0 && tokens.get(j).start() >= previousEnd) {
                Token t = tokens.get(j);
                if (t.isCapitalized() && !NOT_NAMES.contains(t.lower())
                        || t.is("of") || t.is("the") || t.is("for")) {
                    j--;
                } else {
                    break;
                }
            }
            int chunkStart = j + 1;
            if (chunkStart >= chunkEnd || !tokens.get(chunkStart).isCapitalized()
                    || tokens.get(chunkStart).start() < previousEnd) {
                break;
            }
            // the chunk must not be a place or a list of places
            Mention m = mentionAtOffset(places, tokens.get(chunkStart).start());
            if (m != null && m.end() >= tokens.get(chunkEnd - 1).end()) {
                break;
            }
            boolean hasOffice = false;
            int officeAt = -1;
            for (int k = chunkStart; k < chunkEnd && !hasOffice; k++) {
                hasOffice = offices.officeEnd(text, tokens.get(k).start()).isPresent();
                officeAt = k;
            }
            // an office that names its holder or its country is another person's: "General
            // Secretary of the Communist Party of Vietnam Central Committee Nguyen Phu Trong and
            // President ...", "the President of France, Chancellor of Germany, and ..."
            if (hasOffice && offices.officeEnd(text, tokens.get(officeAt).start()).getAsInt()
                    < tokens.get(chunkEnd - 1).end()) {
                break;
            }
            Token opener = j < 0 ? null : tokens.get(j);
            boolean opensRun = opener == null || !opener.text().equals(",")
                    && (!opener.isWord() || !opener.isCapitalized()
                    || NOT_NAMES.contains(opener.lower()));
            // every office of the run names one, but the first of the run may be an office the
            // table does not know ("Politburo Member")
            if (!hasOffice && !(opensRun && (extended || coordinated))) {
                break;
            }
            start = tokens.get(chunkStart).start();
            extended = true;
            i = chunkStart - 1;
            if (opensRun) {
                break;
            }
        }
        return extended ? start : tokens.get(office).start();
    }

    /** Returns the country of "&lt;country&gt; counterpart, " just before token {@code office}. */
    private static String counterpartCountry(List<Token> tokens, Places places, int office) {
        if (office < 3 || !tokens.get(office - 1).text().equals(",")
                || !tokens.get(office - 2).lower().startsWith("counterpart")) {
            return null;
        }
        Mention m = places.endingAt(tokens.get(office - 3).end());
        return m != null && m.entity().type() == EntityType.COUNTRY
                ? m.entity().countryCode().orElse(null) : null;
    }

    private static String trimRole(String role) {
        String r = role.strip();
        while (r.endsWith(",")) {
            r = r.substring(0, r.length() - 1).strip();
        }
        if (r.toLowerCase(Locale.ROOT).startsWith("the ")) {
            r = r.substring(4);
        }
        return r;
    }

    /** Returns the name of the first organisation named inside an office, or null. */
    private static String organizationIn(Places places, int from, int to) {
        for (Mention m : places.all()) {
            if (m.start() >= from && m.end() <= to
                    && m.entity().type() == EntityType.ORGANIZATION) {
                return m.entity().name();
            }
        }
        return null;
    }

    private static Mention firstCountry(Places places, int from, int to) {
        for (Mention m : places.all()) {
            if (m.start() >= from && m.end() <= to && m.entity().type() == EntityType.COUNTRY) {
                return m;
            }
        }
        return null;
    }

    /** Returns the offset of the last " of " between {@code from} and {@code before}. */
    private static int lastOfBefore(String text, int from, int before) {
        int at = text.lastIndexOf(" of ", before);
        return at >= from ? at : -1;
    }

    private static Mention mentionAt(Places places, List<Token> tokens, int index) {
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

    private static Mention mentionAtOffset(Places places, int offset) {
        return places.startingAt(offset);
    }

    private static Mention mentionEndingAt(Places places, String text, int offset) {
        int end = offset;
        while (end > 0 && SentenceSplitter.isSpace(text.charAt(end - 1))) {
            end--;
        }
        return places.endingAt(end);
    }

    private static int indexAt(List<Token> tokens, int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() >= offset) {
                return i;
            }
        }
        return tokens.size();
    }

    private static int indexStart(List<Token> tokens, int offset) {
        int i = indexAt(tokens, offset);
        return i < tokens.size() ? tokens.get(i).start() : offset;
    }
}
