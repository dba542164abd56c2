package org.standingoffice.desk;

/**
 * Sends questions to an office when all its non-null criteria match: the asker's province, a
 * keyword in the question, a document the draft cites. Lower priority numbers are tried first.
 */
public record RoutingRuleView(Long id, String office, String province, String keyword, String document, int priority) {}
