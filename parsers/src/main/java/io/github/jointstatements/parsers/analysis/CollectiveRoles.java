package io.github.jointstatements.parsers.analysis;

import io.github.jointstatements.core.PartyKind;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives persons without an office of their own the collective one a title or opening names: "the
 * Defense Ministers of ...", "National Security Advisors of ...". Stateless.
 */
final class CollectiveRoles {

    private static final Pattern COLLECTIVE_OFFICE = Pattern.compile(
            "\\b((?:[A-Z][a-z]+ ){0,3}(?:Advisors|Advisers|Ministers|Secretaries|Presidents|"
            + "Chancellors))\\s+of\\b");

    /** Words one of which every {@link #COLLECTIVE_OFFICE} match has. */
    private static final List<String> PLURAL_OFFICES = List.of("Advis", "Ministers",
            "Secretaries", "Presidents", "Chancellors");

    private CollectiveRoles() {}

    /**
     * Returns the collective office {@code text} names ("Defense Ministers"), or null if none;
     * the pattern scans only a text that has a plural office's word.
     */
    private static String collectiveOffice(String text) {
        for (String word : PLURAL_OFFICES) {
            if (text.contains(word)) {
                Matcher m = COLLECTIVE_OFFICE.matcher(text);
                return m.find() ? m.group(1) : null;
            }
        }
        return null;
    }

    /** Gives persons without an office the collective one: "the Defense Ministers of ...". */
    static void fillRoles(List<PartyEntry> parties, String title, List<Sentence> opening) {
        String collective = collectiveOffice(title);
        if (collective == null && !opening.isEmpty()) {
            collective = collectiveOffice(opening.get(0).text());
        }
        if (collective == null) {
            return;
        }
        String singular = collective.endsWith("ies")
                ? collective.substring(0, collective.length() - 3) + "y"
                : collective.substring(0, collective.length() - 1);
        for (PartyEntry p : parties) {
            if (p.kind == PartyKind.PERSON && (p.role == null || p.role.isEmpty())) {
                p.role = singular;
            }
        }
    }
}
