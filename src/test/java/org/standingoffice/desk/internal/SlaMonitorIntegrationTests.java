package org.standingoffice.desk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.standingoffice.desk.AuditAction;
import org.standingoffice.desk.AuditEvent;
import org.standingoffice.desk.Desk;
import org.standingoffice.desk.NewQuestion;
import org.standingoffice.desk.QuestionId;
import org.standingoffice.desk.QuestionStatus;
import org.standingoffice.desk.SlaBreached;
import org.standingoffice.desk.SlaReminderDue;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@RecordApplicationEvents
class SlaMonitorIntegrationTests {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("office.data-dir", () -> dataDir.toString());
        registry.add("office.desk.sla-check-interval", () -> "1h");
    }

    @Autowired
    Desk desk;

    @Autowired
    SlaMonitor monitor;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    private QuestionId questionDueIn(Duration untilDue) {
        QuestionId id = desk.receive(new NewQuestion(
                        "What is the procedure to issue a building permit in a ward?",
                        "A",
                        "Phường Phong Điền",
                        "Huế",
                        "en",
                        "api",
                        "sla",
                        null))
                .id();
        // Drafting sets the due time of the next stage; move it only once drafting is done.
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> desk.get(id).status() != QuestionStatus.RECEIVED);
        jdbc.sql("update question set due_at = ? where id = ?")
                .params(Timestamp.from(Instant.now().plus(untilDue)), id.value())
                .update();
        return id;
    }

    @Test
    void aQuestionCloseToItsDueTimeIsRemindedOnceAndAnOverdueOneBreachedOnce() {
        QuestionId soon = questionDueIn(Duration.ofMinutes(30));
        QuestionId late = questionDueIn(Duration.ofMinutes(-5));
        QuestionId later = questionDueIn(Duration.ofDays(2));

        monitor.check();
        monitor.check();

        assertThat(desk.history(soon))
                .extracting(AuditEvent::action)
                .containsOnlyOnce(AuditAction.SLA_REMINDER)
                .doesNotContain(AuditAction.SLA_BREACHED);
        assertThat(desk.history(late))
                .extracting(AuditEvent::action)
                .containsOnlyOnce(AuditAction.SLA_REMINDER, AuditAction.SLA_BREACHED);
        assertThat(desk.history(later))
                .extracting(AuditEvent::action)
                .doesNotContain(AuditAction.SLA_REMINDER, AuditAction.SLA_BREACHED);
        assertThat(events.stream(SlaBreached.class)).extracting(SlaBreached::id).containsExactly(late);
        assertThat(events.stream(SlaReminderDue.class))
                .as("an overdue question is not reminded as if it were still due")
                .extracting(SlaReminderDue::id)
                .containsExactly(soon);
    }
}
