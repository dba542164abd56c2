package org.standingoffice.desk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.standingoffice.TestPostgres;
import org.standingoffice.desk.AuditAction;
import org.standingoffice.desk.AuditEvent;
import org.standingoffice.desk.Outcome;
import org.standingoffice.drafting.Escalation;

/**
 * V72 turns the sentences the desk used to write into the audit trail into typed columns, keeps
 * what people wrote, and leaves the trail append-only afterwards.
 */
class TypedAuditMigrationTests {

    @TempDir
    Path dir;

    @Test
    void convertsTheDesksFormerSentencesIntoTypedColumnsOnH2() {
        JdbcDataSource data = new JdbcDataSource();
        data.setURL("jdbc:h2:file:" + dir.resolve("office") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
        data.setUser("sa");
        convertsTheDesksFormerSentences(data, "h2");
    }

    @Test
    void convertsTheDesksFormerSentencesIntoTypedColumnsOnPostgres() {
        convertsTheDesksFormerSentences(TestPostgres.freshDatabase(), "postgresql");
    }

    private void convertsTheDesksFormerSentences(DataSource data, String vendor) {
        migrate(data, vendor, "60");
        JdbcClient jdbc = JdbcClient.create(data);
        jdbc.sql("insert into question (id, status, text, channel, received_at, updated_at, updated_by, version)"
                        + " values (1, 'ANSWERED', 'q', 'api', current_timestamp, current_timestamp, 'x', 0)")
                .update();
        String[][] rows = {
            {"RECEIVED", "system", "office central"},
            {"DRAFTED", "system", "drafter extractive, confidence 0.73"},
            {"ESCALATED", "system", "drafter openai:gpt-4o-mini: PROMPT_INJECTION"},
            {"ASSIGNED", "mai", "from lan to bao"},
            {"CLAIMED", "bao", "to bao"},
            {"ESCALATED", "bao", "draft rejected: wrong point; see 4(2)"},
            {"ANSWERED", "bao", "approved unchanged; register no. 7"},
            {"ANSWERED", "bao", "approved with edits; register no. 8"},
            {"ANSWERED", "bao", "answered by staff; register no. 19"},
            {"ANSWERED", "office central (auto-reply)", "auto-reply with registered answer 7; register no. 20"},
            {"ANSWER_REVISED", "mai", "register no. 7"},
            {"EDITED", "api:u1", "was: the first wording"},
            {"NOTE", "bao", "approved unchanged; register no. 99"},
        };
        for (String[] row : rows) {
            jdbc.sql(
                            "insert into audit_event (question_id, action, actor, occurred_at, detail) values (1, ?, ?, current_timestamp, ?)")
                    .params(row[0], row[1], row[2])
                    .update();
        }

        migrate(data, vendor, "latest");

        List<AuditEvent> trail = jdbc.sql("select * from audit_event order by id")
                .query(AuditTrail::event)
                .list();
        assertThat(trail).extracting(AuditEvent::action).startsWith(AuditAction.RECEIVED, AuditAction.DRAFTED);
        assertThat(trail.get(0).office()).isEqualTo("central");
        assertThat(trail.get(1).detail()).isNull();
        assertThat(trail.get(2).escalation()).isEqualTo(Escalation.PROMPT_INJECTION);
        assertThat(trail.get(2).detail()).isNull();
        assertThat(trail.get(3).facts()).isEqualTo(AuditEvent.Facts.assignment("lan", "bao"));
        assertThat(trail.get(4).facts()).isEqualTo(AuditEvent.Facts.assignment(null, "bao"));
        assertThat(trail.get(5).outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(trail.get(5).detail()).isEqualTo("wrong point; see 4(2)");
        assertThat(trail.subList(6, 10))
                .extracting(AuditEvent::outcome)
                .containsExactly(
                        Outcome.APPROVED_AS_DRAFTED, Outcome.EDITED, Outcome.ANSWERED_BY_HAND, Outcome.AUTO_REPLY);
        assertThat(trail.subList(6, 11)).extracting(AuditEvent::registerNumber).containsExactly(7L, 8L, 19L, 20L, 7L);
        assertThat(trail.subList(6, 11)).extracting(AuditEvent::detail).containsOnlyNulls();
        assertThat(trail.get(11).detail()).isEqualTo("the first wording");
        assertThat(trail.get(11).channel()).isEqualTo("api");
        assertThat(trail.get(10).channel()).isNull();
        // A person's words are never read as the desk's.
        assertThat(trail.get(12).outcome()).isNull();
        assertThat(trail.get(12).registerNumber()).isNull();
        assertThat(trail.get(12).detail()).isEqualTo("approved unchanged; register no. 99");

        assertThatThrownBy(() -> jdbc.sql("update audit_event set detail = 'x'").update())
                .hasMessageContaining("append-only");
    }

    private static void migrate(DataSource data, String vendor, String target) {
        Flyway.configure()
                .dataSource(data)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
                .placeholders(java.util.Map.of("default-office-name", "Văn phòng"))
                .target(target)
                .load()
                .migrate();
    }
}
