package org.standingoffice.desk;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.standingoffice.drafting.Escalation;
import org.standingoffice.drafting.StaffNotes;

/**
 * Read-only views of the desk's data for queues, dashboards and reports: the questions without
 * their drafts, and the audit trail across questions. Nothing here changes a question.
 */
public interface QuestionStatistics {

    /**
     * The questions matching {@code query}, in its order (by default oldest due first, those
     * without a due time last).
     */
    List<QuestionSummary> find(QuestionQuery query, int limit);

    /**
     * What staff triage by, for each of the questions given: the question's language, the
     * draft's confidence, the start of its latest draft or answer, and why the drafter sent it to
     * staff. Questions not found are left out.
     */
    Map<QuestionId, Triage> triage(Set<QuestionId> questions);

    /** The same asker's other questions (same channel and asker), newest first. */
    List<QuestionSummary> askedBefore(QuestionId question, int limit);

    long count(QuestionQuery query);

    /** The questions received in {@code [from, to)}, oldest first. */
    List<QuestionSummary> receivedBetween(Instant from, Instant to);

    /** The questions answered in {@code [from, to)}, oldest first. */
    List<QuestionSummary> answeredBetween(Instant from, Instant to);

    /** Audit events in {@code [from, to)} across all questions, oldest first. */
    List<AuditEvent> eventsBetween(Instant from, Instant to);

    /**
     * How many answers written in {@code [from, to)} cite each document (by number); an answer
     * citing several points of one document counts once for it.
     */
    Map<String, Long> citedDocuments(Instant from, Instant to);

    /** The last audit event of each question given. */
    List<AuditEvent> lastEvents(Set<QuestionId> questions);

    /**
     * Registered answers to earlier questions like this one (sharing at least
     * {@code office.desk.reference-similarity} of their words), most similar first, for staff to
     * answer alike; the question's own registered answers are left out.
     */
    List<RegisteredAnswerText> similarAnswers(QuestionId question, String text, int limit);

    /**
     * Which questions to select; {@code null} or empty fields do not filter.
     *
     * @param overdueAt only open questions due before this instant
     * @param province only questions from this province, named as after the July 2025 merger
     * @param receivedBefore only questions received before this instant, i.e. at least so old
     * @param text only questions whose text, or any draft or answer of which, contains these
     *     words as written (case-insensitive)
     * @param order which come first
     */
    record QuestionQuery(
            Set<QuestionStatus> statuses,
            String office,
            String assignee,
            Instant overdueAt,
            String province,
            Instant receivedBefore,
            String text,
            Order order) {

        public QuestionQuery {
            statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
            text = text == null || text.isBlank() ? null : text.strip();
            order = order == null ? Order.DUE : order;
        }

        public QuestionQuery(
                Set<QuestionStatus> statuses,
                String office,
                String assignee,
                Instant overdueAt,
                String province,
                Instant receivedBefore) {
            this(statuses, office, assignee, overdueAt, province, receivedBefore, null, Order.DUE);
        }

        /** Questions in these statuses, of any office, province and age. */
        public static QuestionQuery inStatus(Set<QuestionStatus> statuses) {
            return new QuestionQuery(statuses, null, null, null, null, null);
        }
    }

    /** The orders a queue can be read in. */
    enum Order {
        /** Oldest due first, those without a due time last. */
        DUE,
        /** Received longest ago first. */
        AGE,
        /** Least confident draft first (those without a confidence last): they need the most work. */
        CONFIDENCE
    }

    /**
     * What staff decide the next question by.
     *
     * @param language the question's language ({@code vi}, {@code en}…), or {@code null}
     * @param confidence the latest draft's confidence (0–1), or {@code null} when not drafted
     * @param preview the start of the answer sent, else of the latest draft, on one line; or {@code null}
     * @param escalation why the drafter sent it to staff, or {@code null} when it did not
     * @param notes the latest machine draft's notes for staff: its confidence against the threshold
     *     the decision held it to; {@code null} when not drafted or drafted before notes were kept
     */
    record Triage(String language, Double confidence, String preview, Escalation escalation, StaffNotes notes) {}

    /** A question without its drafts, with the times the service levels are measured by. */
    record QuestionSummary(
            QuestionId id,
            QuestionStatus status,
            String text,
            String office,
            String commune,
            String province,
            String assignee,
            Instant receivedAt,
            Instant dueAt,
            Instant firstResponseAt,
            Instant answeredAt,
            Instant breachedAt,
            Instant updatedAt,
            String updatedBy) {}

    /**
     * The text of a registered answer and the question it answered.
     *
     * @param similarity the share of words the asked question has in common with {@code questionText}
     */
    record RegisteredAnswerText(long number, String questionText, String answer, double similarity) {}
}
