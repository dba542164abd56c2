package org.standingoffice.reporting.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.standingoffice.desk.AuditAction;
import org.standingoffice.desk.AuditEvent;
import org.standingoffice.desk.Outcome;
import org.standingoffice.desk.QuestionId;
import org.standingoffice.desk.QuestionStatistics;
import org.standingoffice.desk.QuestionStatistics.QuestionQuery;
import org.standingoffice.desk.QuestionStatistics.QuestionSummary;
import org.standingoffice.desk.QuestionStatus;
import org.standingoffice.knowledge.Glossary;
import org.standingoffice.knowledge.KnowledgeBase;
import org.standingoffice.reporting.KnowledgeGap;
import org.standingoffice.reporting.Reports;
import org.standingoffice.reporting.ServiceFigures;
import org.standingoffice.reporting.ServiceFigures.DayCount;
import org.standingoffice.reporting.ServiceFigures.Spread;
import org.standingoffice.reporting.UnresolvedEntry;

/**
 * Computes the reports in memory from one period's rows: a month of even a busy office is tens of
 * thousands of rows, which is cheaper to fold here than to express portably in SQL for both H2
 * and PostgreSQL (percentiles differ between them).
 */
@Service
class DeskReports implements Reports {

    /** The unresolved log shows at most this many lines; beyond it the office has other problems. */
    private static final int LOG_LIMIT = 5000;

    private final QuestionStatistics statistics;
    /** Read for each report, so topics edited in the glossary count at once. */
    private final Supplier<Glossary> glossary;

    private final Clock clock;
    /** Reports follow the office's calendar day, wherever the server runs. */
    private final ZoneId zone;

    @Autowired
    DeskReports(QuestionStatistics statistics, KnowledgeBase knowledgeBase, Clock clock, ZoneId officeZone) {
        this(statistics, knowledgeBase::glossary, clock, officeZone);
    }

    DeskReports(QuestionStatistics statistics, Supplier<Glossary> glossary, Clock clock, ZoneId zone) {
        this.statistics = statistics;
        this.glossary = glossary;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public List<UnresolvedEntry> unresolved() {
        Instant now = clock.instant();
        List<QuestionSummary> open =
                statistics.find(QuestionQuery.inStatus(Set.of(QuestionStatus.ESCALATED)), LOG_LIMIT);
        Set<QuestionId> ids = new HashSet<>();
        open.forEach(q -> ids.add(q.id()));
        Map<QuestionId, AuditEvent> last = statistics.lastEvents(ids).stream()
                .collect(Collectors.toMap(AuditEvent::question, Function.identity()));
        return open.stream()
                .sorted((a, b) -> a.receivedAt().compareTo(b.receivedAt()))
                .map(q -> {
                    AuditEvent event = last.get(q.id());
                    return new UnresolvedEntry(
                            q.id().value(),
                            q.text(),
                            q.office(),
                            q.province(),
                            q.assignee(),
                            q.receivedAt(),
                            Duration.between(q.receivedAt(), now),
                            q.dueAt(),
                            q.dueAt() != null && q.dueAt().isBefore(now),
                            event == null ? null : event.action(),
                            event == null ? null : event.actor(),
                            event == null ? null : event.at());
                })
                .toList();
    }

    @Override
    public ServiceFigures figures(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends before it starts");
        }
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        List<QuestionSummary> received = statistics.receivedBetween(start, end);
        List<QuestionSummary> answered = statistics.answeredBetween(start, end);
        List<AuditEvent> events = statistics.eventsBetween(start, end);

        Map<QuestionStatus, Long> byStatus = new EnumMap<>(QuestionStatus.class);
        for (QuestionStatus status : QuestionStatus.values()) {
            byStatus.put(status, 0L);
        }
        received.forEach(q -> byStatus.merge(q.status(), 1L, Long::sum));

        Map<LocalDate, long[]> perDay = new TreeMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            perDay.put(day, new long[2]);
        }
        received.forEach(q -> perDay.computeIfAbsent(day(q.receivedAt()), d -> new long[2])[0]++);
        answered.forEach(q -> perDay.computeIfAbsent(day(q.answeredAt()), d -> new long[2])[1]++);
        List<DayCount> days = new ArrayList<>();
        perDay.forEach((day, counts) -> days.add(new DayCount(day, counts[0], counts[1])));

        List<Double> firstResponse = new ArrayList<>();
        List<Double> answer = new ArrayList<>();
        long breaches = 0;
        for (QuestionSummary q : received) {
            if (q.firstResponseAt() != null) {
                firstResponse.add(hours(q.receivedAt(), q.firstResponseAt()));
            }
            if (q.answeredAt() != null) {
                answer.add(hours(q.receivedAt(), q.answeredAt()));
            }
            if (q.breachedAt() != null) {
                breaches++;
            }
        }

        long unchanged = 0;
        long edited = 0;
        long rejected = 0;
        Set<QuestionId> escalated = new HashSet<>();
        for (AuditEvent event : events) {
            if (event.outcome() == Outcome.APPROVED_AS_DRAFTED) {
                unchanged++;
            } else if (event.outcome() == Outcome.EDITED) {
                edited++;
            } else if (event.outcome() == Outcome.REJECTED) {
                rejected++;
            }
            if (event.action() == AuditAction.ESCALATED) {
                escalated.add(event.question());
            }
        }
        Set<QuestionId> receivedIds = received.stream().map(QuestionSummary::id).collect(Collectors.toSet());
        escalated.retainAll(receivedIds);

        return new ServiceFigures(
                from,
                to,
                received.size(),
                answered.size(),
                byStatus,
                days,
                spread(firstResponse),
                spread(answer),
                breaches,
                unchanged,
                edited,
                rejected,
                escalated.size(),
                countBy(received, QuestionSummary::office),
                countBy(received, QuestionSummary::province),
                byTopic(received),
                mostFirst(statistics.citedDocuments(start, end)));
    }

    private Map<String, Long> byTopic(List<QuestionSummary> questions) {
        Glossary topics = glossary.get();
        Map<String, Long> counts = new HashMap<>();
        for (QuestionSummary question : questions) {
            List<String> found = topics.topicsIn(question.text());
            if (found.isEmpty()) {
                counts.merge("", 1L, Long::sum);
            }
            found.forEach(topic -> counts.merge(topic, 1L, Long::sum));
        }
        return mostFirst(counts);
    }

    @Override
    public List<KnowledgeGap> knowledgeGaps(LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        Set<QuestionId> escalated = statistics.eventsBetween(start, end).stream()
                .filter(event -> event.action() == AuditAction.ESCALATED)
                .map(AuditEvent::question)
                .collect(Collectors.toSet());
        List<QuestionSummary> questions = statistics.receivedBetween(start, end).stream()
                .filter(q -> escalated.contains(q.id()))
                .toList();
        return GapClusters.of(questions, glossary.get());
    }

    private static Map<String, Long> countBy(List<QuestionSummary> questions, Function<QuestionSummary, String> key) {
        return mostFirst(questions.stream()
                .collect(Collectors.groupingBy(q -> key.apply(q) == null ? "" : key.apply(q), Collectors.counting())));
    }

    private static Map<String, Long> mostFirst(Map<String, Long> counts) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private LocalDate day(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    private static double hours(Instant from, Instant to) {
        return Duration.between(from, to).toSeconds() / 3600.0;
    }

    /** Nearest-rank percentiles: simple to explain in a report, and exact on small samples. */
    static Spread spread(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        return new Spread(percentile(sorted, 50), percentile(sorted, 90), sorted.size());
    }

    private static double percentile(List<Double> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
