package org.standingoffice.desk.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Sends questions to an office: by the asker's province, a keyword of the question, or a
 * document the draft cites. Empty criteria match anything; lower priority wins.
 */
@Table("routing_rule")
record RoutingRule(@Id Long id, String officeId, String province, String keyword, String document, int priority) {}
