package io.github.jointstatements.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of every value type in joint-statements: strict builders (an attribute
 * is set once), singular adders for list attributes ({@code addActor}), JDK collections only, and
 * public generated classes so that Jackson and users can reach them.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        strictBuilder = true,
        depluralize = true,
        depluralizeDictionary = {"party:parties", "alias:aliases", "paragraph:paragraphs"},
        jdkOnly = true,
        visibility = Value.Style.ImplementationVisibility.PUBLIC,
        allParameters = false,
        defaultAsDefault = true,
        // no @org.immutables.value.Generated on generated classes: its module is needed to
        // compile only, and javac warns in every user's build that reads a class carrying it
        // without it; Override stands for "none" (an empty list means "all found")
        allowedClasspathAnnotations = {Override.class})
public @interface ValueStyle {}
