package io.github.jointstatements.parsers.analysis;

import static io.github.jointstatements.parsers.analysis.IssuerPhrases.COLLECTIVE;
import static io.github.jointstatements.parsers.analysis.IssuerPhrases.RELAYER;
import static io.github.jointstatements.parsers.analysis.IssuerPhrases.WE_MINISTERS;
import static io.github.jointstatements.parsers.analysis.StateIssuers.isJoiner;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the states and organisations an opening sentence speaks as ("We, the Leaders of the Group
 * of Seven (G7), ...": the G7), and the name such a party goes by. Thread-safe.
 */
final class GroupOpening {

    /** A dash set off by spaces: " — ", " – ". */
    private static final Pattern DASH = Pattern.compile("\\s+[—–]\\s+");
    /**
     * A group's members listed in parentheses after its name: " countries (Poland, Slovakia,
     * Hungary and the Czech Republic)".
     */
    private static final Pattern MEMBERS_LISTED = Pattern.compile(
            "\\s*(?:countries|member\\s+states|members|states|nations)?\\s*\\(([^()]{3,300})\\)");

    /**
     * "We, the " before a body named ahead of its members: "1. We, the G20 Leaders, meeting ...".
     */
    private static final Pattern WE_THE = Pattern.compile(
            "(?i)^[\"“«]?(?:(?:\\d{1,3}|[IVX]{1,5})\\s*[.)]\\s*)?(?:[^,;:]{1,40},\\s*){0,2}?we\\b[\\s,]*"
            + "the\\s+");
    /** How far past "We, the " a body's name and its members are read. */
    private static final int BODY_CHARS = 120;
    /** The members a body's name comes before: " Leaders", " Heads of State", " Foreign Ministers". */
    private static final Pattern MEMBERS_AFTER = Pattern.compile(
            "(?i)\\s+(?:leaders|heads\\s+of\\s+(?:state|government)|(?:[a-z]+\\s+){0,2}?ministers"
            + "|member\\s+states)\\b");

    private final Gazetteer gazetteer;
    private final PersonFinder persons;

    GroupOpening(Gazetteer gazetteer, PersonFinder persons) {
        this.gazetteer = gazetteer;
        this.persons = persons;
    }

    /** A state or an organisation as a text names it. */
    record Named(Entity entity, String surface) {
    }

    /**
     * Returns the name of a party that is a state or an organisation: a state's common name
     * ("United States" for "the United States of America"); an organisation by the shortest form
     * the title writes ("G7" of "G7 Leaders’ Statement"; "Gulf Cooperation Council" of "Joint
     * Statement by the Foreign Ministers of the Gulf Cooperation Council, ...", though the opening
     * adds "(GCC)"), else by the form the opening sentence writes: statements name groupings as
     * their titles do, and neither form is expanded.
     */
    String entityName(Named n, String title) {
        if (n.entity().type() != EntityType.ORGANIZATION) {
            return n.entity().name();
        }
        String name = null;
        for (Mention m : gazetteer.find(title)) {
            String written = stripThe(m.text(title));
            if (m.entity().equals(n.entity()) && (name == null || written.length() < name.length())) {
                name = written;
            }
        }
        String surface = stripThe(n.surface());
        // the opening's form where the title writes it too: "G7" of "G7 Leaders’ Statement"
        return name == null || surface.length() < name.length() && title.contains(surface)
                ? surface : name;
    }

    private static String stripThe(String name) {
        String s = name.strip();
        return s.regionMatches(true, 0, "the ", 0, 4) ? s.substring(4) : s;
    }

    /**
     * Returns the states and organisations an opening sentence speaks as ("We, the Leaders of the
     * Group of Seven (G7), met ...": the G7), or nothing when it goes on to name the persons who
     * speak for them ("The leaders of the United States and Israel, President Biden and Prime
     * Minister Lapid, met ...").
     */
    List<Named> collectiveIssuers(List<Sentence> opening) {
        for (int i = 0; i < Math.min(2, opening.size()); i++) {
            String text = opening.get(i).text();
            Matcher c = COLLECTIVE.matcher(text);
            if (!c.lookingAt()) {
                c = WE_MINISTERS.matcher(text);
            }
            if (!c.lookingAt()) {
                // "We, the G20 Leaders, meeting ...": the body its members speak as
                Named body = bodyBeforeMembers(text);
                if (body != null) {
                    return List.of(body);
                }
                continue;
            }
            if (!c.lookingAt() || i > 0 && !text.regionMatches(true, 0, "we", 0, 2)) {
                continue;
            }
            // a line that relays the statement of a group whose leaders then speak by name:
            // "Today, the leaders of France, ... released the following joint statement", then
            // "Today, we — President Macron of France, Chancellor Scholz of Germany, ..."
            if (RELAYER.matcher(text).find() && i + 1 < opening.size() && persons.find(
                    opening.get(i + 1).text()).stream().filter(PersonMention::named).count() >= 2) {
                continue;
            }
            List<Named> run = new ArrayList<>();
            int runEnd = c.end();
            for (Mention m : gazetteer.find(text)) {
                if (m.start() < runEnd) {
                    continue;
                }
                String between = withoutParentheses(text.substring(runEnd, m.start()));
                if (run.isEmpty() ? !between.isBlank() : !isJoiner(between)) {
                    if (between.isBlank() || !between.strip().startsWith("(")) {
                        break;
                    }
                    // "(ROK)", "(G7)": the same again, the shorter form kept
                    Named last = run.isEmpty() ? null : run.get(run.size() - 1);
                    String again = m.text(text);
                    if (last != null && last.entity().equals(m.entity())
                            && again.length() < last.surface().length()) {
                        run.set(run.size() - 1, new Named(m.entity(), again));
                    }
                    continue;
                }
                if (m.entity().type() == EntityType.PLACE || m.form() == MentionForm.ADJECTIVE
                        || m.form() == MentionForm.DEMONYM) {
                    break;
                }
                // a spaced dash after a group opens the list of those who speak for it:
                // "Representatives of the Quartet — United Nations Secretary-General ..."
                if (!run.isEmpty() && DASH.matcher(text.substring(runEnd, m.start())).matches()) {
                    break;
                }
                run.add(new Named(m.entity(), m.text(text)));
                runEnd = m.end();
            }
            if (run.isEmpty()) {
                continue;
            }
            // a group whose members the sentence lists speaks as those states: "The Prime
            // Ministers of the Visegrád Group countries (Poland, Slovakia, Hungary and the Czech
            // Republic) convening in Brussels ..."
            if (run.size() == 1 && run.get(0).entity().type() == EntityType.ORGANIZATION) {
                List<Named> members = listedMembers(text, runEnd);
                if (members.size() >= 2) {
                    return members;
                }
            }
            String rest = withoutParentheses(text.substring(runEnd));
            if (rest.startsWith(",")) {
                List<PersonMention> after = persons.find(rest.substring(1));
                String[] next = rest.substring(1).strip().split("\\s+", 2);
                if (!after.isEmpty() && after.get(0).named() && after.get(0).start() <= 2
                        || NameWords.HONORIFICS.contains(next[0])) {
                    return List.of(); // the persons who speak for them follow: ", Mr X and ..."
                }
            }
            return run;
        }
        return List.of();
    }

    /**
     * Returns the one organisation an opening "we" names before its members ("We, the G20
     * Leaders, ...", "We, the ASEAN Foreign Ministers, ..."), or null.
     */
    private Named bodyBeforeMembers(String text) {
        Matcher we = WE_THE.matcher(text);
        if (!we.lookingAt()) {
            return null;
        }
        String after = text.substring(we.end(), Math.min(text.length(), we.end() + BODY_CHARS));
        for (Mention m : gazetteer.find(after)) {
            boolean members = m.start() == 0 && m.entity().type() == EntityType.ORGANIZATION
                    && MEMBERS_AFTER.matcher(after).region(m.end(), after.length()).lookingAt();
            return members ? new Named(m.entity(), m.text(after)) : null;
        }
        return null;
    }

    /**
     * Returns the states a group's name is followed by in parentheses, two or more and nothing
     * else ("countries (Poland, Slovakia, Hungary and the Czech Republic)"); empty otherwise.
     */
    private List<Named> listedMembers(String text, int from) {
        Matcher listed = MEMBERS_LISTED.matcher(text).region(from, text.length());
        if (!listed.lookingAt()) {
            return List.of();
        }
        String list = listed.group(1);
        List<Named> members = new ArrayList<>();
        int at = 0;
        for (Mention m : gazetteer.find(list)) {
            if (m.entity().type() != EntityType.COUNTRY || m.form() == MentionForm.ADJECTIVE
                    || m.form() == MentionForm.DEMONYM
                    || !isJoiner(list.substring(at, m.start()))) {
                return List.of();
            }
            members.add(new Named(m.entity(), m.text(list)));
            at = m.end();
        }
        return list.substring(at).isBlank() ? members : List.of();
    }

    /**
     * Returns a text without the parenthesised groups at its start: " (ROK), and" gives ", and".
     */
    static String withoutParentheses(String text) {
        String t = text.strip();
        while (t.startsWith("(")) {
            int close = t.indexOf(')');
            if (close < 0) {
                break;
            }
            t = t.substring(close + 1).strip();
        }
        return t;
    }
}
