/**
 * Example: a page parser for a site that joint-statements does not know, registered with
 * {@link java.util.ServiceLoader}, tested with golden files through
 * {@code joint-statements-testkit}, and a program that reads a page with it.
 */
package io.github.jointstatements.examples.customparser;
