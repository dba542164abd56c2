package org.standingoffice;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * For tests of the desk and the channels, not of the answer decision: a fixed threshold keeps
 * their answerable question drafted whatever operating point the shipped, fitted decision model
 * has (it is chosen so that every unanswerable labelled question is escalated, and drafts far
 * fewer). The decision itself is tested by the eval and drafting tests, on the shipped model.
 */
public final class FixedDecision {

    public static final String PROPERTY = "office.drafting.answer-threshold";
    public static final String THRESHOLD = "0.5";
    /** The same as a {@code @SpringBootTest} property. */
    public static final String PROPERTY_LINE = PROPERTY + "=" + THRESHOLD;
    /** The same as a command-line argument, for a child process or a {@code SpringApplicationBuilder}. */
    public static final String ARGUMENT = "--" + PROPERTY_LINE;

    private FixedDecision() {}

    public static void pin(DynamicPropertyRegistry registry) {
        registry.add(PROPERTY, () -> THRESHOLD);
    }
}
