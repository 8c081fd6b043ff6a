package io.github.jointstatements.parsers.analysis;

import io.github.jointstatements.core.StatementKind;
import io.github.jointstatements.parsers.internal.WordLists;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells what kind of document a statement is, from its title and, without a title, its opening.
 *
 * <p>Of the phrases of {@code statement-kinds.tsv} ("Joint Statement", "Readout", "Declaration",
 * "Remarks" ...), the one that comes first in the title decides, the longest at one place. A statement delivered at an event
 * ("Statement by the Minister ... at the Summit") is a speech: {@code OTHER}. A title with none
 * of the phrases is a press release of its publisher: {@code PRESS_STATEMENT}. Without a title,
 * the opening's own words decide ("We, the delegates ... declare as follows" is a declaration),
 * then a kind's name in capitals run into the opening ("... FINAL COMMUNIQUE 1. The eleventh
 * ..."), then an opening "X met Y" ("... had separate meetings with", "has received Acting
 * Assistant Secretary ...", "held phone talks with", after a wire's dateline) is a readout. A
 * title naming no kind but a meeting with its participants ("... on the meeting of Minister X
 * with ...") over an opening that reports it is a readout too, and so is a news site's headline
 * naming no kind over an opening sentence in which one side met, held talks or a call with the
 * other, or names "his ... counterpart". A statement a body issued at its session ("Statement
 * Issued by the 155th Session of the ... Council", "Following is the statement issued at the end
 * of the ... session") is a communiqué. Without a title, an opening that adopts a declaration or
 * says "we declare" is a declaration, and one whose subject is the parties together ("The
 * European Union and the United States conducted ...") a joint statement. Thread-safe.
 */
final class StatementKinds {

    private record Rule(String phrase, StatementKind kind) {}

    private static final List<Rule> RULES = rules();
    // bounded reluctant spans, no nested quantifiers: at most 200 x 160 steps on any title
    private static final Pattern DELIVERED_AT = Pattern.compile(
            "(?i)^statement\\s+(?:by|of)\\b.{0,200}?\\s(?:at|before)\\s+the\\s.{0,160}?"
            + "\\b(?:summit|conference|meeting|session|assembly|council|forum|debate|ceremony|"
            + "congress|dialogue)\\b");
    /**
     * An opening reporting a meeting or a call: "met", "spoke", "held talks", "held a
     * conversation", "had a telephone call", "held virtual Foreign Office Consultations"; its
     * subject may hold initials ("Donald J. Trump") and abbreviated honorifics ("H.E. Dr.
     * Abdullatif bin Rashid Al Zayani"); bounded, no nested quantifiers.
     */
    private static final Pattern MET = Pattern.compile(
            "^(?:[^.;:]|(?<=\\b\\p{Lu})\\.|(?<=\\b(?:Dr|Mr|Ms|Mrs|Prof|Jr|Sr|St))\\.){0,200}?"
            + "\\b(?:met|spoke|meets|speaks|held a call|hosted|"
            + "held a telephone talk|"
            + "held a meeting|held (?:phone |telephone |video )?talks|(?:held|had) an? (?:telephone |phone |video )?"
            + "(?:call|conversation)|held (?:[\\w-]{1,20} ){0,4}?[Cc]onsultations"
            // "held meetings with", "had separate meetings with"
            + "|(?:held|had) (?:separate |bilateral )?meetings"
            // "has held his first face-to-face meeting with", "held productive talks with"
            + "|(?:held|had) (?:a |an |his |her |their )?(?:[\\w-]{1,20} ){0,3}?"
            + "(?:meeting|talks|conversation|call|discussions|summit) with"
            // "During talks with visiting Guinean Prime Minister ...", "When meeting with Park ..."
            + "|(?:[Dd]uring|[Ww]hen|[Ww]hile|[Aa]t) (?:a |an |the |their |his |her |its )?"
            + "(?:[\\w-]{1,20} ){0,2}?(?:meeting|talks|call|conversation)s? with"
            // "has received Acting Assistant Secretary ...", "received a telephone call from"
            + "|(?:receives|received)(?= (?:the |a )?(?:visiting )?(?:Acting |Deputy |Vice |Special )?(?:Assistant |Under )?"
            + "(?:Ambassador|Minister|Secretary|President|Prime|Foreign|Chair|Head|Director"
            + "|Envoy|High Commissioner|delegation|H\\.E\\.|His |Her )| an? (?:telephone |phone )?call))\\b");

    /**
     * A wire's dateline before the text of its opening sentence: "NEW DELHI, Nov 21 : ",
     * "ISTANBUL: ", "BEIJING, May 13 -- ", "ASTANA.KAZINFORM ", "ASTANA. KAZINFORM "; bounded, no nested
     * quantifiers.
     */
    private static final Pattern DATELINE_HEAD = Pattern.compile(
            "^\\p{Lu}[^;:.]{0,80}?(?:\\s?:\\s|\\s(?:--|–|—)\\s|(?<=\\p{Lu})\\.\\s?\\p{Lu}{3,}\\s)");

    /**
     * "The overview is as follows", "An overview of the meeting is as follows": a ministry's
     * account of a meeting introducing its points; bounded, no nested quantifiers.
     */
    private static final Pattern OVERVIEW = Pattern.compile(
            "(?i)\\boverview\\s(?:of\\s(?:the\\s)?(?:[\\p{L}-]{1,20}\\s){1,3}?)?is\\sas\\sfollows\\b");

    /**
     * "... met in New York and adopted the present ministerial declaration", "adopted the
     * following Declaration": the document the opening says its authors adopted; bounded, no
     * nested quantifiers.
     */
    private static final Pattern ADOPTED_DOCUMENT = Pattern.compile(
            "(?i)\\badopted\\sthe\\s(?:present|following)\\s(?:[\\p{L}-]{1,20}\\s){0,2}?"
            + "(declaration|communiqu[eé])\\b");

    /** " a phone call", " a telephone call" after "received". */
    private static final Pattern RECEIVED_CALL = Pattern.compile(
            " an? (?:telephone |phone |video )?call\\b");

    /**
     * "Foreign Minister X and his Republic of Korean counterpart Y have agreed ...": one side's
     * principal with the other's, as a readout of their meeting or call names them; bounded, no
     * nested quantifiers.
     */
    private static final Pattern COUNTERPART = Pattern.compile(
            "\\b(?:his|her|their)\\s(?:[\\p{L}'’.-]{1,20}\\s){0,3}?counterparts?\\b");

    /**
     * "Statement Issued by the 155th Session of the GCC Ministerial Council", "Final Statement of
     * the ... Summit": what a body issues at the end of its session or meeting, a communiqué;
     * bounded, no nested quantifiers.
     */
    private static final Pattern SESSION_STATEMENT = Pattern.compile(
            "(?i)^(?:(?:the\\s)?final\\s)?statement\\s(?:issued|adopted|released)\\s(?:by|at|after|following)"
            + "\\s.{0,160}?\\b(?:session|summit|meeting)\\b|\\bfinal\\sstatement\\s.{0,160}?\\b"
            + "(?:session|summit|meeting)\\b");

    /**
     * "Following is the statement issued at the end of the 40th session of the Ministerial
     * Council": an opening introducing what a body issued after its session, a communiqué;
     * bounded, no nested quantifiers.
     */
    private static final Pattern FOLLOWING_SESSION_STATEMENT = Pattern.compile(
            "(?i)\\bfollowing\\s(?:is|are)\\s(?:the\\s|a\\s)?(?:full\\s)?(?:text\\sof\\s)?(?:the\\s|a\\s)?"
            + "(?:final\\s)?statement\\s(?:issued|adopted|released)\\s(?:by|at|after|following)\\s.{0,160}?"
            + "\\b(?:session|summit|meeting)\\b");

    /**
     * "The following is the full text of the communiqué issued at the end of ...": an opening
     * introducing a communiqué or a declaration as such (a bare "statement" may be anyone's);
     * the character a decoding lost may stand for the "é"; bounded, no nested quantifiers.
     */
    private static final Pattern FOLLOWING_DOCUMENT = Pattern.compile(
            "(?i)\\bfollowing\\s(?:is|are)\\s(?:the\\s|a\\s)?(?:full\\s)?(?:text\\sof\\s)?(?:the\\s|a\\s)?"
            + "(?:[\\p{L}'’-]{1,20}\\s){0,3}?(communiqu(?:e|é|\\?|\\uFFFD)|declaration)(?![\\p{L}])");

    /**
     * "France and Germany ... adopt this declaration", "... adopted the present declaration",
     * "we declare": the parties declaring together; bounded, no nested quantifiers.
     */
    private static final Pattern DECLARE = Pattern.compile(
            "(?i)\\badopt(?:s|ed)?\\s(?:this|the\\spresent)\\s(?:joint\\s)?declaration\\b"
            + "|\\bwe\\s(?:hereby\\s)?(?:jointly\\s)?(?:solemnly\\s)?declare\\b");

    /**
     * An opening whose subject is two or more parties together and whose verb is what they did or
     * say jointly: "The European Union and the United States conducted ...", "Minister X, Minister
     * Y and Secretary Z held the inaugural 2+2 Ministerial Dialogue ..."; after an optional
     * "On 5 May," or "Today,"; capitalised names (with "of the" inside) only, bounded, no nested
     * quantifiers.
     */
    private static final Pattern JOINT_SUBJECT = Pattern.compile(
            "^(?:(?:On|In|Today|Yesterday)\\b[^,;.]{0,60},\\s)?(?:The\\s)?"
            + "(?:\\p{Lu}[\\p{L}.'’-]{0,30},?\\s(?:of\\s(?:the\\s)?)?){1,12}?(?:\\([^()]{1,20}\\),?\\s)?"
            + "(?:and|&)\\s(?:the\\s)?(?:\\p{Lu}[\\p{L}.'’-]{0,30}\\s(?:of\\s(?:the\\s)?)?){1,8}?"
            + "(?:\\([^()]{1,20}\\)\\s)?(?:have\\s|has\\s|today\\s|jointly\\s){0,2}"
            + "(?:conducted|held|hold|reaffirm|reaffirmed|agree|agreed|decided|issued|issue|signed"
            + "|adopted|adopt|commit|committed|reiterate|reiterated|affirm|affirmed|declare|declared"
            + "|welcome|welcomed|share|convened|launched|completed|concluded)\\b");

    /** "The G8 Foreign Ministers' Meeting was held in New York": the meeting a title names, held. */
    private static final Pattern HELD = Pattern.compile(
            "^[^.;:]{0,200}?\\b(?:was held|were held|took place)\\b");

    /**
     * The words an opening uses for the document it introduces ("issued the following joint
     * statement", "provided the following readout", "adopted the following decision"), in the
     * order they are tried; bounded, no nested quantifiers.
     */
    private static final List<Rule> OPENING_WORDS = List.of(
            new Rule("following joint statement", StatementKind.JOINT_STATEMENT),
            new Rule("text of a joint statement", StatementKind.JOINT_STATEMENT),
            new Rule("text of the joint statement", StatementKind.JOINT_STATEMENT),
            new Rule("text of the joint communiqué", StatementKind.COMMUNIQUE),
            new Rule("text of the joint communique", StatementKind.COMMUNIQUE),
            new Rule("issued a joint statement", StatementKind.JOINT_STATEMENT),
            new Rule("following joint press statement", StatementKind.JOINT_STATEMENT),
            new Rule("following joint communiqué", StatementKind.COMMUNIQUE),
            new Rule("following joint communique", StatementKind.COMMUNIQUE),
            new Rule("issued a joint communiqué", StatementKind.COMMUNIQUE),
            new Rule("issued a joint communique", StatementKind.COMMUNIQUE),
            new Rule("following joint declaration", StatementKind.JOINT_DECLARATION),
            new Rule("following readout", StatementKind.READOUT),
            new Rule("adopted the following decision", StatementKind.COMMUNIQUE),
            new Rule("adopted the following communiqué", StatementKind.COMMUNIQUE),
            new Rule("adopted the following communique", StatementKind.COMMUNIQUE));

    /**
     * "The following is the joint statement issued by ...", "The following Security Council
     * press statement was issued today": the kind of document the opening introduces, up to three
     * words between; bounded, no nested quantifiers.
     */
    private static final Pattern FOLLOWING = Pattern.compile(
            "(?i)\\bfollowing\\s(?:is\\s|are\\s)?(?:the\\s|a\\s)?(?:full\\s)?(?:text\\sof\\s)?(?:the\\s|a\\s)?"
            + "(?:[\\p{L}'’-]{1,20}\\s){0,3}?(joint\\s(?:press\\s)?statement|joint\\scommuniqu[eé]|"
            + "joint\\sdeclaration|chair(?:man|person)?['’]s\\sstatement|press\\sstatement|readout)\\b");

    /** "We, the Heads of State/Government of ...": the parties speaking together. */
    private static final Pattern WE_THE_PARTIES = Pattern.compile(
            "^(?:\\d{1,3}\\.\\s)?We,\\s(?:the\\s)?(?:Heads|Leaders|Ministers|Foreign\\sMinisters|"
            + "Defen[cs]e\\sMinisters|Prime\\sMinisters|Presidents|Members|Co-Chairs|Participants"
            + "|Delegates|Representatives|Signatories)\\b");

    /**
     * "We, the delegates to the Executive Board meeting of ..., declare as follows": the parties
     * declaring together, a declaration whatever its title lacks; bounded, no nested quantifiers.
     */
    private static final Pattern WE_DECLARE = Pattern.compile(
            "^(?:\\d{1,3}\\.\\s)?We,\\s[^;]{0,300}?\\b(?:hereby\\s)?(?:declare|proclaim)\\b");

    /** A document's kind in capitals run into the opening of a text with no headline. */
    private static final Pattern KIND_IN_CAPITALS = Pattern.compile(
            "\\b(?:FINAL\\s|JOINT\\s)?(COMMUNIQU[EÉ]|DECLARATION|JOINT\\sSTATEMENT"
            + "|CHAIR(?:MAN)?['’]S\\sSTATEMENT|READOUT)\\b");

    /** The opening's characters read for a kind in capitals. */
    private static final int MAX_CAPITALS_OPENING = 400;

    /**
     * "Joint communiqué issued at the end of the visit of ...", "Joint Communiqué between the
     * United Republic of Tanzania and the People's Republic of China issued at the Conclusion of
     * ...": a sentence naming its document; bounded, no nested quantifiers.
     */
    private static final Pattern OPENS_WITH_KIND = Pattern.compile(
            "(?i)^(joint\\s(?:press\\s)?(?:communiqu[eé]|statement|declaration))"
            + "(?:\\s(?:between|of|by)\\s[^.;:]{1,200}?)?\\s(?:issued|adopted|signed|released|agreed)\\b");

    /** "Adopted by the Peace and Security Council ... at its 1055th meeting": a council's communiqué. */
    private static final Pattern ADOPTED_AT_MEETING = Pattern.compile(
            "^adopted by the [^.;:]{0,160}?\\bat its \\d{1,4}(?:st|nd|rd|th)?\\s(?:\\w+\\s){0,3}?"
            + "meeting\\b", Pattern.CASE_INSENSITIVE);

    /**
     * A title naming a meeting as its whole subject: "Japan-China Foreign Ministers' Meeting",
     * "U.S.-India Foreign Office Consultations".
     */
    private static final Pattern MEETING_TITLE = Pattern.compile(
            "(?i)\\b(?:meeting|talks|consultations|dialogue)(?:\\s\\((?:summary|outline|overview)\\))?$");

    /**
     * A title naming a meeting or a call with its participants: "... on the meeting of Minister
     * X with ...", "Meeting between the Foreign Ministers of ...".
     */
    private static final Pattern MEETING_OF = Pattern.compile(
            "(?i)\\b(?:meeting|talks|conversation|call)\\s(?:of|with|between)\\b");

    /** The kinds of document a title may report as adopted, signed or issued. */
    private static final java.util.Set<StatementKind> REPORTABLE = java.util.EnumSet.of(
            StatementKind.COMMUNIQUE, StatementKind.JOINT_DECLARATION,
            StatementKind.JOINT_STATEMENT);

    /**
     * A verb of a report before the document a title names: "Adopts", "Welcomes", "Concludes
     * with Adoption of"; on the lower-cased title, word boundaries. Not "sign" or "issue": "China,
     * Iran Sign Joint Communique" heads a news site's repost of the communiqué itself.
     */
    private static final Pattern REPORTING_VERB = Pattern.compile(
            "\\b(?:adopts?|adopted|approves?|approved|endorses?|endorsed|welcomes?|welcomed"
                    + "|hails?|concludes|adoption of|approval of)\\b");

    private StatementKinds() {}

    /** The kind and the rule that decided it. */
    record Decision(StatementKind kind, String rule) {}

    /** Returns the kind of a statement with this title and opening sentences. */
    static Decision classify(String title, List<String> opening) {
        String t = title.strip();
        if (!t.isEmpty()) {
            // the phrase that comes first names the document: "Presidential Message on ... the
            // Declaration of Independence" is a message, "The Jeddah Communique: A Joint
            // Statement ..." a communiqué
            String lower = normalize(t);
            Rule first = null;
            int at = Integer.MAX_VALUE;
            for (Rule rule : RULES) {
                int found = indexOfWord(lower, rule.phrase());
                if (found >= 0 && (found < at
                        || found == at && rule.phrase().length() > first.phrase().length())) {
                    first = rule;
                    at = found;
                }
            }
            if (SESSION_STATEMENT.matcher(t).find()) {
                return new Decision(StatementKind.COMMUNIQUE,
                        "title: a statement a body issued at its session or meeting");
            }
            if (first != null && REPORTABLE.contains(first.kind())
                    && REPORTING_VERB.matcher(lower.substring(0, at)).find()) {
                // "OAS Permanent Council Adopts Declaration Supporting ...", "... Concludes with
                // Adoption of Declaration of San Salvador": a press release reporting it
                return new Decision(StatementKind.PRESS_STATEMENT,
                        "title reports the \"" + first.phrase() + "\" adopted or signed");
            }
            if (first != null) {
                if (first.kind() == StatementKind.PRESS_STATEMENT
                        && DELIVERED_AT.matcher(t).find()) {
                    return new Decision(StatementKind.OTHER,
                            "title: a statement delivered at an event");
                }
                if (first.kind() == StatementKind.PRESS_STATEMENT && !opening.isEmpty()
                        && WE_THE_PARTIES.matcher(opening.get(0)).find()) {
                    return new Decision(StatementKind.JOINT_STATEMENT, "title says \""
                            + first.phrase() + "\" and the opening speaks for the parties together");
                }
                return new Decision(first.kind(), "title says \"" + first.phrase() + "\"");
            }
            Optional<Decision> said = openingSays(opening);
            if (said.isPresent()) {
                return said.get();
            }
            if (MEETING_TITLE.matcher(t).find() && reportsMeeting(opening)) {
                return new Decision(StatementKind.READOUT,
                        "title names a meeting the opening reports");
            }
            if (MEETING_OF.matcher(t).find() && !opening.isEmpty()
                    && (reportsMeetingOrCall(opening.get(0)) || HELD.matcher(opening.get(0)).find())) {
                // "Information of the Press Service ... on the meeting of Minister X with ..." /
                // "On March 10, a meeting was held between ...": a ministry's account of it
                return new Decision(StatementKind.READOUT,
                        "title names a meeting or a call the opening reports");
            }
            if (!opening.isEmpty() && reportsMeetingOrCall(opening.get(0), false)) {
                // "Vietnamese, Chinese foreign ministries intensify cooperation" over "... held
                // talks with ...": a news site's headline over its copy of a readout (a meeting
                // reported later, after "The EU and China held their 24th Summit", may be an
                // institution's own release on the summit; one who "hosted" a ceremony, a
                // roundtable or a summit is no readout's principal)
                return new Decision(StatementKind.READOUT,
                        "title names no kind; the opening sentence reports a meeting or a call");
            }
            if (!opening.isEmpty() && COUNTERPART.matcher(opening.get(0)).find()) {
                return new Decision(StatementKind.READOUT,
                        "title names no kind; the opening names one side's counterpart");
            }
            return new Decision(StatementKind.PRESS_STATEMENT,
                    "title names no kind: a press release");
        }
        Optional<Decision> said = openingSays(opening);
        if (said.isPresent()) {
            return said.get();
        }
        if (!opening.isEmpty()) {
            // "COUNCIL OF THE EUROPEAN UNION ... Luxembourg, 24 April 2007 FINAL COMMUNIQUE 1.
            // The eleventh ...": the heading a document's rendering ran into its text
            String head = opening.get(0);
            Matcher capitals = KIND_IN_CAPITALS.matcher(
                    head.substring(0, Math.min(head.length(), MAX_CAPITALS_OPENING)));
            if (capitals.find()) {
                String kind = capitals.group(1);
                return new Decision(kind.startsWith("COMMUNIQU") ? StatementKind.COMMUNIQUE
                        : kind.equals("DECLARATION") ? StatementKind.JOINT_DECLARATION
                        : kind.equals("READOUT") ? StatementKind.READOUT
                        : StatementKind.JOINT_STATEMENT,
                        "no title; the opening's heading in capitals says \"" + capitals.group()
                        + "\"");
            }
        }
        for (String sentence : opening) {
            if (reportsMeetingOrCall(sentence)) {
                return new Decision(StatementKind.READOUT,
                        "no title; the opening reports a meeting or a call");
            }
        }
        for (String sentence : opening) {
            if (COUNTERPART.matcher(sentence).find()) {
                return new Decision(StatementKind.READOUT,
                        "no title; the opening names one side's counterpart");
            }
            Matcher dateline = DATELINE_HEAD.matcher(sentence);
            if (JOINT_SUBJECT.matcher(sentence).find() || dateline.find()
                    && JOINT_SUBJECT.matcher(sentence.substring(dateline.end())).find()) {
                // "The European Union and the United States conducted ...": the parties speaking
                // of what they did together, not one side reporting its meeting with the other
                return new Decision(StatementKind.JOINT_STATEMENT,
                        "no title; the opening's subject is the parties together");
            }
        }
        return new Decision(StatementKind.OTHER, "no title and no known opening");
    }

    /** The kind the opening's own words give the document they introduce, if they give one. */
    private static Optional<Decision> openingSays(List<String> opening) {
        for (String sentence : opening) {
            if (FOLLOWING_SESSION_STATEMENT.matcher(sentence).find()) {
                return Optional.of(new Decision(StatementKind.COMMUNIQUE,
                        "the opening introduces a statement a body issued at its session"));
            }
            if (WE_DECLARE.matcher(sentence).find()) {
                return Optional.of(new Decision(StatementKind.JOINT_DECLARATION,
                        "the opening declares for the parties together: \"We, the ... declare\""));
            }
            if (DECLARE.matcher(sentence).find()) {
                return Optional.of(new Decision(StatementKind.JOINT_DECLARATION,
                        "the opening adopts a declaration or declares"));
            }
            String lower = normalize(sentence);
            for (Rule rule : OPENING_WORDS) {
                if (indexOfWord(lower, rule.phrase()) >= 0) {
                    return Optional.of(new Decision(rule.kind(),
                            "the opening says \"" + rule.phrase() + "\""));
                }
            }
            if (WE_THE_PARTIES.matcher(sentence).find()) {
                return Optional.of(new Decision(StatementKind.JOINT_STATEMENT,
                        "the opening speaks for the parties together: \"We, the ...\""));
            }
            Matcher opens = OPENS_WITH_KIND.matcher(sentence);
            if (opens.find()) {
                String phrase = opens.group(1).toLowerCase(java.util.Locale.ROOT);
                StatementKind kind = phrase.contains("communiqu") ? StatementKind.COMMUNIQUE
                        : phrase.contains("declaration") ? StatementKind.JOINT_DECLARATION
                        : StatementKind.JOINT_STATEMENT;
                return Optional.of(new Decision(kind,
                        "the opening names the document it is: \"" + opens.group(1) + "\""));
            }
            Matcher following = FOLLOWING.matcher(sentence);
            if (following.find()) {
                String phrase = following.group(1).toLowerCase(java.util.Locale.ROOT);
                StatementKind kind = phrase.startsWith("joint") && phrase.endsWith("statement")
                        || phrase.startsWith("chair") ? StatementKind.JOINT_STATEMENT
                        : phrase.contains("communiqu") ? StatementKind.COMMUNIQUE
                        : phrase.contains("declaration") ? StatementKind.JOINT_DECLARATION
                        : phrase.equals("readout") ? StatementKind.READOUT
                        : StatementKind.PRESS_STATEMENT;
                return Optional.of(new Decision(kind,
                        "the opening introduces the following \"" + following.group(1) + "\""));
            }
            Matcher document = FOLLOWING_DOCUMENT.matcher(sentence);
            if (document.find()) {
                return Optional.of(new Decision(document.group(1).toLowerCase(java.util.Locale.ROOT)
                        .startsWith("declaration") ? StatementKind.JOINT_DECLARATION
                        : StatementKind.COMMUNIQUE,
                        "the opening introduces the following \"" + document.group(1) + "\""));
            }
            Matcher adopted = ADOPTED_DOCUMENT.matcher(sentence);
            if (adopted.find()) {
                return Optional.of(new Decision(
                        adopted.group(1).toLowerCase(java.util.Locale.ROOT).startsWith("declaration")
                        ? StatementKind.JOINT_DECLARATION : StatementKind.COMMUNIQUE,
                        "the opening says its authors adopted the \"" + adopted.group(1) + "\""));
            }
            if (OVERVIEW.matcher(sentence).find()) {
                return Optional.of(new Decision(StatementKind.READOUT,
                        "the opening gives an overview of a meeting"));
            }
            if (ADOPTED_AT_MEETING.matcher(sentence).find()) {
                return Optional.of(new Decision(StatementKind.COMMUNIQUE,
                        "the opening says a council's meeting adopted it"));
            }
        }
        return Optional.empty();
    }

    /** Whether a sentence, after a wire's dateline if it opens with one, reports a meeting or a call. */
    private static boolean reportsMeetingOrCall(String sentence) {
        return reportsMeetingOrCall(sentence, true);
    }

    /**
     * Whether a sentence, after a wire's dateline if it opens with one, reports a meeting or a
     * call. Unless {@code loose}, one side meeting the other: not "hosted" (a ceremony, a
     * roundtable, a summit) nor a bare "met" without "with" ("X and Y met in Tokyo" opens their
     * joint document as well as a readout).
     */
    private static boolean reportsMeetingOrCall(String sentence, boolean loose) {
        Matcher met = MET.matcher(sentence);
        if (met.find()) {
            return loose || oneSideMet(sentence, met.group());
        }
        Matcher head = DATELINE_HEAD.matcher(sentence);
        if (!head.find()) {
            return false;
        }
        String rest = sentence.substring(head.end());
        Matcher after = MET.matcher(rest);
        return after.find() && (loose || oneSideMet(rest, after.group()));
    }

    /** Whether the opening {@code met} of {@code sentence} reports one side meeting the other. */
    private static boolean oneSideMet(String sentence, String met) {
        if (met.endsWith("hosted")) {
            return false;
        }
        if (met.endsWith("received") || met.endsWith("receives")) {
            // "received a phone call from", not "received the Ambassador" (at a ceremony, a
            // hospital ...)
            return RECEIVED_CALL.matcher(sentence).region(met.length(), sentence.length())
                    .lookingAt();
        }
        if (met.endsWith(" met") || met.endsWith(" meets") || met.equals("met")
                || met.equals("meets")) {
            return sentence.startsWith(" with", met.length());
        }
        return true;
    }

    private static boolean reportsMeeting(List<String> opening) {
        for (String sentence : opening) {
            if (MET.matcher(sentence).find() || HELD.matcher(sentence).find()) {
                return true;
            }
        }
        return false;
    }

    /** Lower-cases a title and makes every run of white space one space. */
    private static String normalize(String title) {
        StringBuilder b = new StringBuilder(title.length());
        boolean space = false;
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if (SentenceSplitter.isSpace(c)) {
                space = true;
                continue;
            }
            if (space && b.length() > 0) {
                b.append(' ');
            }
            space = false;
            b.append(c == '\'' ? '’' : Character.toLowerCase(c));
        }
        return b.toString();
    }

    /** Returns where {@code phrase} stands in {@code text} between word boundaries, or -1. */
    private static int indexOfWord(String text, String phrase) {
        int at = text.indexOf(phrase);
        while (at >= 0) {
            int end = at + phrase.length();
            if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return at;
            }
            at = text.indexOf(phrase, at + 1);
        }
        return -1;
    }

    private static List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        for (String row : WordLists.load(StatementKinds.class, "statement-kinds.tsv")) {
            String[] cols = row.split("\t");
            if (cols.length != 2) {
                throw new IllegalStateException("statement-kinds.tsv: expected 2 columns: \""
                        + row + "\"");
            }
            String phrase = normalize(cols[0].strip());
            rules.add(new Rule(phrase, StatementKind.valueOf(cols[1].strip())));
        }
        return List.copyOf(rules);
    }
}
