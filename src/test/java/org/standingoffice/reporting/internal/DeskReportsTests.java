package org.standingoffice.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.standingoffice.desk.Actor;
import org.standingoffice.desk.AuditAction;
import org.standingoffice.desk.AuditEvent;
import org.standingoffice.desk.Outcome;
import org.standingoffice.desk.QuestionId;
import org.standingoffice.desk.QuestionStatistics;
import org.standingoffice.desk.QuestionStatus;
import org.standingoffice.knowledge.Glossary;
import org.standingoffice.knowledge.GlossaryTerm;
import org.standingoffice.reporting.ServiceFigures;
import org.standingoffice.reporting.UnresolvedEntry;

class DeskReportsTests {

    static final Instant NOW = Instant.parse("2026-11-20T03:00:00Z");

    final List<QuestionStatistics.QuestionSummary> questions = new ArrayList<>();
    final List<AuditEvent> events = new ArrayList<>();
    final Map<String, Long> cited = new HashMap<>();
    final Glossary glossary = new Glossary(
            List.of(
                    new GlossaryTerm("finance", Map.of("vi", List.of("tài sản"), "en", List.of("assets"))),
                    new GlossaryTerm("finance", Map.of("vi", List.of("ngân sách"))),
                    new GlossaryTerm("people", Map.of("vi", List.of("cán bộ"), "en", List.of("cadres")))),
            Map.of(),
            Map.of("finance", Map.of("en", "Finance"), "people", Map.of("en", "People")));
    final DeskReports reports = new DeskReports(
            new Stub(), () -> glossary, Clock.fixed(NOW, ZoneOffset.UTC), ZoneId.of("Asia/Ho_Chi_Minh"));

    @Test
    void figuresCountOutcomesMediansAndEscalations() {
        question(1, QuestionStatus.ANSWERED, NOW.minusSeconds(10 * 3600), 1, 1, false);
        question(2, QuestionStatus.ANSWERED, NOW.minusSeconds(9 * 3600), 2, 2, false);
        question(3, QuestionStatus.ESCALATED, NOW.minusSeconds(8 * 3600), 3, null, true);
        question(4, QuestionStatus.ANSWERED, NOW.minusSeconds(7 * 3600), 10, 10, true);
        event(1, AuditAction.ANSWERED, "register no. 1", Outcome.APPROVED_AS_DRAFTED);
        // What the detail says does not count: only the typed outcome does.
        event(2, AuditAction.ANSWERED, "approved unchanged; register no. 2", Outcome.EDITED);
        event(3, AuditAction.ESCALATED, "wrong point", Outcome.REJECTED);
        event(4, AuditAction.ESCALATED, null, null);
        event(4, AuditAction.ANSWERED, "register no. 3", Outcome.ANSWERED_BY_HAND);

        ServiceFigures figures = reports.figures(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 25));

        assertThat(figures.received()).isEqualTo(4);
        assertThat(figures.answered()).isEqualTo(3);
        assertThat(figures.byStatus())
                .containsEntry(QuestionStatus.ANSWERED, 3L)
                .containsEntry(QuestionStatus.ESCALATED, 1L);
        assertThat(figures.firstResponseHours().median()).isEqualTo(2.0);
        assertThat(figures.firstResponseHours().p90()).isEqualTo(10.0);
        assertThat(figures.answerHours().median()).isEqualTo(2.0);
        assertThat(figures.slaBreaches()).isEqualTo(2);
        assertThat(figures.approvedUnchanged()).isEqualTo(1);
        assertThat(figures.approvedEdited()).isEqualTo(1);
        assertThat(figures.rejected()).isEqualTo(1);
        assertThat(figures.escalated()).isEqualTo(2);
        assertThat(figures.escalationRate()).isEqualTo(0.5);
        assertThat(figures.days()).hasSize(25);
        assertThat(figures.byOffice()).containsEntry("central", 4L);
    }

    @Test
    void figuresCountQuestionsByTopicAndTheMostCitedDocumentsFirst() {
        question(1, QuestionStatus.ANSWERED, NOW.minusSeconds(3600), 1, 1, false, "Tài sản và ngân sách cấp xã?");
        question(2, QuestionStatus.ANSWERED, NOW.minusSeconds(3000), 1, 1, false, "Cán bộ quản lý tài sản?");
        question(3, QuestionStatus.ESCALATED, NOW.minusSeconds(2000), null, null, false, "Who leads the ward?");
        cited.put("412/TB-VPCP", 1L);
        cited.put("183-KL/TW", 2L);

        ServiceFigures figures = reports.figures(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 25));

        assertThat(figures.byTopic()).containsExactly(entry("finance", 2L), entry("", 1L), entry("people", 1L));
        assertThat(figures.citedDocuments()).containsExactly(entry("183-KL/TW", 2L), entry("412/TB-VPCP", 1L));
    }

    @Test
    void theUnresolvedLogListsEscalatedQuestionsWithAgeAndLastAction() {
        question(7, QuestionStatus.ESCALATED, NOW.minus(Duration.ofHours(30)), null, null, false);
        event(7, AuditAction.CLAIMED, "to mai");

        List<UnresolvedEntry> log = reports.unresolved();

        assertThat(log).singleElement().satisfies(entry -> {
            assertThat(entry.id()).isEqualTo(7);
            assertThat(entry.ageHours()).isEqualTo(30);
            assertThat(entry.lastAction()).isEqualTo(AuditAction.CLAIMED);
            assertThat(entry.overdue()).isTrue();
        });
    }

    @Test
    void escalatedQuestionsThatShareTheirWordsFormOneGap() {
        question(
                1,
                QuestionStatus.ESCALATED,
                NOW.minusSeconds(3600),
                null,
                null,
                false,
                "Thu tuc cap giay phep xay dung o phuong?");
        question(
                2,
                QuestionStatus.ESCALATED,
                NOW.minusSeconds(3000),
                null,
                null,
                false,
                "Thủ tục cấp giấy phép xây dựng nhà ở phường là gì?");
        question(
                3,
                QuestionStatus.ESCALATED,
                NOW.minusSeconds(2000),
                null,
                null,
                false,
                "Who pays the allowance of village heads?");
        question(4, QuestionStatus.ANSWERED, NOW.minusSeconds(1000), 1, 1, false, "Thủ tục cấp giấy phép xây dựng?");
        event(1, AuditAction.ESCALATED, "drafter extractive: NOT_IN_DOCUMENTS");
        event(2, AuditAction.ESCALATED, "drafter extractive: NOT_IN_DOCUMENTS");
        event(3, AuditAction.ESCALATED, "drafter extractive: NOT_IN_DOCUMENTS");

        var gaps = reports.knowledgeGaps(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 25));

        assertThat(gaps).hasSize(2);
        assertThat(gaps.get(0).questions()).extracting(q -> q.id()).containsExactly(1L, 2L);
        assertThat(gaps.get(0).terms()).contains("giấy", "phép", "xây", "dựng");
        assertThat(gaps.get(1).questions()).extracting(q -> q.id()).containsExactly(3L);
    }

    private void question(
            long id,
            QuestionStatus status,
            Instant received,
            Integer responseHours,
            Integer answerHours,
            boolean breached) {
        question(id, status, received, responseHours, answerHours, breached, "question " + id);
    }

    private void question(
            long id,
            QuestionStatus status,
            Instant received,
            Integer responseHours,
            Integer answerHours,
            boolean breached,
            String text) {
        questions.add(new QuestionStatistics.QuestionSummary(
                new QuestionId(id),
                status,
                text,
                "central",
                null,
                "Hà Nội",
                null,
                received,
                NOW.minusSeconds(60),
                responseHours == null ? null : received.plusSeconds(responseHours * 3600L),
                answerHours == null ? null : received.plusSeconds(answerHours * 3600L),
                breached ? NOW : null,
                NOW,
                Actor.SYSTEM.name()));
    }

    private void event(long question, AuditAction action, String detail) {
        event(question, action, detail, null);
    }

    private void event(long question, AuditAction action, String detail, Outcome outcome) {
        events.add(new AuditEvent(
                events.size() + 1,
                new QuestionId(question),
                action,
                "mai",
                "console",
                NOW.minusSeconds(3600),
                null,
                null,
                detail,
                outcome,
                null,
                null));
    }

    /** The desk's statistics over the lists above. */
    class Stub implements QuestionStatistics {

        @Override
        public List<QuestionSummary> find(QuestionQuery query, int limit) {
            return questions.stream()
                    .filter(q -> query.statuses().isEmpty() || query.statuses().contains(q.status()))
                    .toList();
        }

        @Override
        public long count(QuestionQuery query) {
            return find(query, Integer.MAX_VALUE).size();
        }

        @Override
        public List<QuestionSummary> receivedBetween(Instant from, Instant to) {
            return questions.stream()
                    .filter(q ->
                            !q.receivedAt().isBefore(from) && q.receivedAt().isBefore(to))
                    .toList();
        }

        @Override
        public List<QuestionSummary> answeredBetween(Instant from, Instant to) {
            return questions.stream()
                    .filter(q -> q.answeredAt() != null
                            && !q.answeredAt().isBefore(from)
                            && q.answeredAt().isBefore(to))
                    .toList();
        }

        @Override
        public List<AuditEvent> eventsBetween(Instant from, Instant to) {
            return events;
        }

        @Override
        public List<AuditEvent> lastEvents(Set<QuestionId> ids) {
            return events.stream().filter(e -> ids.contains(e.question())).toList();
        }

        @Override
        public List<RegisteredAnswerText> similarAnswers(QuestionId question, String text, int limit) {
            return List.of();
        }

        @Override
        public Map<QuestionId, QuestionStatistics.Triage> triage(Set<QuestionId> questions) {
            return Map.of();
        }

        @Override
        public List<QuestionSummary> askedBefore(QuestionId question, int limit) {
            return List.of();
        }

        @Override
        public Map<String, Long> citedDocuments(Instant from, Instant to) {
            return cited;
        }
    }
}
