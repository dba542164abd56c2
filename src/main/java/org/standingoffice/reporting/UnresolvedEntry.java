package org.standingoffice.reporting;

import java.time.Duration;
import java.time.Instant;
import org.standingoffice.desk.AuditAction;

/**
 * One line of the unresolved-question log.
 *
 * @param owner the staff member holding it, or {@code null}
 * @param dueAt when the answer is due, or {@code null}
 * @param lastAction the latest audit action, with who took it
 */
public record UnresolvedEntry(
        long id,
        String text,
        String office,
        String province,
        String owner,
        Instant receivedAt,
        Duration age,
        Instant dueAt,
        boolean overdue,
        AuditAction lastAction,
        String lastActor,
        Instant lastActionAt) {

    public long ageHours() {
        return age.toHours();
    }
}
