package org.standingoffice.console.web;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.standingoffice.desk.QuestionStatistics.Order;
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

    /** The queue's questions, narrowed by the filters the user chose ({@code null}: any). */
    QuestionQuery query(String username, Filters filters, Instant now) {
        QuestionStatus status = filters.status();
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
        return new QuestionQuery(
                statuses,
                filters.office(),
                this == MINE ? username : null,
                this == OVERDUE ? now : null,
                filters.province(),
                filters.olderThanHours() == null ? null : now.minus(Duration.ofHours(filters.olderThanHours())),
                filters.q(),
                filters.order());
    }

    /**
     * What a queue is filtered by.
     *
     * @param olderThanHours only questions received at least this many hours ago
     * @param q words to find in the question, its drafts or its answer
     * @param sort {@code due} (default), {@code age} or {@code confidence}
     */
    record Filters(
            String office, String province, QuestionStatus status, Integer olderThanHours, String q, String sort) {

        /** The ages the filter offers, in hours: half a working day, a day, three days, a week. */
        static final List<Integer> AGES = List.of(4, 24, 72, 168);

        /** The orders a queue offers, as the {@code sort} parameter names them. */
        static final List<String> SORTS = List.of("due", "age", "confidence");

        static final Filters NONE = new Filters(null, null, null, null, null, null);

        Filters {
            office = office == null || office.isBlank() ? null : office;
            province = province == null || province.isBlank() ? null : province;
            q = q == null || q.isBlank() ? null : q.strip();
            sort = sort == null || !SORTS.contains(sort) ? "due" : sort;
        }

        Order order() {
            return switch (sort) {
                case "age" -> Order.AGE;
                case "confidence" -> Order.CONFIDENCE;
                default -> Order.DUE;
            };
        }
    }
}
