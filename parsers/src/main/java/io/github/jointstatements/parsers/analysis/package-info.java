/**
 * The text analysis: turns a {@link io.github.jointstatements.parsers.Page}'s plain paragraphs
 * into a {@link io.github.jointstatements.core.Statement} — sentences, acronyms, parties and their
 * aliases, time expressions resolved against the statement's date, pledges, events and the
 * statement's kind. It knows nothing of HTML or jsoup, so every input format shares it.
 *
 * <p>Not exported by {@code module-info.java}: users reach the analysis through
 * {@link io.github.jointstatements.parsers.StatementParser}, which leaves it free to change.
 */
package io.github.jointstatements.parsers.analysis;
