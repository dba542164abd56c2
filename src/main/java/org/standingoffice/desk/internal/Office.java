package org.standingoffice.desk.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A Standing Office and its service levels. */
@Table("office")
record Office(
        @Id String id,
        String name,
        @Column("is_default") boolean defaultOffice,
        boolean autoReply,
        int approvalHours,
        int answerDays) {}
