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

    private CollectiveRoles() {}

    /** Gives persons without an office the collective one: "the Defense Ministers of ...". */
    static void fillRoles(List<PartyEntry> parties, String title, List<Sentence> opening) {
        String collective = null;
        Matcher m = COLLECTIVE_OFFICE.matcher(title);
        if (m.find()) {
            collective = m.group(1);
        } else if (!opening.isEmpty()) {
            Matcher o = COLLECTIVE_OFFICE.matcher(opening.get(0).text());
            if (o.find()) {
                collective = o.group(1);
            }
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
