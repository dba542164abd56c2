package org.standingoffice.console.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.standingoffice.reporting.ServiceFigures;
import org.standingoffice.reporting.ServiceFigures.Spread;

/**
 * The monthly report as a document a manager hands in: numbered sections, each a small table
 * with headings, in the reader's language. The printable page, the CSV and the XLSX workbook
 * are written from the same sections, so they always say the same.
 */
final class ReportDocument {

    /** One section: its title, its column headings and its rows (cells already in words). */
    record Section(String id, String title, List<String> headings, List<List<Object>> rows) {}

    private final MessageSource messages;
    private final Locale locale;
    private final Times times;

    ReportDocument(MessageSource messages, Locale locale, Times times) {
        this.messages = messages;
        this.locale = locale;
        this.times = times;
    }

    /**
     * The sections for {@code figures}: summary, service times, draft outcomes, by office, by
     * province, by topic, cited documents, and every day of the period.
     *
     * @param officeName an office's name by its id
     * @param topicName a glossary topic's name by its id (blank: no topic)
     * @param documentName a document's name by its number, as citations name it
     */
    List<Section> sections(
            ServiceFigures figures,
            Function<String, String> officeName,
            Function<String, String> topicName,
            Function<String, String> documentName) {
        List<Section> sections = new ArrayList<>();
        String figure = m("console.report.col.figure");
        String value = m("console.report.col.value");
        String count = m("console.report.col.questions");

        List<List<Object>> summary = new ArrayList<>();
        summary.add(row(m("console.report.period"), m("console.report.monthlyTitle", figures.from(), figures.to())));
        summary.add(row(m("console.report.received"), figures.received()));
        summary.add(row(m("console.report.answered"), figures.answered()));
        figures.byStatus().forEach((status, n) -> summary.add(row(m("console.status." + status.name()), n)));
        summary.add(row(m("console.report.breaches"), figures.slaBreaches()));
        summary.add(row(m("console.report.escalated"), figures.escalated()));
        summary.add(row(m("console.report.escalationRate"), times.percent(figures.escalationRate())));
        sections.add(new Section("summary", m("console.report.section.summary"), List.of(figure, value), summary));

        List<List<Object>> service = new ArrayList<>();
        service.add(spread(m("console.report.section.firstResponse"), figures.firstResponseHours()));
        service.add(spread(m("console.report.section.answer"), figures.answerHours()));
        sections.add(new Section(
                "service",
                m("console.report.section.service"),
                List.of(figure, m("console.report.col.median"), m("console.report.col.p90"), count),
                service));

        sections.add(new Section(
                "outcomes",
                m("console.report.outcomes"),
                List.of(figure, count),
                List.of(
                        row(m("console.report.unchanged"), figures.approvedUnchanged()),
                        row(m("console.report.edited"), figures.approvedEdited()),
                        row(m("console.report.rejected"), figures.rejected()))));

        sections.add(
                ranking("offices", "console.report.byOffice", "console.col.office", figures.byOffice(), officeName));
        sections.add(ranking(
                "provinces",
                "console.report.byProvince",
                "console.report.province",
                figures.byProvince(),
                province -> province.isEmpty() ? m("console.report.noProvince") : province));
        sections.add(ranking("topics", "console.report.byTopic", "console.report.topic", figures.byTopic(), topicName));
        sections.add(new Section(
                "cited",
                m("console.report.cited"),
                List.of(m("console.knowledge.number"), m("console.report.col.answers")),
                figures.citedDocuments().entrySet().stream()
                        .map(e -> row(documentName.apply(e.getKey()), e.getValue()))
                        .toList()));
        sections.add(new Section(
                "days",
                m("console.report.perDay"),
                List.of(
                        m("console.report.col.day"),
                        m("console.report.perDay.received"),
                        m("console.report.perDay.answered")),
                figures.days().stream()
                        .map(d -> List.<Object>of(d.day(), d.received(), d.answered()))
                        .toList()));
        return sections;
    }

    private Section ranking(
            String id, String title, String heading, Map<String, Long> counts, Function<String, String> name) {
        return new Section(
                id,
                m(title),
                List.of(m(heading), m("console.report.col.questions")),
                counts.entrySet().stream()
                        .map(e -> row(name.apply(e.getKey()), e.getValue()))
                        .toList());
    }

    private List<Object> spread(String label, Spread spread) {
        return spread == null
                ? List.of(label, "—", "—", 0)
                : List.of(label, times.duration(spread.median()), times.duration(spread.p90()), spread.count());
    }

    private static List<Object> row(Object label, Object value) {
        return List.of(label, value);
    }

    private String m(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
