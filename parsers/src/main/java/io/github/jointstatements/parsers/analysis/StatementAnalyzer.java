package io.github.jointstatements.parsers.analysis;

import io.github.jointstatements.core.Event;
import io.github.jointstatements.core.Evidence;
import io.github.jointstatements.core.ImmutableStatement;
import io.github.jointstatements.core.Party;
import io.github.jointstatements.core.Pledge;
import io.github.jointstatements.core.Statement;
import io.github.jointstatements.core.StatementKind;
import io.github.jointstatements.parsers.Explanation;
import io.github.jointstatements.parsers.Page;
import io.github.jointstatements.parsers.internal.Publishers;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Analyses a page's text into a {@link Statement}: sentences, acronyms, parties and their
 * aliases, time expressions resolved against the statement's date, pledges, events and the
 * statement's kind and location. It reads plain paragraphs only, so the same analysis serves
 * every format. {@link #explain(Page)} also tells which rule produced each fact.
 *
 * <p>Immutable and thread-safe: create one and share it.
 */
public final class StatementAnalyzer {

    /** The kinds of statement that their issuers make together, speaking as "we". */
    private static final Set<StatementKind> COLLECTIVE_KINDS = EnumSet.of(
            StatementKind.JOINT_STATEMENT, StatementKind.JOINT_DECLARATION,
            StatementKind.COMMUNIQUE);

    private final AnalysisOptions options;
    private final Gazetteer gazetteer;
    private final Offices offices;
    /** The one person finder of every analysis: its readings are shared within a statement. */
    private final PersonFinder persons;
    private final StatementLocations locations;

    private StatementAnalyzer(AnalysisOptions options) {
        this.options = options;
        this.gazetteer = Gazetteer.get();
        this.offices = Offices.get();
        this.persons = new PersonFinder(gazetteer, offices);
        this.locations = new StatementLocations(gazetteer);
    }

    /** Returns an analyzer with the built-in vocabulary and the default limits. */
    public static StatementAnalyzer create() {
        return new StatementAnalyzer(AnalysisOptions.defaults());
    }

    /** Returns an analyzer with the built-in vocabulary and the given limits. */
    public static StatementAnalyzer create(AnalysisOptions options) {
        return new StatementAnalyzer(Objects.requireNonNull(options, "options"));
    }

    /** Returns the limits this analyzer works within. */
    public AnalysisOptions options() {
        return options;
    }

    /**
     * Returns the statement the page holds.
     *
     * @throws AnalysisLimitException if the page has more paragraphs or sentences than the
     *     {@link #options()} allow
     */
    public Statement analyze(Page page) {
        return analyze(page, null).statement();
    }

    /**
     * Returns the statement the page holds with the rule behind each of its facts.
     *
     * @throws NullPointerException if {@code page} is null
     * @throws AnalysisLimitException if the page has more paragraphs or sentences than the
     *     {@link #options()} allow
     */
    public Explanation explain(Page page) {
        return analyze(page, new ArrayList<>());
    }

    /** Analyses a page; tells the rule behind each fact into {@code facts} unless it is null. */
    private Explanation analyze(Page page, List<Explanation.Fact> facts) {
        Objects.requireNonNull(page, "page");
        List<String> paragraphs = page.paragraphs();
        List<Sentence> sentences = sentences(paragraphs);
        String title = page.title().orElse("");
        Optional<String> publisher = publisher(page);

        List<String> opening = new ArrayList<>();
        for (int i = 0; i < Math.min(3, sentences.size()); i++) {
            opening.add(sentences.get(i).text());
        }
        StatementKinds.Decision kind = StatementKinds.classify(title, opening);
        fact(facts, () -> new Explanation.Fact("kind", kind.kind().name(), kind.rule(),
                Optional.empty()));

        Acronyms acronyms = Acronyms.find(sentences, title);
        for (Acronyms.Definition d : acronyms.definitions()) {
            fact(facts, () -> new Explanation.Fact("acronym", d.acronym() + " = " + d.longForm(),
                    Acronyms.inTitle(d) ? "definition in the title"
                            : "definition \"Long Name (ABBR)\" or \"ABBR (Long Name)\"",
                    Acronyms.inTitle(d) ? Optional.empty()
                            : Optional.of(Evidence.of(d.sentence().paragraph(),
                            d.sentence().start() + d.start(), d.sentence().start() + d.end()))));
        }

        // each sentence's tokens, places and persons, read once for the parties and the references
        TextReadings readings = new TextReadings(gazetteer, persons);
        List<PartyEntry> parties = new PartyFinder(gazetteer, offices, persons)
                .find(page.title(), sentences, publisher, kind.kind(), readings);
        References refs = new References(parties, offices, COLLECTIVE_KINDS.contains(kind.kind()),
                readings);
        // a page without a date: the day its opening tells ("issued today, 11 December 2016")
        Optional<java.time.LocalDate> date = page.date().isPresent() ? page.date()
                : StatementDates.inOpening(paragraphs);
        TimeIndex times = new TimeIndex(sentences, date);

        List<PledgeFinder.Found> pledges = PledgeFinder.find(sentences, refs,
                kind.kind() == StatementKind.OTHER, times);
        Map<Integer, Integer> pledgeVerbs = new HashMap<>();
        for (PledgeFinder.Found p : pledges) {
            for (Sentence s : sentences) {
                if (s.paragraph() == p.pledge().evidence().paragraph()
                        && s.start() == p.pledge().evidence().start()) {
                    int verb = s.text().indexOf(p.pledge().verb());
                    pledgeVerbs.put(s.index(), verb < 0 ? 0 : verb);
                    break;
                }
            }
        }
        List<EventFinder.Found> events = EventFinder.find(sentences, times, acronyms, refs,
                gazetteer, pledgeVerbs, page.title());

        StatementLocations.Decision located = locations.locate(page, sentences, events);
        Optional<String> location = located.place();
        location.ifPresent(place -> StatementLocations.placeOccasions(events, place));
        if (location.isPresent()) {
            String place = location.get();
            fact(facts, () -> new Explanation.Fact("location", place, located.rule(),
                    Optional.empty()));
        }

        List<Party> partyValues = new ArrayList<>();
        for (PartyEntry p : parties) {
            partyValues.add(Party.builder()
                    .name(p.name)
                    .role(Optional.ofNullable(p.role).filter(r -> !r.isEmpty()))
                    .country(Optional.ofNullable(p.country))
                    .kind(p.kind)
                    .addAllAliases(p.aliases)
                    .build());
            fact(facts, () -> new Explanation.Fact("party", p.name + " (" + p.kind
                    + Optional.ofNullable(p.country).map(c -> ", " + c).orElse("")
                    + Optional.ofNullable(p.role).map(r -> ", " + r).orElse("") + ")", p.rule,
                    Optional.empty()));
        }
        List<Pledge> pledgeValues = new ArrayList<>();
        for (PledgeFinder.Found p : pledges) {
            pledgeValues.add(p.pledge());
            fact(facts, () -> new Explanation.Fact("pledge", p.pledge().kind() + " " + p.pledge().actors()
                    + ": " + abbreviate(p.pledge().text()), p.rule(),
                    Optional.of(p.pledge().evidence())));
        }
        List<Event> eventValues = new ArrayList<>();
        for (EventFinder.Found e : events) {
            eventValues.add(e.event());
            fact(facts, () -> new Explanation.Fact("event", e.event().kind() + " \"" + e.event().name()
                    + "\" " + e.event().date().map(Object::toString).orElse("(no date)") + " "
                    + e.event().status(), e.rule(), Optional.of(e.event().evidence())));
        }

        ImmutableStatement.Builder statement = Statement.builder()
                .id(fingerprint(paragraphs))
                .kind(kind.kind())
                .title(page.title())
                .date(date)
                .location(location)
                .publisher(page.publisher())
                .language(page.language())
                .source(page.source())
                .addAllParties(partyValues)
                .addAllParagraphs(paragraphs)
                .addAllPledges(pledgeValues)
                .addAllEvents(eventValues)
                .putAllAcronyms(acronyms.asMap());
        return new Explanation(statement.build(), facts == null ? List.of() : facts);
    }

    /** Splits the paragraphs into sentences, or fails if they exceed the limits. */
    private List<Sentence> sentences(List<String> paragraphs) {
        if (paragraphs.size() > options.maxParagraphs()) {
            throw new AnalysisLimitException("maxParagraphs", options.maxParagraphs(),
                    paragraphs.size() + " paragraphs");
        }
        int max = options.maxSentences();
        List<Sentence> sentences = SentenceSplitter.split(paragraphs, Integer.MAX_VALUE,
                max == Integer.MAX_VALUE ? max : max + 1);
        if (sentences.size() > max) {
            throw new AnalysisLimitException("maxSentences", max, "more than " + max
                    + " sentences");
        }
        return sentences;
    }

    /** Adds a fact when facts are asked for; builds none otherwise. */
    private static void fact(List<Explanation.Fact> facts, Supplier<Explanation.Fact> fact) {
        if (facts != null) {
            facts.add(fact.get());
        }
    }

    private static Optional<String> publisher(Page page) {
        if (page.publisher().isPresent()) {
            return page.publisher();
        }
        for (Optional<URI> url : List.of(page.source().originalUrl(), page.source().url())) {
            Optional<String> host = url.map(URI::getHost);
            if (host.isPresent()) {
                Optional<String> p = Publishers.forHost(host.get());
                if (p.isPresent()) {
                    return p;
                }
            }
        }
        return Optional.empty();
    }

    private static String abbreviate(String text) {
        return text.length() <= 100 ? text : text.substring(0, 97) + "...";
    }

    /**
     * Returns the content fingerprint: SHA-256 of the body's words, lower-cased, separated by
     * single spaces; so the same statement reposted with other white space, case or
     * punctuation gets the same id.
     */
    static String fingerprint(List<String> paragraphs) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        // the words' UTF-8 bytes go straight into the digest, a buffer at a time, with no
        // string of the whole body built and copied again into bytes
        byte[] buffer = new byte[1024];
        int longest = 0;
        for (String paragraph : paragraphs) {
            longest = Math.max(longest, paragraph.length());
        }
        char[] chars = new char[longest];
        int size = 0;
        boolean any = false;
        for (String paragraph : paragraphs) {
            // one bulk copy, then a loop over an array: no bounds check per charAt
            int length = paragraph.length();
            paragraph.getChars(0, length, chars, 0);
            boolean inWord = false;
            for (int i = 0; i < length; i++) {
                char c = chars[i];
                boolean wordChar = c < 0x80
                        ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                        : Chars.isLetterOrDigit(c);
                if (!wordChar) {
                    inWord = false;
                    continue;
                }
                if (size > buffer.length - 4) {
                    sha.update(buffer, 0, size);
                    size = 0;
                }
                if (!inWord && any) {
                    buffer[size++] = ' ';
                }
                size = putLower(c, buffer, size);
                inWord = true;
                any = true;
            }
        }
        sha.update(buffer, 0, size);
        return "js-" + HexFormat.of().formatHex(sha.digest(), 0, 8);
    }

    /** Puts the UTF-8 bytes of {@code c} lower-cased at {@code size}; returns the new size. */
    private static int putLower(char c, byte[] buffer, int size) {
        // a letter or digit is never a surrogate, and neither is its lower case
        char lower = c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c)
                : Character.toLowerCase(c);
        int at = size;
        if (lower < 0x80) {
            buffer[at++] = (byte) lower;
        } else if (lower < 0x800) {
            buffer[at++] = (byte) (0xC0 | lower >> 6);
            buffer[at++] = (byte) (0x80 | lower & 0x3F);
        } else {
            buffer[at++] = (byte) (0xE0 | lower >> 12);
            buffer[at++] = (byte) (0x80 | lower >> 6 & 0x3F);
            buffer[at++] = (byte) (0x80 | lower & 0x3F);
        }
        return at;
    }
}
