package org.standingoffice.console.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.standingoffice.knowledge.Glossary;
import org.standingoffice.knowledge.KnowledgeBase;
import org.standingoffice.reporting.Csv;
import org.standingoffice.reporting.Reports;
import org.standingoffice.reporting.Reports.ReportPeriod;
import org.standingoffice.reporting.ServiceFigures;
import org.standingoffice.reporting.UnresolvedEntry;

/** The manager's pages: the unresolved log, the dashboard and the monthly report, with CSV. */
@Controller
class ReportController {

    static final ZoneId OFFICE_ZONE = Times.OFFICE_ZONE;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(OFFICE_ZONE);

    /** Rankings (offices, provinces, topics, documents) show this many rows; the tables show all. */
    private static final int RANKED = 10;

    private final Reports reports;
    private final KnowledgeBase knowledgeBase;
    private final OfficeNames officeNames;
    private final MessageSource messages;

    ReportController(Reports reports, KnowledgeBase knowledgeBase, OfficeNames officeNames, MessageSource messages) {
        this.reports = reports;
        this.knowledgeBase = knowledgeBase;
        this.officeNames = officeNames;
        this.messages = messages;
    }

    @GetMapping("/console/reports/unresolved")
    String unresolved(
            @RequestParam(defaultValue = "age") String sort,
            @RequestParam(required = false) String office,
            Model model) {
        model.addAttribute("entries", sorted(filtered(reports.unresolved(), office), sort));
        model.addAttribute("sort", sort);
        model.addAttribute("office", office);
        return "unresolved";
    }

    @GetMapping("/console/reports/unresolved.csv")
    ResponseEntity<byte[]> unresolvedCsv(
            @RequestParam(defaultValue = "age") String sort, @RequestParam(required = false) String office) {
        Csv csv = new Csv()
                .row(
                        "id",
                        "question",
                        "office",
                        "province",
                        "owner",
                        "received",
                        "age_hours",
                        "due",
                        "overdue",
                        "last_action",
                        "last_actor",
                        "last_action_at");
        for (UnresolvedEntry e : sorted(filtered(reports.unresolved(), office), sort)) {
            csv.row(
                    e.id(),
                    e.text(),
                    e.office(),
                    e.province(),
                    e.owner(),
                    time(e.receivedAt()),
                    e.ageHours(),
                    time(e.dueAt()),
                    e.overdue(),
                    e.lastAction(),
                    e.lastActor(),
                    time(e.lastActionAt()));
        }
        return download(csv, "unresolved-" + LocalDate.now(OFFICE_ZONE) + ".csv");
    }

    @GetMapping("/console/reports/dashboard")
    String dashboard(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        LocalDate today = LocalDate.now(OFFICE_ZONE);
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.minusDays(29) : from;
        figures(start, end, model);
        return "dashboard";
    }

    @GetMapping("/console/reports/gaps")
    String gaps(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        ReportPeriod period = period(from, to);
        model.addAttribute("from", period.from());
        model.addAttribute("to", period.to());
        model.addAttribute("gaps", reports.knowledgeGaps(period.from(), period.to()));
        return "gaps";
    }

    @GetMapping("/console/reports/monthly")
    String monthly(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        ReportPeriod period = period(from, to);
        figures(period.from(), period.to(), model);
        return "monthly";
    }

    @GetMapping("/console/reports/monthly.csv")
    ResponseEntity<byte[]> monthlyCsv(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        ReportPeriod period = period(from, to);
        ServiceFigures f = reports.figures(period.from(), period.to());
        Csv csv = new Csv().row("figure", "value");
        csv.row("period_from", f.from()).row("period_to", f.to());
        csv.row("received", f.received()).row("answered", f.answered());
        f.byStatus()
                .forEach((status, count) -> csv.row("status_" + status.name().toLowerCase(), count));
        csv.row(
                "first_response_median_hours",
                f.firstResponseHours() == null
                        ? ""
                        : hours(f.firstResponseHours().median()));
        csv.row(
                "first_response_p90_hours",
                f.firstResponseHours() == null
                        ? ""
                        : hours(f.firstResponseHours().p90()));
        csv.row(
                "answer_median_hours",
                f.answerHours() == null ? "" : hours(f.answerHours().median()));
        csv.row(
                "answer_p90_hours",
                f.answerHours() == null ? "" : hours(f.answerHours().p90()));
        csv.row("sla_breaches", f.slaBreaches());
        csv.row("drafts_approved_unchanged", f.approvedUnchanged());
        csv.row("drafts_approved_edited", f.approvedEdited());
        csv.row("drafts_rejected", f.rejected());
        csv.row("escalated", f.escalated());
        csv.row("escalation_rate", String.format(Locale.ROOT, "%.3f", f.escalationRate()));
        f.byOffice().forEach((office, count) -> csv.row("office:" + office, count));
        f.byProvince().forEach((province, count) -> csv.row("province:" + province, count));
        f.byTopic().forEach((topic, count) -> csv.row("topic:" + topic, count));
        f.citedDocuments().forEach((document, count) -> csv.row("cited:" + document, count));
        f.days()
                .forEach(day -> csv.row("day:" + day.day() + ":received", day.received())
                        .row("day:" + day.day() + ":answered", day.answered()));
        return download(csv, "report-" + f.from() + "-" + f.to() + ".csv");
    }

    private void figures(LocalDate from, LocalDate to, Model model) {
        ServiceFigures figures = reports.figures(from, to);
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("figures", figures);
        model.addAttribute(
                "statusChart",
                BarChart.of(figures.byStatus().entrySet().stream()
                        .map(e -> new BarChart.Bar(
                                messages.getMessage(
                                        "console.status." + e.getKey().name(), null, locale),
                                e.getValue(),
                                0))
                        .toList()));
        List<BarChart.Bar> daily = new ArrayList<>();
        figures.days()
                .forEach(d -> daily.add(new BarChart.Bar(d.day().toString().substring(5), d.received(), d.answered())));
        model.addAttribute("dailyChart", BarChart.of(daily));
        model.addAttribute(
                "outcomeChart",
                BarChart.of(List.of(
                        new BarChart.Bar(
                                messages.getMessage("console.report.outcome.unchanged", null, locale),
                                figures.approvedUnchanged(),
                                0),
                        new BarChart.Bar(
                                messages.getMessage("console.report.outcome.edited", null, locale),
                                figures.approvedEdited(),
                                0),
                        new BarChart.Bar(
                                messages.getMessage("console.report.outcome.rejected", null, locale),
                                figures.rejected(),
                                0))));
        Glossary glossary = knowledgeBase.glossary();
        String other = messages.getMessage("console.report.noTopic", null, locale);
        Map<String, String> topicNames = new HashMap<>();
        figures.byTopic()
                .keySet()
                .forEach(topic -> topicNames.put(
                        topic, topic.isEmpty() ? other : glossary.topicName(topic, locale.getLanguage())));
        model.addAttribute("topicNames", topicNames);
        Map<String, String> offices = officeNames.byId();
        model.addAttribute(
                "officeChart",
                BarChart.top(figures.byOffice(), RANKED, office -> offices.getOrDefault(office, office)));
        model.addAttribute(
                "provinceChart",
                BarChart.top(
                        figures.byProvince(),
                        RANKED,
                        province -> province.isEmpty()
                                ? messages.getMessage("console.report.noProvince", null, locale)
                                : province));
        model.addAttribute("topicChart", BarChart.top(figures.byTopic(), RANKED, topicNames::get));
        model.addAttribute("citedChart", BarChart.top(figures.citedDocuments(), RANKED, UnaryOperator.identity()));
    }

    private static ReportPeriod period(LocalDate from, LocalDate to) {
        ReportPeriod current = Reports.periodOf(LocalDate.now(OFFICE_ZONE));
        return new ReportPeriod(from == null ? current.from() : from, to == null ? current.to() : to);
    }

    private static List<UnresolvedEntry> filtered(List<UnresolvedEntry> entries, String office) {
        return office == null || office.isBlank()
                ? entries
                : entries.stream().filter(e -> office.equals(e.office())).toList();
    }

    private static List<UnresolvedEntry> sorted(List<UnresolvedEntry> entries, String sort) {
        Comparator<UnresolvedEntry> order = switch (sort) {
            case "due" -> Comparator.comparing(UnresolvedEntry::dueAt, Comparator.nullsLast(Comparator.naturalOrder()));
            case "office" ->
                Comparator.comparing(UnresolvedEntry::office, Comparator.nullsLast(Comparator.naturalOrder()));
            case "owner" ->
                Comparator.comparing(UnresolvedEntry::owner, Comparator.nullsLast(Comparator.naturalOrder()));
            case "last" ->
                Comparator.comparing(UnresolvedEntry::lastActionAt, Comparator.nullsLast(Comparator.reverseOrder()));
            default -> Comparator.comparing(UnresolvedEntry::age).reversed();
        };
        return entries.stream().sorted(order).toList();
    }

    private static String time(java.time.Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    private static String hours(double hours) {
        return String.format(Locale.ROOT, "%.1f", hours);
    }

    private static ResponseEntity<byte[]> download(Csv csv, String filename) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }
}
