/**
 * Example programs of the joint-statements API, each a {@code main} that CI compiles and runs on
 * the bundled samples: read what a statement pledges, read a statement from a URL, write every
 * pledge of a folder as CSV, build a timeline of events, and a page parser of one's own.
 */
package io.github.jointstatements.examples;
