package io.github.jointstatements.parsers.pages;

import io.github.jointstatements.parsers.internal.Lines;
import io.github.jointstatements.parsers.internal.PageDates;
import io.github.jointstatements.parsers.internal.Titles;
import java.util.List;
import java.util.Set;

/**
 * Tells a site's navigation among a text page's header lines: breadcrumb trails, menus of links
 * between bars, navigation words ("Search", "Log in"). Stateless.
 */
final class NavigationLines {

    /** Words of a site's navigation, never of a place. */
    private static final Set<String> NAVIGATION_WORDS = Set.of("search", "menu", "login",
            "log in", "sign in", "subscribe", "register", "advanced search", "contact us");

    /** A separator of a breadcrumb trail: "Bureau of Public Affairs > Press Releases > 2005". */
    private static final List<String> TRAIL_MARKS = List.of(" > ", " » ", " › ");

    /** A trail has at least this many separators. */
    private static final int MIN_TRAIL_MARKS = 2;

    /** A menu's line has at least this many parts between bars ... */
    static final int MIN_MENU_PARTS = 3;

    /** ... each of at most this many words. */
    static final int MAX_MENU_PART_WORDS = 5;

    /** "You are in: Home > Press Relations > Press Releases > 2005": a breadcrumb trail. */
    static boolean isTrail(String line) {
        int marks = 0;
        for (String mark : TRAIL_MARKS) {
            int at = line.indexOf(mark);
            while (at >= 0 && marks < MIN_TRAIL_MARKS) {
                marks++;
                at = line.indexOf(mark, at + mark.length());
            }
        }
        return marks >= MIN_TRAIL_MARKS;
    }

    /** "U.S. Public Diplomacy | Daily Press Briefing | What's New": a menu's links between bars. */
    static boolean isMenu(String line) {
        String[] parts = line.split(" \\| ");
        if (parts.length < MIN_MENU_PARTS) {
            return false;
        }
        for (String part : parts) {
            if (Titles.words(part) > MAX_MENU_PART_WORDS || PageDates.find(part).isPresent()) {
                return false; // "Date: 22/06/2019 | Source: ...": fields, not links
            }
        }
        return true;
    }

    /** A part of a header line that is a site's navigation: "Search Advanced Search". */
    static boolean isNavigation(String part) {
        String key = Lines.key(part);
        for (String word : NAVIGATION_WORDS) {
            if (key.equals(word) || key.startsWith(word + " ")) {
                return true;
            }
        }
        return false;
    }

    private NavigationLines() {}
}
