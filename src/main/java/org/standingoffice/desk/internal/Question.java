package org.standingoffice.desk.internal;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.standingoffice.desk.DeskConflict;
import org.standingoffice.desk.QuestionStatus;

/**
 * The question aggregate as stored. State changes go through {@link #moveTo}, which refuses moves
 * the lifecycle does not allow; {@code version} makes a lost race fail instead of overwriting.
 */
@Table("question")
class Question {

    @Id
    Long id;

    QuestionStatus status;
    String text;
    String language;
    String askerName;
    String commune;
    String province;
    String channel;
    String askerRef;
    String officeId;
    String assignee;
    Double confidence;
    Long similarAnswer;
    Instant receivedAt;
    Instant dueAt;
    Instant remindedAt;
    Instant breachedAt;
    Instant firstResponseAt;
    Instant answeredAt;
    Instant deliveredAt;
    Instant closedAt;
    Instant updatedAt;
    String updatedBy;

    @Version
    Integer version;

    void moveTo(QuestionStatus target, String actor, Instant now) {
        if (!status.canMoveTo(target)) {
            throw new DeskConflict(
                    "transition",
                    "Question " + id + " is " + status + " and cannot become " + target,
                    id,
                    DeskConflict.status(status),
                    DeskConflict.status(target));
        }
        status = target;
        touch(actor, now);
    }

    void touch(String actor, Instant now) {
        updatedAt = now;
        updatedBy = actor;
    }
}
