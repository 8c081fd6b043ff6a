package io.github.jointstatements.parsers.analysis;

import io.github.jointstatements.parsers.internal.Organisations;
import io.github.jointstatements.parsers.internal.WordLists;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The countries, international organisations and places statements name, and the mentions of
 * them in a text.
 *
 * <p>The tables live in resources next to this class ({@code countries.tsv}, {@code places.tsv},
 * {@code us-places.tsv}, {@code non-mentions.txt}, {@code personal-names.txt}), the
 * organisations in the table the page layer shares ({@link Organisations#table()}); each says
 * where its data comes from. They are
 * compiled into a trie of word and punctuation tokens (see {@link Tokens}), so finding every
 * mention in a text takes one pass over its tokens, each followed for at most as many tokens as
 * the longest name has.
 *
 * <p>Matching: names, adjectives and demonyms match whatever their case, provided each word the
 * table capitalises is capitalised in the text ("Turkey" and "TURKEY", not "turkey"; "Polish",
 * not "polish"); abbreviations match with their exact case ("US", not "us"). A leading "the" is
 * never part of a name. White space of any kind between words is equivalent ("South Korea" with a
 * no-break space), and so are the apostrophes ({@code ' ’}) and the dashes ({@code - ‐ – —}).
 *
 * <p>Immutable and thread-safe; {@link #get()} returns the one shared instance.
 */
final class Gazetteer {

    private static final Gazetteer INSTANCE = load();

    /** Words that may precede a name that is also a personal name without making it one. */
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "in", "on", "at", "to",
            "from", "of", "for", "and", "with", "by", "as", "between", "across", "into",
            "toward", "towards", "within", "while", "when", "where", "both", "but", "or", "nor",
            "if", "including", "through", "throughout", "via", "visit", "visited", "visiting",
            "welcome", "welcomed", "support", "supports", "about", "against", "under", "over",
            "after", "before", "since", "during", "said", "says", "that", "this", "our", "his",
            "her", "their", "its", "a", "an", "all", "neither", "either", "than", "like");

    /** Words before an adjective that make it a language: "speaks French", "fluent in Korean". */
    private static final Set<String> LANGUAGE_CUES = Set.of("speaks", "speak", "spoken",
            "speaking", "fluent", "fluently", "translated", "translation", "language",
            "languages");
    /** Words that make the adjective after them a language: "Ancient Greek". */
    private static final Set<String> LANGUAGE_QUALIFIERS = Set.of("ancient", "classical",
            "mandarin", "modern", "standard", "biblical", "koine");
    /** How far back a list of counties is followed to its cue, in tokens. */
    private static final int COUNTY_LIST = 40;
    /** How far back a list of languages is followed to its cue, in tokens. */
    private static final int LANGUAGE_LIST = 16;

    private final Node root;
    private final int longest;
    private final Set<String> personalNames;
    private final Map<String, Entity> countries;
    private final List<Entity> entities;

    private Gazetteer(Node root, int longest, Set<String> personalNames,
            Map<String, Entity> countries, List<Entity> entities) {
        this.root = root;
        this.longest = longest;
        this.personalNames = personalNames;
        this.countries = countries;
        this.entities = entities;
    }

    /** Returns the built-in tables, loaded once. */
    static Gazetteer get() {
        return INSTANCE;
    }

    /**
     * Returns the entity that the whole of {@code mention} names ("U.S.", "the United States of
     * America", "Japanese", "ROK", "the Republic of Korea", "NATO", "the European Commission",
     * "Seoul", "Korea's"); case-, white-space-, leading-"the"- and possessive-insensitive. Empty
     * if the string names no entity of the tables, or names one only as part of a longer phrase
     * that is not a mention ("Latin American").
     */
    Optional<Entity> lookup(String mention) {
        Tokens tokens = Tokens.of(mention);
        int from = 0;
        int to = tokens.size();
        if (to - from > 1 && tokens.key(from).equals("the")) {
            from++;
        }
        Optional<Entity> whole = lookup(tokens, from, to);
        if (whole.isPresent()) {
            return whole;
        }
        if (to - from > 2 && tokens.key(to - 1).equals("s") && tokens.key(to - 2).equals("'")) {
            return lookup(tokens, from, to - 2);
        }
        if (to - from > 1 && tokens.key(to - 1).equals("'")) {
            return lookup(tokens, from, to - 1);
        }
        return Optional.empty();
    }

    private Optional<Entity> lookup(Tokens tokens, int from, int to) {
        Node node = root;
        for (int i = from; i < to && node != null; i++) {
            node = node.child(tokens.key(i));
        }
        if (node == null || node.candidates.isEmpty()) {
            return Optional.empty();
        }
        // "GUAM" is the organisation's abbreviation, "Guam" the territory
        for (Candidate candidate : node.candidates) {
            if (candidate.form == MentionForm.ABBREVIATION && candidate.caseMatches(tokens, from)) {
                return Optional.ofNullable(candidate.entity);
            }
        }
        return Optional.ofNullable(node.candidates.get(0).entity);
    }

    /**
     * Returns whether the whole of {@code text} is a country's name or abbreviation as the
     * tables write them ("Ethiopia", "the Republic of Korea", "Côte d’Ivoire", "USA", "U.K."),
     * case- and white-space-insensitive; an adjective or a demonym ("Japanese") is none.
     */
    boolean namesCountry(String text) {
        Tokens tokens = Tokens.of(text);
        int from = tokens.size() > 1 && tokens.key(0).equals("the") ? 1 : 0;
        Node node = root;
        for (int i = from; i < tokens.size() && node != null; i++) {
            node = node.child(tokens.key(i));
        }
        if (node == null || from == tokens.size()) {
            return false;
        }
        for (Candidate candidate : node.candidates) {
            if (candidate.entity != null && candidate.entity.type() == EntityType.COUNTRY
                    && (candidate.form == MentionForm.NAME
                    || candidate.form == MentionForm.ABBREVIATION)) {
                return true;
            }
        }
        return false;
    }

    /** Returns the country of the ISO 3166-1 alpha-2 {@code code} ("KR"), if the tables know it. */
    Optional<Entity> country(String code) {
        return Optional.ofNullable(countries.get(code.toUpperCase(Locale.ROOT)));
    }

    /** Returns every entity of the tables, countries first, in table order. */
    List<Entity> entities() {
        return entities;
    }

    /**
     * Returns every mention in {@code text}, left to right, non-overlapping, the longest match
     * first, on word boundaries. Linear in the text's length.
     *
     * <p>Two rules keep ordinary text from producing mentions. A name that is also a personal
     * name ("Jordan", "Chad", "Washington") is no mention when a capitalised word stands right
     * next to it ("Chad F. Wolf", "Vernon Jordan", "Washington Post"). A name shared by a U.S.
     * state and a country ("Georgia") names the state when the same text names other places of
     * the United States, else the country.
     */
    List<Mention> find(CharSequence text) {
        Tokens tokens = Tokens.of(text);
        List<Match> matches = new ArrayList<>();
        boolean domesticContext = false;
        int i = 0;
        int size = tokens.size();
        while (i < size) {
            if (!tokens.isWord(i)) {
                i++;
                continue;
            }
            if (tokens.startsUrl(i)) {
                i = tokens.urlEnd(i);
                continue;
            }
            Node node = root;
            int bestEnd = -1;
            List<Candidate> best = List.of();
            for (int j = i; j < size && j - i < longest; j++) {
                node = node.child(tokens.key(j));
                if (node == null) {
                    break;
                }
                if (!node.candidates.isEmpty()) {
                    List<Candidate> accepted = node.accepted(tokens, i);
                    if (!accepted.isEmpty()) {
                        best = accepted;
                        bestEnd = j;
                    }
                }
            }
            if (bestEnd < 0) {
                i++;
                continue;
            }
            Candidate first = best.get(0);
            if (first.entity != null && !language(tokens, i, first)
                    && !personalName(tokens, i, bestEnd, first) && !county(tokens, i, bestEnd)
                    && !insideName(tokens, i, bestEnd)) {
                matches.add(new Match(i, bestEnd, best));
                if (best.size() == 1 && first.domestic) {
                    domesticContext = true;
                }
            }
            i = bestEnd + 1;
        }
        Set<String> redefined = redefinedAbbreviations(tokens, matches);
        List<Mention> mentions = new ArrayList<>(matches.size());
        for (Match match : matches) {
            Candidate chosen = match.candidates.get(0);
            if (chosen.form == MentionForm.ABBREVIATION && !redefined.isEmpty()
                    && redefined.contains(abbreviation(tokens, match))) {
                continue;
            }
            if (domesticContext) {
                for (Candidate candidate : match.candidates) {
                    if (candidate.domestic) {
                        chosen = candidate;
                        break;
                    }
                }
            }
            mentions.add(new Mention(tokens.start(match.first), tokens.end(match.last),
                    chosen.entity, chosen.form));
        }
        return Collections.unmodifiableList(mentions);
    }

    /**
     * Whether the match is glued to a word by a period or a slash (a host or file name:
     * "Dignity.US", "/Maine.pdf"), so part of a longer name rather than a mention.
     */
    private static boolean insideName(Tokens tokens, int first, int last) {
        if (first >= 2 && !tokens.spaceBefore(first) && tokens.isWord(first - 2)
                && !tokens.spaceBefore(first - 1)) {
            String before = tokens.key(first - 1);
            if (before.equals(".") && !tokens.key(first - 2).equals("s")
                    && tokens.end(first - 2) - tokens.start(first - 2) > 1) {
                return true;
            }
        }
        int after = last + 1;
        return after + 1 < tokens.size() && !tokens.spaceBefore(after)
                && tokens.key(after).equals(".") && !tokens.spaceBefore(after + 1)
                && tokens.isWord(after + 1) && !tokens.isCapitalised(after + 1)
                && tokens.end(after + 1) - tokens.start(after + 1) > 1;
    }

    /**
     * Whether an adjective names a language here: "speaks French", "fluent in Korean",
     * "Ancient Greek", and every name of a list after such a cue ("speaks Mandarin Chinese,
     * Kurdish, Farsi and Greek"). Looks back at most {@value #LANGUAGE_LIST} tokens.
     */
    private static boolean language(Tokens tokens, int first, Candidate candidate) {
        if (candidate.form != MentionForm.ADJECTIVE || first == 0) {
            return false;
        }
        if (LANGUAGE_QUALIFIERS.contains(tokens.key(first - 1))) {
            return true;
        }
        for (int i = first - 1; i >= 0 && first - i <= LANGUAGE_LIST; i--) {
            String key = tokens.key(i);
            if (LANGUAGE_CUES.contains(key)) {
                return true;
            }
            boolean listWord = tokens.isCapitalised(i) || key.equals(",") || key.equals("and")
                    || key.equals("or") || key.equals("in");
            if (!listWord) {
                return false;
            }
        }
        return false;
    }

    /**
     * The abbreviations the text itself defines as something else than the tables do: "Marine
     * Spatial Planning (MSP)", "MSP (Marine Spatial Planning)"; none of their uses in the text
     * is a mention. An expansion is recognised by its capitalised word next to the brackets
     * that begins with the abbreviation's last (before) or first (after) letter.
     */
    private static Set<String> redefinedAbbreviations(Tokens tokens, List<Match> matches) {
        Set<String> redefined = Set.of();
        int size = tokens.size();
        for (int k = 0; k < matches.size(); k++) {
            Match m = matches.get(k);
            if (m.candidates.get(0).form != MentionForm.ABBREVIATION) {
                continue;
            }
            String letters = abbreviation(tokens, m).replace(".", "");
            if (letters.isEmpty()) {
                continue;
            }
            boolean defined = false;
            if (m.first >= 2 && tokens.key(m.first - 1).equals("(") && m.last + 1 < size
                    && tokens.key(m.last + 1).equals(")") && tokens.isCapitalised(m.first - 2)
                    && initial(tokens, m.first - 2) == letters.charAt(letters.length() - 1)) {
                Match before = k > 0 ? matches.get(k - 1) : null;
                defined = before == null || before.last != m.first - 2 || !same(before, m);
            }
            if (m.last + 2 < size && tokens.key(m.last + 1).equals("(")
                    && tokens.isCapitalised(m.last + 2)
                    && initial(tokens, m.last + 2) == letters.charAt(0)) {
                Match after = k + 1 < matches.size() ? matches.get(k + 1) : null;
                defined |= after == null || after.first != m.last + 2 || !same(after, m);
            }
            if (defined) {
                if (redefined.isEmpty()) {
                    redefined = new HashSet<>();
                }
                redefined.add(abbreviation(tokens, m));
            }
        }
        return redefined;
    }

    private static String abbreviation(Tokens tokens, Match m) {
        return tokens.text().subSequence(tokens.start(m.first), tokens.end(m.last)).toString();
    }

    private static char initial(Tokens tokens, int i) {
        return Character.toUpperCase(tokens.text().charAt(tokens.start(i)));
    }

    private static boolean same(Match a, Match b) {
        for (Candidate x : a.candidates) {
            for (Candidate y : b.candidates) {
                if (x.entity != null && x.entity.equals(y.entity)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a name is that of a county: "Houston County", "Washington Parish", or an item of
     * a list of them ("the counties of Adair, Montgomery, Polk"); looks back at most {@value
     * #COUNTY_LIST} tokens.
     */
    private static boolean county(Tokens tokens, int first, int last) {
        int next = last + 1;
        if (next < tokens.size() && tokens.isCapitalised(next)) {
            String key = tokens.key(next);
            if (key.equals("county") || key.equals("parish") || key.equals("township")
                    || key.equals("borough")) {
                return true;
            }
        }
        boolean list = false;
        for (int i = first - 1; i >= 0 && first - i <= COUNTY_LIST; i--) {
            String key = tokens.key(i);
            if (key.equals("counties") || key.equals("parishes") || key.equals("boroughs")) {
                return list;
            }
            if (key.equals(",")) {
                list = true;
            } else if (!(tokens.isCapitalised(i) || key.equals("and") || key.equals("of")
                    || key.equals("the") || key.equals(":") || key.equals(";")
                    || key.equals("-") || key.equals("."))) {
                return false;
            }
        }
        return false;
    }

    private boolean personalName(Tokens tokens, int first, int last, Candidate candidate) {
        if (first != last || candidate.form != MentionForm.NAME
                || !personalNames.contains(tokens.key(first))) {
            return false;
        }
        int next = last + 1;
        if (next < tokens.size() && tokens.spaceBefore(next) && tokens.isCapitalised(next)) {
            return true;
        }
        if (first >= 2 && tokens.key(first - 1).equals(".") && tokens.isCapitalised(first - 2)
                && tokens.end(first - 2) - tokens.start(first - 2) == 1) {
            return true; // an initial before it: "Phillip A. Washington"
        }
        int previous = first - 1;
        return previous >= 0 && tokens.spaceBefore(first) && tokens.isCapitalised(previous)
                && !FUNCTION_WORDS.contains(tokens.key(previous));
    }

    private record Match(int first, int last, List<Candidate> candidates) {}

    /**
     * One way of writing an entity: its tokens as the table writes them, which of them begin
     * with a capital letter, and the form.
     */
    private record Candidate(Entity entity, MentionForm form, String[] written,
            boolean[] capitalised, boolean domestic) {

        Candidate(Entity entity, MentionForm form, String[] written, boolean domestic) {
            this(entity, form, written, capitals(written), domestic);
        }

        private static boolean[] capitals(String[] written) {
            boolean[] capitals = new boolean[written.length];
            for (int k = 0; k < written.length; k++) {
                capitals[k] = Character.isUpperCase(written[k].codePointAt(0));
            }
            return capitals;
        }

        /** Whether the text's tokens from {@code first} on have the case this entry demands. */
        boolean caseMatches(Tokens tokens, int first) {
            boolean abbreviation = form == MentionForm.ABBREVIATION;
            for (int k = 0; k < written.length; k++) {
                int token = first + k;
                if (!tokens.isWord(token)) {
                    continue;
                }
                if (abbreviation ? !tokens.textEquals(token, written[k])
                        : capitalised[k] && !tokens.isCapitalised(token)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Whether token {@code i} is a word of two letters or more all in capitals. */
    private static boolean shouted(Tokens tokens, int i) {
        if (i < 0 || i >= tokens.size() || !tokens.isWord(i)) {
            return false;
        }
        String word = tokens.text(i);
        int letters = 0;
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters > 1;
    }

    /** A node of the trie: the children by token key (null for none), the entries ending here. */
    private static final class Node {
        private HashMap<String, Node> children;
        private List<Candidate> candidates = List.of();

        Node child(String key) {
            return children == null ? null : children.get(key);
        }

        Node childOrNew(String key) {
            if (children == null) {
                children = new HashMap<>(4);
            }
            return children.computeIfAbsent(key, k -> new Node());
        }

        void add(Candidate candidate) {
            for (Candidate existing : candidates) {
                if (existing.entity == candidate.entity
                        || existing.entity != null && existing.entity.equals(candidate.entity)) {
                    return;
                }
            }
            if (candidates.isEmpty()) {
                candidates = new ArrayList<>(1);
            }
            candidates.add(candidate);
        }

        /**
         * The entries the text's tokens from {@code first} on match in case, in table order,
         * except that an abbreviation the text writes exactly comes before a name it matches
         * only in capitals: "GUAM" is the organisation, "Guam" the territory; not in a run of
         * capitals ("GUAM BEHAVIORAL HEALTH CENTER"), where case tells nothing.
         */
        List<Candidate> accepted(Tokens tokens, int first) {
            List<Candidate> accepted = null;
            for (Candidate candidate : candidates) {
                if (candidate.caseMatches(tokens, first)) {
                    if (accepted == null) {
                        accepted = new ArrayList<>(candidates.size());
                    }
                    if (candidate.form == MentionForm.ABBREVIATION && !accepted.isEmpty()
                            && accepted.get(0).form != MentionForm.ABBREVIATION
                            && !shouted(tokens, first - 1)
                            && !shouted(tokens, first + candidate.written.length)) {
                        accepted.add(0, candidate);
                    } else {
                        accepted.add(candidate);
                    }
                }
            }
            return accepted == null ? List.of() : accepted;
        }
    }

    // ---- loading -------------------------------------------------------------------------

    private static Gazetteer load() {
        Builder builder = new Builder();
        for (String line : WordLists.load(Gazetteer.class, "countries.tsv")) {
            String[] columns = columns(line, 6, "countries.tsv");
            String code = columns[0];
            List<String> abbreviations = WordLists.items(columns[3]);
            Entity country = new Entity(EntityType.COUNTRY, columns[1], Optional.of(code),
                    abbreviations.stream().findFirst());
            builder.countries.put(code, country);
            builder.add(country, MentionForm.NAME, columns[1], false);
            builder.addAll(country, MentionForm.NAME, WordLists.items(columns[2]), false);
            builder.addAll(country, MentionForm.ABBREVIATION, abbreviations, false);
            builder.addAll(country, MentionForm.ADJECTIVE, WordLists.items(columns[4]), false);
            builder.addAll(country, MentionForm.DEMONYM, WordLists.items(columns[5]), false);
        }
        for (Organisations.Organisation o : Organisations.table()) {
            Entity organization = new Entity(EntityType.ORGANIZATION, o.name(),
                    Optional.empty(), o.abbreviations().stream().findFirst());
            builder.add(organization, MentionForm.NAME, o.name(), false);
            builder.addAll(organization, MentionForm.ABBREVIATION, o.abbreviations(), false);
            builder.addAll(organization, MentionForm.NAME, o.otherNames(), false);
        }
        builder.places("places.tsv", false);
        builder.places("us-places.tsv", true);
        for (String phrase : WordLists.load(Gazetteer.class, "non-mentions.txt")) {
            builder.add(null, MentionForm.NAME, phrase, false);
        }
        Set<String> personalNames = new HashSet<>();
        for (String name : WordLists.load(Gazetteer.class, "personal-names.txt")) {
            personalNames.add(name.toLowerCase(Locale.ROOT));
        }
        return new Gazetteer(builder.root, builder.longest, Set.copyOf(personalNames),
                Collections.unmodifiableMap(builder.countries), List.copyOf(builder.entities));
    }

    private static String[] columns(String line, int count, String file) {
        String[] columns = line.split("\t", -1);
        if (columns.length > count || columns[0].isBlank()) {
            throw new IllegalStateException("expected at most " + count + " tab-separated columns "
                    + "in " + file + ": \"" + line + "\"");
        }
        String[] padded = new String[count];
        for (int i = 0; i < count; i++) {
            padded[i] = i < columns.length ? columns[i].strip() : "";
        }
        return padded;
    }

    private static final class Builder {
        final Node root = new Node();
        final Map<String, Entity> countries = new LinkedHashMap<>();
        final List<Entity> entities = new ArrayList<>();
        final Set<Entity> seen = new HashSet<>();
        int longest;

        void places(String file, boolean domestic) {
            for (String line : WordLists.load(Gazetteer.class, file)) {
                String[] columns = columns(line, 3, file);
                Optional<String> code = columns[1].isEmpty()
                        ? Optional.empty() : Optional.of(columns[1]);
                Entity place = new Entity(EntityType.PLACE, columns[0], code, Optional.empty());
                add(place, MentionForm.NAME, columns[0], domestic);
                addAll(place, MentionForm.NAME, WordLists.items(columns[2]), domestic);
            }
        }

        void addAll(Entity entity, MentionForm form, List<String> phrases, boolean domestic) {
            for (String phrase : phrases) {
                add(entity, form, phrase, domestic);
            }
        }

        void add(Entity entity, MentionForm form, String phrase, boolean domestic) {
            if (entity != null && seen.add(entity)) {
                entities.add(entity);
            }
            Tokens tokens = Tokens.of(phrase);
            int from = 0;
            if (tokens.size() > 1 && tokens.key(0).equals("the")) {
                from = 1;
            }
            if (from == tokens.size()) {
                throw new IllegalStateException("empty name in the gazetteer: \"" + phrase + "\"");
            }
            String[] written = new String[tokens.size() - from];
            Node node = root;
            for (int i = from; i < tokens.size(); i++) {
                written[i - from] = tokens.text(i);
                node = node.childOrNew(tokens.key(i));
            }
            node.add(new Candidate(entity, form, written, domestic));
            longest = Math.max(longest, written.length);
        }
    }
}
