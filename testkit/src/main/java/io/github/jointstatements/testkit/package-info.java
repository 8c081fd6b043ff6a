/**
 * A test kit for users who write a {@link io.github.jointstatements.parsers.PageParser}:
 * {@link io.github.jointstatements.testkit.GoldenFiles} runs a parser over pages kept beside
 * their approved JSON, one JUnit 5 test per page, and rewrites the approved JSON when the tests
 * run with {@code -Dgolden.update=true}.
 */
package io.github.jointstatements.testkit;
