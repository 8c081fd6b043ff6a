/**
 * The {@code joint-statements} command line ({@code parse}, {@code page}): one JSON line per
 * input, in input order, as the architecture's command-line contract says.
 */
package io.github.jointstatements.examples.cli;
