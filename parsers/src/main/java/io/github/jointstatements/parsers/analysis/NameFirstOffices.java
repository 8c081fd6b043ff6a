package io.github.jointstatements.parsers.analysis;

import static io.github.jointstatements.parsers.analysis.NameWords.HONORIFICS;
import static io.github.jointstatements.parsers.analysis.TokenSpans.indexAt;
import static io.github.jointstatements.parsers.analysis.TokenSpans.nameTokens;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a person named before their office, the office set off by a comma, as ministries of
 * many countries write them: "The Honourable Mélanie Joly, Minister of Foreign Affairs, today
 * spoke with ...", "Jon Finer, Principal Deputy National Security Advisor, met ...", "Elizabeth
 * Truss, the United Kingdom’s Secretary of State for ...", "Richard Marles, Deputy Prime
 * Minister and Minister for Defence of Australia, ...". The name is a bare name of two to four
 * words ({@link PersonFinder#bareName}), after optional honorifics ("The Honourable", "Hon.");
 * the office holds no name of its own and ends the clause (a comma, a period, a semicolon, a
 * closing parenthesis or the text's end). Thread-safe.
 */
final class NameFirstOffices {

    /** Letters after a name, before its office: a member of parliament, a King's Counsel. */
    private static final Set<String> POST_NOMINALS = Set.of("MP", "MLA", "MHA", "MSP", "TD",
            "QC", "KC", "PC", "OBE", "CBE", "KBE", "MBE", "KCMG", "GCMG", "AO", "AC");
    /** Words of a release's heading that no name has. */
    private static final Set<String> NOT_NAMES = Set.of("press", "release", "media", "news",
            "note", "communique", "communiqué", "transcript", "remarks", "interview");
    /** How many words may stand between the comma and the office: "the United Kingdom ’s". */
    private static final int MAX_OFFICE_LEAD = 5;
    /** How many offices one run may join. */
    private static final int MAX_RUN = 6;
    /** What joins the offices of a run: ", ", ", and ". */
    private static final Pattern SEPARATOR = Pattern.compile(",\\s+(?:and\\s+)?");
    /** A word that goes on with a list rather than a verb: "and", "or". */
    private static final Pattern CONJUNCTION = Pattern.compile("(?:and|or|nor)\\b");

    private final Offices offices;
    private final NameReader names;
    private final OfficeHolders holders;

    NameFirstOffices(Offices offices, NameReader names, OfficeHolders holders) {
        this.offices = offices;
        this.names = names;
        this.holders = holders;
    }

    /**
     * Returns the person whose name (or honorific) starts at token {@code i} and whose office
     * follows it after a comma, or null; {@code bareName} validates the name's words.
     */
    PersonMention read(String text, List<Token> tokens, Places places, int i,
            Function<String, Optional<PersonMention>> bareName) {
        if (i > 0 && tokens.get(i - 1).isWord() && tokens.get(i - 1).isCapitalized()) {
            return null; // inside a run of capitals: the name starts earlier, if anywhere
        }
        int from = i;
        if (tokens.get(from).is("the") && from + 1 < tokens.size()
                && HONORIFICS.contains(tokens.get(from + 1).text())) {
            from++; // "The Honourable", "the Hon"
        }
        while (from < tokens.size() && HONORIFICS.contains(tokens.get(from).text())) {
            from++;
        }
        if (from >= tokens.size()) {
            return null;
        }
        // a name and its post-nominals are words alone, so the comma after them is the first
        // mark after two words or more: without one, no name need be read (most capitals)
        int mark = from;
        while (mark < tokens.size() && tokens.get(mark).isWord()) {
            mark++;
        }
        if (mark - from < 2 || mark >= tokens.size() || !tokens.get(mark).text().equals(",")) {
            return null;
        }
        int to = names.nameEnd(text, tokens, places, from);
        int comma = to;
        while (comma < tokens.size() && POST_NOMINALS.contains(tokens.get(comma).text())) {
            comma++; // "the Hon John Stone MP, Deputy Prime Minister"
        }
        if (to - from < 2 || comma + 1 >= tokens.size()
                || !tokens.get(comma).text().equals(",")) {
            return null;
        }
        String name = text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
        for (int k = from; k < to; k++) {
            if (NOT_NAMES.contains(tokens.get(k).lower())) {
                return null; // "Joint Press Release, Minister of ...": a heading, not a name
            }
        }
        if (bareName.apply(name).isEmpty()) {
            return null;
        }
        PersonMention office = office(text, tokens, places, comma + 1);
        if (office == null) {
            return null;
        }
        return new PersonMention(tokens.get(i).start(), office.end(), name,
                nameTokens(tokens, from, to), office.role(), office.country(),
                office.organization(), "name, then its office after a comma");
    }

    /**
     * Returns the office without a name that starts within a few tokens of token {@code at}
     * (after "the" and a country: "the United Kingdom’s Secretary of State for ..."), with the
     * offices "and" joins to it ("Deputy Prime Minister and Minister for Defence"), if it ends
     * the clause; null otherwise.
     */
    private PersonMention office(String source, List<Token> tokens, Places places, int at) {
        String text = source;
        int commaEnd = tokens.get(at - 1).end();
        int j = at;
        OptionalInt end = OptionalInt.empty();
        for (int steps = 0; j < tokens.size() && steps < MAX_OFFICE_LEAD; j++, steps++) {
            Token t = tokens.get(j);
            end = offices.officeEnd(text, t.start());
            if (end.isEmpty() && j == at && PersonFinder.LOWER_HEADS.contains(t.text())) {
                // an office in lower case after the name, as some ministries write it: "Dr. Kang
                // Kyung-wha, minister of Foreign Affairs of the ROK": read as capitalised
                String capitalised = text.substring(0, t.start())
                        + Character.toUpperCase(text.charAt(t.start()))
                        + text.substring(t.start() + 1);
                end = offices.officeEnd(capitalised, t.start());
                if (end.isPresent()) {
                    text = capitalised;
                }
            }
            if (end.isPresent()) {
                break;
            }
            // only "the", a country and its possessive, and after "the" a few words in lower
            // case ("the recently appointed") may come before the office
            Mention m = places.startingAt(t.start());
            if (m != null && m.entity().type() == EntityType.COUNTRY) {
                j = indexAt(tokens, m.end()) - 1;
            } else if (!t.is("the") && !t.isPossessive() && !(j > at
                    && tokens.get(at).is("the") && t.isWord() && !t.isCapitalized())) {
                return null;
            }
        }
        if (end.isEmpty()) {
            return null;
        }
        PersonMention office = holders.read(text, tokens, places, j, end.getAsInt(), commaEnd);
        // "Deputy Prime Minister and Minister for Defence of Australia": the run is one role
        while (!office.named()) {
            int next = indexAt(tokens, office.end());
            if (next + 1 >= tokens.size() || !tokens.get(next).is("and")) {
                break;
            }
            OptionalInt joined = offices.officeEnd(text, tokens.get(next + 1).start());
            if (joined.isEmpty()) {
                break;
            }
            PersonMention run = holders.read(text, tokens, places, next + 1,
                    joined.getAsInt(), commaEnd);
            if (run.start() > tokens.get(j).start() || run.named()) {
                break; // not joined into one role: another person's office
            }
            office = new PersonMention(office.start(), run.end(), "", List.of(), run.role(),
                    office.country().or(run::country),
                    office.organization().or(run::organization), office.rule());
        }
        if (office.named() || office.role().isEmpty()) {
            return null;
        }
        office = run(text, tokens, places, office);
        int after = skipSpaces(text, office.end());
        // the office of a state's or organisation's own office holder: "Head of Cabinet of the
        // European Commission President"
        OptionalInt whose = office.country().isPresent() || office.organization().isPresent()
                ? offices.officeEnd(text, after) : OptionalInt.empty();
        if (after > office.end() && whose.isPresent() && endsClause(text,
                skipSpaces(text, whose.getAsInt()))) {
            String holder = text.substring(after, whose.getAsInt());
            office = new PersonMention(office.start(), whose.getAsInt(), "", List.of(),
                    office.role().map(r -> r + " of the " + holder),
                    office.country(), office.organization(), office.rule());
            after = skipSpaces(text, office.end());
        }
        // the subject of the clause's verb, where the office names its state: "His Excellency,
        // Cde, Robert Mugabe, President of the Republic of Zimbabwe paid a three day State Visit"
        // (not a list that goes on: "Jane Roe, Minister of Foreign Affairs of Cyprus and ...")
        return endsClause(text, after) || office.country().isPresent() && after > office.end()
                && after < text.length() && Character.isLowerCase(text.charAt(after))
                && !CONJUNCTION.matcher(text).region(after, text.length()).lookingAt()
                ? office : null;
    }

    private static int skipSpaces(String text, int at) {
        int after = at;
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        return after;
    }

    /** Returns whether the clause ends at {@code at}: the text's end or punctuation. */
    private static boolean endsClause(String text, int at) {
        return at == text.length() || ",.;()".indexOf(text.charAt(at)) >= 0;
    }

    /**
     * Returns the office run on over the offices that commas join to it ("Deputy Prime
     * Minister, Minister for Foreign and European Affairs of Luxembourg", "Assistant to the
     * President, Senior Advisor to the President, and Director of ..."), as one role placed by
     * the first country any of them names. The last office of a run may stand before the next
     * person's name, set off by a comma, as the names before it do: it is still the run's.
     */
    private PersonMention run(String text, List<Token> tokens, Places places,
            PersonMention first) {
        StringBuilder role = new StringBuilder(first.role().orElse(""));
        Optional<String> country = first.country();
        Optional<String> organization = first.organization();
        int end = first.end();
        for (int chunks = 0; chunks < MAX_RUN; chunks++) {
            Matcher sep = SEPARATOR.matcher(text).region(end, text.length());
            if (!sep.lookingAt()) {
                break;
            }
            int k = indexAt(tokens, sep.end());
            OptionalInt officeEnd = k < tokens.size()
                    ? offices.officeEnd(text, tokens.get(k).start()) : OptionalInt.empty();
            if (officeEnd.isEmpty()) {
                break;
            }
            PersonMention next = holders.read(text, tokens, places, k, officeEnd.getAsInt(),
                    sep.end());
            if (next.role().isEmpty() || next.start() < sep.end()) {
                break;
            }
            if (next.named()) {
                // "..., and Director of the Office of Intergovernmental Affairs, Stefanie
                // Feldman": the office before the next name set off by a comma
                int nameAt = text.indexOf(next.name(), next.start());
                int officeTo = nameAt;
                while (officeTo > next.start() && (text.charAt(officeTo - 1) == ' '
                        || text.charAt(officeTo - 1) == ',')) {
                    officeTo--;
                }
                if (nameAt < 0 || !text.substring(officeTo, nameAt).strip().equals(",")) {
                    break;
                }
                role.append(text, end, sep.end()).append(text, next.start(), officeTo);
                end = officeTo;
                break;
            }
            role.append(text, end, sep.end()).append(next.role().get());
            country = country.or(next::country);
            organization = organization.or(next::organization);
            end = next.end();
        }
        if (end == first.end()) {
            return first;
        }
        return new PersonMention(first.start(), end, "", List.of(),
                Optional.of(role.toString()), country, organization, first.rule());
    }
}
