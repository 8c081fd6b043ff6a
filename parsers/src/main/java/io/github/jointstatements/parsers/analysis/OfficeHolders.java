package io.github.jointstatements.parsers.analysis;

import static io.github.jointstatements.parsers.analysis.NameWords.FUNCTION_WORDS;
import static io.github.jointstatements.parsers.analysis.NameWords.GIVEN_NAME_STOPS;
import static io.github.jointstatements.parsers.analysis.NameWords.HONORIFICS;
import static io.github.jointstatements.parsers.analysis.NameWords.ROYAL_STYLES;
import static io.github.jointstatements.parsers.analysis.NameWords.isAllCaps;
import static io.github.jointstatements.parsers.analysis.TokenSpans.firstCountry;
import static io.github.jointstatements.parsers.analysis.TokenSpans.indexAt;
import static io.github.jointstatements.parsers.analysis.TokenSpans.indexStart;
import static io.github.jointstatements.parsers.analysis.TokenSpans.lastOfBefore;
import static io.github.jointstatements.parsers.analysis.TokenSpans.mentionAt;
import static io.github.jointstatements.parsers.analysis.TokenSpans.mentionAtOffset;
import static io.github.jointstatements.parsers.analysis.TokenSpans.mentionEndingAt;
import static io.github.jointstatements.parsers.analysis.TokenSpans.nameTokens;
import static io.github.jointstatements.parsers.analysis.TokenSpans.organizationIn;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads a person named with an office that starts at a token: the office or run of offices, the
 * country modifier before it ("ROK", "Australian", "Canada’s") or an organisation ("World Bank"),
 * an "of &lt;country&gt;" or "of &lt;organisation&gt;" after it, honorifics, the name, and an
 * "of &lt;country&gt;" after the name; or the office alone when no name follows. Each step is a
 * method of its own, over one mutable {@link Reading} that lives for one call. Thread-safe.
 */
final class OfficeHolders {

    private final Offices offices;
    private final NameReader names;
    private final OfficeRoles roles;

    OfficeHolders(Offices offices, NameReader names, OfficeRoles roles) {
        this.offices = offices;
        this.names = names;
        this.roles = roles;
    }

    /** What one reading of an office holder has found so far. */
    private static final class Reading {
        final String text;
        final List<Token> tokens;
        final Places places;
        /** The token of the office. */
        final int office;
        final int officeStart;
        int roleEnd;
        /** The token just past the office and its complement. */
        int next;
        int nameFrom;
        int nameTo;
        int start;
        int roleStart;
        String country;
        String organization;

        Reading(String text, List<Token> tokens, Places places, int office, int roleEnd) {
            this.text = text;
            this.tokens = tokens;
            this.places = places;
            this.office = office;
            this.officeStart = tokens.get(office).start();
            this.roleEnd = roleEnd;
            this.start = officeStart;
            this.roleStart = officeStart;
        }
    }

    /**
     * Returns the person (or the office alone) whose office starts at token {@code i}, whose
     * office ends at {@code officeEnd}; offices before {@code previousEnd} belong to the person
     * named before.
     */
    PersonMention read(String text, List<Token> tokens, Places places, int i, int officeEnd,
            int previousEnd) {
        Reading r = new Reading(text, tokens, places, i, officeEnd);
        cutFamilyName(r);
        cutNextOffice(r);
        complement(r);
        name(r);
        modifiers(r, previousEnd);
        return mention(r);
    }

    /** "Minister of Defense KONO Taro": the capitals are a family name, not an acronym. */
    private void cutFamilyName(Reading r) {
        List<Token> tokens = r.tokens;
        int lastWord = indexAt(tokens, r.roleEnd) - 1;
        if (lastWord > r.office && isAllCaps(tokens.get(lastWord).text())
                && !tokens.get(lastWord).text().contains(".")
                && names.familyNameFirst(r.text, tokens, r.places, lastWord)) {
            OptionalInt shorter = offices.officeEnd(r.text.substring(0, tokens.get(lastWord - 1)
                    .end()), r.officeStart);
            if (shorter.isPresent()) {
                r.roleEnd = shorter.getAsInt();
            }
        }
    }

    /**
     * An office run whose last part is only the start of the next office ("..., and Foreign" of
     * "and Foreign Minister Wang Yi"; "and National Security" of "Assistant to the President and
     * National Security Advisor Jake Sullivan") ends before that part.
     */
    private void cutNextOffice(Reading r) {
        String text = r.text;
        int and = text.lastIndexOf(" and ", r.roleEnd);
        if (and > r.officeStart) {
            int cut = text.charAt(and - 1) == ',' ? and - 1 : and;
            OptionalInt next = offices.officeEnd(text, and + " and ".length());
            if (next.isPresent() && next.getAsInt() > r.roleEnd) {
                r.roleEnd = cut;
            }
        }
    }

    /**
     * Reads the country or organisation of the office: one it swallowed ("of &lt;country&gt;
     * &lt;name&gt;", cut at the country), one inside it, or one after "of" ("of the Kingdom of
     * Thailand", "of the European Commission"), past the office's other name in parentheses
     * ("Secretary of National Defence (Defence Minister) of the Philippines").
     */
    private void complement(Reading r) {
        List<Token> tokens = r.tokens;
        Mention inside = firstCountry(r.places, r.officeStart, r.roleEnd);
        r.next = -1;
        if (inside != null) {
            int cut = lastOfBefore(r.text, r.officeStart, inside.start());
            if (cut > r.officeStart) {
                r.roleEnd = cut;
                r.country = inside.entity().countryCode().orElse(null);
                r.next = indexAt(tokens, inside.end());
            }
        }
        if (r.next < 0) {
            r.next = indexAt(tokens, r.roleEnd);
        }
        r.organization = organizationIn(r.places, r.officeStart, r.roleEnd);
        if (r.country == null && r.next + 2 < tokens.size()
                && tokens.get(r.next).text().equals("(")) {
            // the office's other name in parentheses before its country: "Secretary of National
            // Defence (Defence Minister) of the Philippines, Gilberto Teodoro"
            OptionalInt other = offices.officeEnd(r.text, tokens.get(r.next + 1).start());
            int close = other.isPresent() ? indexAt(tokens, other.getAsInt()) : -1;
            if (close > 0 && close + 1 < tokens.size() && tokens.get(close).text().equals(")")
                    && tokens.get(close + 1).is("of")) {
                r.next = close + 1;
            }
        }
        if (r.country == null && r.next < tokens.size() && tokens.get(r.next).is("of")) {
            Mention m = mentionAt(r.places, tokens, r.next + 1);
            if (m != null && m.entity().type() == EntityType.COUNTRY) {
                r.country = m.entity().countryCode().orElse(null);
                r.next = indexAt(tokens, m.end());
            } else if (m != null && m.entity().type() == EntityType.ORGANIZATION
                    && r.organization == null) {
                // the body is part of the office as written ("President of the European
                // Commission", "Chairperson of the African Union Commission"); a state is not
                // ("Minister of Foreign Affairs of Japan" is the Minister of Foreign Affairs)
                r.organization = m.entity().name();
                r.next = indexAt(tokens, m.end());
                if (r.next >= tokens.size()
                        || offices.officeEnd(r.text, tokens.get(r.next).start()).isEmpty()) {
                    // not the body's own office after it: "Head of Cabinet of the European
                    // Commission President"
                    r.roleEnd = m.end();
                }
            }
        }
    }

    /**
     * Reads the name after the office, past a comma and honorifics (", H.E. Ms. Yingluck
     * Shinawatra", ", The Honorable Donald J. Trump", "Prince Khalid").
     */
    private void name(Reading r) {
        List<Token> tokens = r.tokens;
        int nameFrom = r.next;
        if (nameFrom < tokens.size() && tokens.get(nameFrom).text().equals(",")) {
            nameFrom++;
        }
        if (nameFrom + 1 < tokens.size() && tokens.get(nameFrom).is("the")
                && HONORIFICS.contains(tokens.get(nameFrom + 1).text())) {
            nameFrom++;
        }
        while (nameFrom < tokens.size() && (HONORIFICS.contains(tokens.get(nameFrom).text())
                || ROYAL_STYLES.contains(tokens.get(nameFrom).text()))) {
            nameFrom++;
            // the apostrophe that ends an honorific: "Dato’ Sri Mohd Najib"
            if (nameFrom < tokens.size() && tokens.get(nameFrom).isPossessive()
                    && tokens.get(nameFrom).start() == tokens.get(nameFrom - 1).end()
                    && tokens.get(nameFrom).text().length() == 1) {
                nameFrom++;
            }
        }
        int nameTo = names.nameEnd(r.text, tokens, r.places, nameFrom);
        if (nameTo > nameFrom && nameFrom == r.next + 1 && tokens.get(r.next).text().equals(",")
                && institutionAfterComma(tokens, nameFrom, nameTo)) {
            nameTo = nameFrom; // "Deputy Secretary, Department of Commerce": where, not who
        }
        if (nameTo == nameFrom && nameFrom != r.next) {
            nameFrom = r.next; // a comma after an office with no name after it
            nameTo = r.next;
        }
        r.nameFrom = nameFrom;
        r.nameTo = nameTo;
    }

    /**
     * Returns whether the capitalised words right after an office's comma name the institution
     * it serves rather than its holder: a word of an institution ("Department", "Ministry"), or
     * an "of" after them ("Department of Commerce"), or an institution's word after "and" in the
     * capitals that go on ("National Aeronautics and Space Administration").
     */
    private static boolean institutionAfterComma(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (GIVEN_NAME_STOPS.contains(tokens.get(i).lower())) {
                return true;
            }
        }
        if (to < tokens.size() && tokens.get(to).is("of")) {
            return true;
        }
        if (to + 1 < tokens.size() && tokens.get(to).is("and")) {
            for (int i = to + 1; i < Math.min(tokens.size(), to + 5)
                    && tokens.get(i).isCapitalized(); i++) {
                if (GIVEN_NAME_STOPS.contains(tokens.get(i).lower())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Reads what qualifies the office before it: a country, an organisation, "&lt;country&gt;
     * counterpart, ", or offices joined to it by commas and "and".
     */
    private void modifiers(Reading r, int previousEnd) {
        List<Token> tokens = r.tokens;
        int i = r.office;
        Mention before = mentionEndingAt(r.places, r.text, r.officeStart);
        if (before == null && i >= 2 && tokens.get(i - 1).isPossessive()) {
            // "Canada’s National Security ..."
            before = r.places.endingAt(tokens.get(i - 2).end());
        }
        if (before != null && before.form() == MentionForm.NAME
                && headingBefore(tokens, before.start())) {
            before = null; // "Invitation to Visit Italy President Trump": a heading ran on
        }
        if (before != null && before.entity().type() == EntityType.COUNTRY
                && before.start() >= previousEnd) {
            r.start = before.start();
            if (r.country == null) {
                r.country = before.entity().countryCode().orElse(null);
            }
        } else if (before != null && before.entity().type() == EntityType.ORGANIZATION
                && before.form() != MentionForm.ADJECTIVE && before.start() >= previousEnd) {
            r.start = before.start(); // "World Bank President Ajay Banga"
            if (r.organization == null) {
                r.organization = before.entity().name();
            }
        } else if (OfficeRoles.counterpartCountry(tokens, r.places, i) != null) {
            // "his UK counterpart, Secretary of State for Defence, John Healey"
            if (r.country == null) {
                r.country = OfficeRoles.counterpartCountry(tokens, r.places, i);
            }
        } else {
            joinedOffices(r, previousEnd);
        }
    }

    private void joinedOffices(Reading r, int previousEnd) {
        boolean coordinated = r.text.substring(r.officeStart, r.roleEnd).contains(", and ");
        int extended = roles.extendRole(r.text, r.tokens, r.places, r.office, previousEnd,
                coordinated);
        if (extended < r.officeStart) {
            r.start = extended;
            r.roleStart = extended;
            Mention lead = mentionAtOffset(r.places, extended);
            if (lead != null && lead.entity().type() == EntityType.COUNTRY) {
                r.roleStart = indexStart(r.tokens, lead.end());
                if (r.country == null) {
                    r.country = lead.entity().countryCode().orElse(null);
                }
            }
        }
    }

    /**
     * Returns the mention read, with the "of &lt;country&gt;" after a name: "Joko Widodo of
     * Indonesia".
     */
    private static PersonMention mention(Reading r) {
        List<Token> tokens = r.tokens;
        String role = OfficeRoles.trimRole(r.text.substring(r.roleStart, r.roleEnd));
        if (r.nameTo == r.nameFrom) {
            int end = r.next > 0 && r.next <= tokens.size() ? tokens.get(r.next - 1).end()
                    : r.roleEnd;
            return new PersonMention(r.start, Math.max(end, r.roleEnd), "", List.of(),
                    Optional.of(role), Optional.ofNullable(r.country),
                    Optional.ofNullable(r.organization), "office without a name");
        }
        int end = tokens.get(r.nameTo - 1).end();
        String name = r.text.substring(tokens.get(r.nameFrom).start(), end);
        List<String> nameTokens = nameTokens(tokens, r.nameFrom, r.nameTo);
        String country = r.country;
        if (r.nameTo + 1 < tokens.size() && tokens.get(r.nameTo).is("of")) {
            Mention m = mentionAt(r.places, tokens, r.nameTo + 1);
            if (m != null && m.entity().type() == EntityType.COUNTRY) {
                if (country == null) {
                    country = m.entity().countryCode().orElse(null);
                }
                end = m.end();
            }
        }
        return new PersonMention(r.start, end, name, nameTokens, Optional.of(role),
                Optional.ofNullable(country), Optional.ofNullable(r.organization),
                "office + name");
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
}
