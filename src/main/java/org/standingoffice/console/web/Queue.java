package org.standingoffice.console.web;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.standingoffice.desk.QuestionStatistics.QuestionQuery;
import org.standingoffice.desk.QuestionStatus;

/** The staff queues, each a query over the desk. */
enum Queue {
    AWAITING("awaiting"),
    UNRESOLVED("unresolved"),
    MINE("mine"),
    OVERDUE("overdue"),
    ALL("all");

    final String path;

    Queue(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    static Queue of(String path) {
        for (Queue queue : values()) {
            if (queue.path.equals(path)) {
                return queue;
            }
        }
        return null;
    }

    QuestionQuery query(String username, String office, QuestionStatus status, Instant now) {
        Set<QuestionStatus> statuses = switch (this) {
            case AWAITING -> EnumSet.of(QuestionStatus.AWAITING_APPROVAL);
            case UNRESOLVED -> EnumSet.of(QuestionStatus.ESCALATED);
            case MINE ->
                EnumSet.of(QuestionStatus.RECEIVED, QuestionStatus.AWAITING_APPROVAL, QuestionStatus.ESCALATED);
            case OVERDUE, ALL -> EnumSet.noneOf(QuestionStatus.class);
        };
        if (status != null) {
            statuses = statuses.isEmpty() || statuses.contains(status) ? EnumSet.of(status) : statuses;
        }
        return new QuestionQuery(statuses, office, this == MINE ? username : null, this == OVERDUE ? now : null);
    }
}
