package io.github.jointstatements.parsers.analysis;

import io.github.jointstatements.parsers.internal.WordLists;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the issuers of a statement from the grammatical subject of its opening's main verb:
 * the persons who "had a telephone conversation with", "held talks with", "received a phone call
 * from", "met" ... someone, with that counterpart, whatever precedes them (a dateline "New Delhi,
 * Aug 5 (IANS)", a leading clause "On June 10,", "At the invitation of ..."), and the persons
 * between whom a meeting "was held".
 *
 * <p>The subject is the run of persons that ends just before the verb (only adverbs such as "on
 * Saturday" or "virtually" between them), joined by "and" ("X and his Russian counterpart Y held
 * talks"); a person is one the {@link PersonFinder} reads (an office, an honorific) or, right at a
 * clause's start, a bare name ("On Friday Vladimir Putin had a telephone conversation with ...").
 * The counterpart is the first person after the verb's preposition, with those "and" joins to it;
 * one the text calls a counterpart of a country ("his Nepal counterpart Y") takes that country and
 * the subject's office. The verbs are the table {@code subject-verbs.tsv}. Thread-safe.
 */
final class OpeningSubjects {

    /** What a verb says of its subject and what follows it. */
    enum Relation {
        /** The subject meets or calls the person after the verb. */
        COUNTERPART,
        /** The subject, two persons or more, acts together. */
        TOGETHER,
        /** The persons after the verb are the parties: "a meeting was held between X and Y". */
        BETWEEN
    }

    /**
     * The issuers one opening sentence names as its subject and counterpart.
     *
     * @param persons the subject's persons, then the counterparts, in the order written
     * @param relation what the verb says of them
     * @param sentence the sentence read
     */
    record Reading(List<PersonMention> persons, Relation relation, Sentence sentence) {
    }

    /** One verb of the table, compiled, with the word its phrase starts with. */
    private record Verb(Relation relation, Pattern pattern, int words, String first) {
    }

    private static final List<Verb> VERBS = loadVerbs();
    /** Any verb of the table, the longest phrases first. */
    private static final Pattern ANY_VERB = Pattern.compile(String.join("|",
            VERBS.stream().map(v -> "(?:" + v.pattern().pattern() + ")").toList()));
    /** The words the table's phrases start with: a verb starts only where one of them does. */
    private static final String[] FIRST_WORDS =
            VERBS.stream().map(Verb::first).distinct().toArray(String[]::new);
    /** The most characters of adverbs between the subject and its verb: " on Saturday". */
    private static final int MAX_SUBJECT_GAP = 40;
    /** The most characters between the verb and its counterpart: " his Nepal counterpart ". */
    private static final int MAX_OBJECT_GAP = 60;
    /** The most opening sentences read. */
    private static final int MAX_SENTENCES = 3;
    /** The last paragraph read. */
    private static final int MAX_PARAGRAPH = 2;
    /** What may stand between the subject and its verb: adverbs, a time, a comma. */
    private static final Pattern SUBJECT_GAP = Pattern.compile(
            "[\\s,]*(?:(?:on|in|at|this|last|today|yesterday|also|jointly|virtually|together"
            + "|earlier|later|recently|morning|afternoon|evening|night|by|phone|telephone"
            + "|\\p{Lu}\\p{Ll}+day|\\d{1,4}(?:st|nd|rd|th)?)[\\s,]*){0,6}");
    /** What joins two persons of one subject: " and ", ", and his Russian counterpart ". */
    private static final Pattern AND_JOIN = Pattern.compile(
            "\\s*,?\\s*and\\s+(?:(?:his|her|their)\\s+(?:[\\p{L}-]+\\s+){0,2}?counterparts?"
            + "\\s*,?\\s*)?");
    /** What joins the persons of a list: ", ", ", and ". */
    private static final Pattern LIST_JOIN = Pattern.compile("\\s*,\\s*(?:and\\s+)?");
    /** A clause's start before a bare name: a sentence start, a comma, a dateline's end. */
    private static final Pattern BARE_NAME_LEAD = Pattern.compile(
            "(?:^|[,:)–—]\\s*|\\s-{1,2}\\s)(?:(?:[Oo]n\\s+)?(?:\\p{Lu}\\p{Ll}+day|today|yesterday"
            + "|\\p{Lu}\\p{Ll}+\\s+\\d{1,2}(?:,\\s*\\d{4})?)\\s*,?\\s+)?"
            + "(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,3})\\s*$");
    /** A bare name right after the verb, to a comma or the clause's end. */
    private static final Pattern BARE_NAME_AFTER = Pattern.compile(
            "\\s*(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,3})(?=\\s*[,.;]|\\s+(?:on|in"
            + "|to|at|for|and)\\b)");
    /** The word that makes the person after the verb a counterpart of the subject's office. */
    private static final Pattern COUNTERPART = Pattern.compile("(?i)\\bcounterparts?\\b");

    /** A dateline before a sentence's subject: "Muscat: ", "Hanoi (VNA) - ", "Doha, May 2 (QNA) – ". */
    private static final Pattern DATELINE = Pattern.compile(
            "\\p{Lu}[^,;:()]{0,30}(?:,[^,;:()]{1,30})?\\s*(?:\\([^()]{1,60}\\)\\s*)?(?::|[-–—]{1,2})\\s+");
    /**
     * A leading adverbial or participial clause, up to its comma: "On the occasion of ...,",
     * "At the invitation of ...,", "at a time when ...,", "Emanating from ...,".
     */
    private static final Pattern LEADING_CLAUSE = Pattern.compile(
            "(?i)(?:on|at|in|during|following|after|upon|within|while|whereas|as|emanating|based"
            + "|guided|recalling|recognizing|recognising|noting|building|marking|reflecting|with"
            + "|amid|against|since|given|further|furthermore|today|yesterday|this|last|\\d{1,4})\\b");

    /** A participial clause after a subject: ", meeting in Abuja,", ", gathered in ...". */
    private static final Pattern PARTICIPLE = Pattern.compile(
            ",\\s*(?:\\p{Ll}+ing|gathered|assembled|convened)\\b");

    private final PersonFinder persons;
    private final Gazetteer gazetteer;

    OpeningSubjects(PersonFinder persons, Gazetteer gazetteer) {
        this.persons = persons;
        this.gazetteer = gazetteer;
    }

    /**
     * Returns the issuers the first opening sentence with a subject and one of the table's verbs
     * names: two persons or more (a subject and its counterpart, or a subject of several); empty
     * if no sentence of the first three, in the first three paragraphs, does.
     */
    Optional<Reading> read(List<Sentence> opening) {
        return read(opening, persons::find);
    }

    /**
     * Returns what {@link #read(List)} does, reading each sentence's persons once for every rule
     * of one analysis through {@code readings}.
     */
    Optional<Reading> read(List<Sentence> opening, TextReadings readings) {
        return read(opening, readings::persons);
    }

    /**
     * Returns what {@link #read(List, TextReadings)} finds in the opening, else in the text's
     * first sentences, where a full text's lead ends inside one ("X met Y. Following is the text
     * of the joint statement: ..."); the text's first sentences are not read again when they are
     * the opening's.
     */
    Optional<Reading> read(List<Sentence> opening, List<Sentence> text, TextReadings readings) {
        Optional<Reading> reading = read(opening, readings);
        return reading.isPresent() || firstRead(opening).equals(firstRead(text)) ? reading
                : read(text, readings);
    }

    /** The sentences {@link #read(List, Function)} may read of a list: its first ones. */
    private static List<Sentence> firstRead(List<Sentence> sentences) {
        return sentences.subList(0, Math.min(MAX_SENTENCES, sentences.size()));
    }

    private Optional<Reading> read(List<Sentence> opening,
            Function<String, List<PersonMention>> find) {
        int read = 0;
        for (Sentence s : opening) {
            if (read++ >= MAX_SENTENCES || s.paragraph() > MAX_PARAGRAPH) {
                break;
            }
            Optional<Reading> reading = read(s, find);
            if (reading.isPresent()) {
                return reading;
            }
        }
        return Optional.empty();
    }

    /** Returns the issuers one sentence names as its subject and counterpart, two or more. */
    private Optional<Reading> read(Sentence sentence,
            Function<String, List<PersonMention>> find) {
        String text = sentence.text();
        Matcher any = ANY_VERB.matcher(text);
        List<PersonMention> found = null;
        int from = 0;
        while (findVerb(any, text, from)) {
            from = any.end();
            if (found == null) {
                found = find.apply(text);
            }
            Verb verb = verbAt(text, any.start());
            Optional<Reading> reading = read(sentence, found, verb, any.start(), any.end());
            if (reading.isPresent()) {
                return reading;
            }
        }
        return Optional.empty();
    }

    private Optional<Reading> read(Sentence sentence, List<PersonMention> found, Verb verb,
            int verbStart, int verbEnd) {
        String text = sentence.text();
        if (verb.relation() == Relation.BETWEEN) {
            List<PersonMention> after = objects(text, found, verbEnd);
            return after.size() >= 2 ? Optional.of(new Reading(after, Relation.BETWEEN, sentence))
                    : Optional.empty();
        }
        List<PersonMention> subject = subject(text, found, verbStart);
        if (subject.isEmpty()) {
            return Optional.empty();
        }
        List<PersonMention> all = new ArrayList<>(subject);
        if (verb.relation() == Relation.COUNTERPART) {
            for (PersonMention m : objects(text, found, verbEnd)) {
                if (all.stream().noneMatch(p -> p.nameTokens().equals(m.nameTokens()))) {
                    all.add(asCounterpart(text, m, verbEnd, subject.get(0)));
                }
            }
        }
        if (all.size() < 2) {
            return Optional.empty();
        }
        Relation relation = all.size() > subject.size() ? Relation.COUNTERPART : Relation.TOGETHER;
        return Optional.of(new Reading(List.copyOf(all), relation, sentence));
    }

    /**
     * Returns the persons that are the subject of the verb at {@code verbStart}: the run of named
     * persons, joined by "and", whose last ends just before it; else a bare name there.
     */
    private List<PersonMention> subject(String text, List<PersonMention> found, int verbStart) {
        int last = -1;
        for (int i = 0; i < found.size(); i++) {
            PersonMention m = found.get(i);
            if (m.named() && m.end() <= verbStart) {
                last = i;
            }
        }
        List<PersonMention> run = new ArrayList<>();
        if (last >= 0 && SUBJECT_GAP.matcher(text).region(found.get(last).end(), verbStart)
                .matches() && verbStart - found.get(last).end() <= MAX_SUBJECT_GAP) {
            run.add(found.get(last));
            for (int i = last - 1; i >= 0; i--) {
                PersonMention m = found.get(i);
                if (!m.named() || !AND_JOIN.matcher(text).region(m.end(), run.get(0).start())
                        .matches()) {
                    break;
                }
                run.add(0, m);
            }
            return run;
        }
        // a bare name at a clause's start: "On Friday Vladimir Putin had ...", "On June 10,
        // Sergey Lavrov held ..."
        String before = text.substring(0, verbStart);
        Matcher bare = BARE_NAME_LEAD.matcher(before);
        if (bare.find()) {
            String name = bare.group(1);
            int at = bare.start(1);
            // a first person of the subject joined by "and": "X and Vladimir Putin"
            if (last >= 0 && AND_JOIN.matcher(text).region(found.get(last).end(), at).matches()) {
                run.add(found.get(last));
            }
            Optional<PersonMention> named = persons.bareName(name).map(m -> shifted(m, at));
            if (named.isEmpty()) {
                return List.of();
            }
            run.add(named.get());
        }
        return run;
    }

    /**
     * Returns the persons the verb's object names: the first after it, and those "and" or a
     * list's commas join to it ("hosted Prime Minister X of Australia, Prime Minister Y of India,
     * and Prime Minister Z of Japan").
     */
    private List<PersonMention> objects(String text, List<PersonMention> found, int verbEnd) {
        List<PersonMention> objects = new ArrayList<>();
        for (PersonMention m : found) {
            if (!m.named() || m.start() < verbEnd) {
                continue;
            }
            if (objects.isEmpty()) {
                if (m.start() - verbEnd > MAX_OBJECT_GAP || !plainGap(text, verbEnd, m.start())) {
                    break;
                }
                objects.add(m);
            } else if (AND_JOIN.matcher(text).region(objects.get(objects.size() - 1).end(),
                    m.start()).matches() || LIST_JOIN.matcher(text).region(
                            objects.get(objects.size() - 1).end(), m.start()).matches()) {
                objects.add(m);
            } else {
                break;
            }
        }
        if (objects.isEmpty()) {
            Matcher bare = BARE_NAME_AFTER.matcher(text).region(verbEnd, text.length());
            if (bare.lookingAt()) {
                int at = bare.start(1);
                persons.bareName(bare.group(1)).map(m -> shifted(m, at)).ifPresent(objects::add);
            }
        }
        return objects;
    }

    /** Whether nothing but words of a phrase stands between two offsets: no clause break. */
    private static boolean plainGap(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == ';' || c == ':' || c == '(' || c == '"' || c == '“') {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the counterpart with the country and office the words before it give: "his Nepal
     * counterpart Pushpa Kamal Dahal" is Nepal's, of the subject's office.
     */
    private PersonMention asCounterpart(String text, PersonMention m, int verbEnd,
            PersonMention principal) {
        String gap = text.substring(verbEnd, m.start());
        if (!COUNTERPART.matcher(gap).find() && !COUNTERPART.matcher(
                text.substring(m.start(), m.end())).find()) {
            return m;
        }
        Optional<String> country = m.country();
        if (country.isEmpty()) {
            for (Mention c : gazetteer.find(text.substring(verbEnd, m.end()))) {
                if (c.entity().type() == EntityType.COUNTRY) {
                    country = c.entity().countryCode();
                    break;
                }
            }
        }
        Optional<String> role = m.role().isPresent() ? m.role() : principal.role();
        return new PersonMention(m.start(), m.end(), m.name(), m.nameTokens(), role, country,
                m.organization(), m.rule() + ", the subject's counterpart");
    }

    /**
     * Returns the subject of the first opening sentence's first verb of the table, past a
     * dateline and leading clauses ("On the occasion of the 30th anniversary of ..., at a time
     * when ..., the Republic of A and the Republic of B reaffirm ..."); empty if the first three
     * sentences have no such verb after a subject.
     */
    Optional<Clause> subjectClause(List<Sentence> opening) {
        int read = 0;
        for (Sentence s : opening) {
            if (read++ >= MAX_SENTENCES || s.paragraph() > MAX_PARAGRAPH) {
                break;
            }
            String text = s.text();
            Matcher any = ANY_VERB.matcher(text);
            int next = 0;
            while (findVerb(any, text, next)) {
                next = any.end();
                int from = subjectStart(text, any.start());
                if (from < any.start() && Character.isLetter(text.charAt(from))) {
                    // the subject without the participial clause it may carry: "..., meeting
                    // in Abuja,"
                    Matcher participle = PARTICIPLE.matcher(text).region(from, any.start());
                    int to = participle.find() ? participle.start() : any.start();
                    return Optional.of(new Clause(text.substring(from),
                            text.substring(from, to).strip()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A sentence from its subject on.
     *
     * @param text the sentence from the subject's first word
     * @param subject the subject, up to its verb
     */
    record Clause(String text, String subject) {
    }

    /**
     * Returns where the subject of the verb at {@code verbStart} starts: past a dateline and
     * leading clauses, each to its comma outside parentheses.
     */
    private static int subjectStart(String text, int verbStart) {
        int at = 0;
        Matcher dateline = DATELINE.matcher(text).region(0, verbStart);
        if (dateline.lookingAt()) {
            at = dateline.end();
        }
        while (at < verbStart && LEADING_CLAUSE.matcher(text).region(at, verbStart).lookingAt()) {
            int comma = commaOutsideParentheses(text, at, verbStart);
            if (comma < 0) {
                break;
            }
            at = comma + 1;
            while (at < verbStart && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }
        return at;
    }

    private static int commaOutsideParentheses(String text, int from, int to) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if (c == ',' && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static PersonMention shifted(PersonMention m, int by) {
        return new PersonMention(m.start() + by, m.end() + by, m.name(), m.nameTokens(),
                m.role(), m.country(), m.organization(), m.rule() + " as a sentence's subject");
    }

    /** Returns the table's verb that matches at {@code at}, the longest first. */
    /**
     * Finds the table's next verb at or after {@code from} that starts a word after whitespace,
     * leaving {@code any} on it; the pattern runs only where a word one of the phrases starts
     * with stands, not at every character.
     */
    private static boolean findVerb(Matcher any, String text, int from) {
        int length = text.length();
        for (int at = Math.max(from, 1); at < length; at++) {
            if (Character.isWhitespace(text.charAt(at - 1)) && startsPhrase(text, at)
                    && any.region(at, length).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsPhrase(String text, int at) {
        for (String first : FIRST_WORDS) {
            if (text.startsWith(first, at)) {
                return true;
            }
        }
        return false;
    }

    private static Verb verbAt(String text, int at) {
        for (Verb v : VERBS) {
            if (v.pattern().matcher(text).region(at, text.length()).lookingAt()) {
                return v;
            }
        }
        throw new IllegalStateException("no verb at " + at);
    }

    private static List<Verb> loadVerbs() {
        List<Verb> verbs = new ArrayList<>();
        for (String row : WordLists.load(OpeningSubjects.class, "subject-verbs.tsv")) {
            String[] cols = row.split("\t");
            if (cols.length != 2) {
                throw new IllegalStateException("subject-verbs.tsv: two columns expected: " + row);
            }
            Relation relation = Relation.valueOf(cols[0].strip().toUpperCase(Locale.ROOT));
            String[] words = cols[1].strip().split("\\s+");
            StringBuilder regex = new StringBuilder();
            for (String w : words) {
                if (w.equals("*")) {
                    regex.append("(?:[\\p{L}\\p{N}’'-]+\\s+){0,3}?");
                } else {
                    regex.append(Pattern.quote(w)).append("\\s+");
                }
            }
            // the last word ends at a word boundary, not before a space
            String pattern = regex.substring(0, regex.length() - 3) + "\\b";
            verbs.add(new Verb(relation, Pattern.compile(pattern), words.length, words[0]));
        }
        verbs.sort(Comparator.comparingInt(Verb::words).reversed());
        return List.copyOf(verbs);
    }
}
