package io.github.jointstatements.parsers.analysis;

import java.util.Objects;

/**
 * A mention of an entity in a text: the UTF-16 span {@code [start, end)} and how it names it.
 *
 * @param start the index of its first character
 * @param end the index after its last character
 * @param entity the entity it names
 * @param form how it names it
 */
record Mention(int start, int end, Entity entity, MentionForm form) {

    Mention {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(form, "form");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** Returns the mentioned text of {@code text}, the text this mention was found in. */
    String text(CharSequence text) {
        return text.subSequence(start, end).toString();
    }
}
