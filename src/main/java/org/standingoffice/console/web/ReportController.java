package org.standingoffice.console.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
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
import org.standingoffice.knowledge.SourceDocument;
import org.standingoffice.reporting.Csv;
import org.standingoffice.reporting.Reports;
import org.standingoffice.reporting.Reports.ReportPeriod;
import org.standingoffice.reporting.ServiceFigures;
import org.standingoffice.reporting.UnresolvedEntry;
import org.standingoffice.telegram.TelegramNames;
import org.standingoffice.time.OfficeCalendar;

/** The manager's pages: the unresolved log, the dashboard and the monthly report, with CSV. */
@Controller
class ReportController {

    /** Rankings (offices, provinces, topics, documents) show this many rows; the tables show all. */
    private static final int RANKED = 10;

    private final Reports reports;
    private final KnowledgeBase knowledgeBase;
    private final OfficeNames officeNames;
    private final MessageSource messages;
    private final TelegramNames names;
    private final DocumentCatalog catalog;
    /** The office's clock: its date bounds reports and names exports. */
    private final Clock clock;

    private final Times times;
    private final OfficeCalendar calendar;

    ReportController(
            Reports reports,
            KnowledgeBase knowledgeBase,
            OfficeNames officeNames,
            MessageSource messages,
            TelegramNames names,
            Clock clock,
            ZoneId officeZone,
            OfficeCalendar calendar,
            DocumentCatalog catalog) {
        this.catalog = catalog;
        this.names = names;
        this.reports = reports;
        this.calendar = calendar;
        this.knowledgeBase = knowledgeBase;
        this.officeNames = officeNames;
        this.messages = messages;
        this.clock = clock.withZone(officeZone);
        this.times = new Times(messages, clock, officeZone);
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
                        message("console.csv.id"),
                        message("console.col.question"),
                        message("console.col.office"),
                        message("console.report.province"),
                        message("console.col.owner"),
                        message("console.csv.received"),
                        message("console.csv.ageHours"),
                        message("console.col.due"),
                        message("console.csv.overdue"),
                        message("console.csv.lastAction"),
                        message("console.csv.lastActor"),
                        message("console.csv.lastActionAt"));
        Map<String, String> offices = officeNames.byId();
        Labels labels = new Labels(messages, id -> offices.getOrDefault(id, id), names::nameOf);
        for (UnresolvedEntry e : sorted(filtered(reports.unresolved(), office), sort)) {
            csv.row(
                    e.id(),
                    e.text(),
                    offices.getOrDefault(e.office(), e.office()),
                    e.province(),
                    e.owner() == null ? "" : labels.actor(e.owner()),
                    time(e.receivedAt()),
                    e.ageHours(),
                    time(e.dueAt()),
                    message(e.overdue() ? "console.csv.yes" : "console.csv.no"),
                    e.lastAction() == null
                            ? ""
                            : messages.getMessage(
                                    "console.history." + e.lastAction().name(),
                                    null,
                                    e.lastAction().name(),
                                    LocaleContextHolder.getLocale()),
                    e.lastActor() == null ? "" : labels.actor(e.lastActor()),
                    time(e.lastActionAt()));
        }
        return download(csv, "unresolved-" + LocalDate.now(clock) + ".csv");
    }

    @GetMapping("/console/reports/dashboard")
    String dashboard(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        LocalDate today = LocalDate.now(clock);
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.minusDays(29) : from;
        figures(start, end, model);
        model.addAttribute("calendarMissing", calendar.missingAhead());
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
        model.addAttribute("sections", sections((ServiceFigures) model.getAttribute("figures")));
        return "monthly";
    }

    /** The monthly report's sections one after the other: section, figure, value columns. */
    @GetMapping("/console/reports/monthly.csv")
    ResponseEntity<byte[]> monthlyCsv(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        ReportPeriod period = period(from, to);
        ServiceFigures f = reports.figures(period.from(), period.to());
        Csv csv = new Csv();
        for (ReportDocument.Section section : sections(f)) {
            List<Object> headings = new ArrayList<>();
            headings.add(message("console.report.col.section"));
            headings.addAll(section.headings());
            csv.row(headings);
            for (List<Object> row : section.rows()) {
                List<Object> cells = new ArrayList<>();
                cells.add(section.title());
                cells.addAll(row);
                csv.row(cells);
            }
        }
        return download(csv, "report-" + f.from() + "-" + f.to() + ".csv");
    }

    /** The monthly report as an Excel workbook, headed in the reader's language. */
    @GetMapping("/console/reports/monthly.xlsx")
    ResponseEntity<byte[]> monthlyXlsx(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        ReportPeriod period = period(from, to);
        ServiceFigures f = reports.figures(period.from(), period.to());
        byte[] workbook = ReportWorkbook.write(message("console.report.monthlyTitle", f.from(), f.to()), sections(f));
        return ResponseEntity.ok()
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("report-" + f.from() + "-" + f.to() + ".xlsx")
                                .build()
                                .toString())
                .body(workbook);
    }

    private List<ReportDocument.Section> sections(ServiceFigures figures) {
        Map<String, String> offices = officeNames.byId();
        Map<String, String> topics = topicNames(figures, LocaleContextHolder.getLocale());
        return new ReportDocument(messages, LocaleContextHolder.getLocale(), times)
                .sections(figures, office -> offices.getOrDefault(office, office), topics::get, documentNames());
    }

    /**
     * A cited document's name by its number, as answers cite it: a placeholder number is never a
     * document's name in a report; a number no longer in the knowledge base is shown as stored.
     */
    private UnaryOperator<String> documentNames() {
        Map<String, SourceDocument> byNumber = new HashMap<>();
        catalog.list()
                .documents()
                .forEach(row -> byNumber.putIfAbsent(row.document().number(), row.document()));
        Labels labels = new Labels(messages, office -> office);
        return number -> byNumber.containsKey(number) ? labels.document(byNumber.get(number)) : number;
    }

    private Map<String, String> topicNames(ServiceFigures figures, Locale locale) {
        Glossary glossary = knowledgeBase.glossary();
        String other = messages.getMessage("console.report.noTopic", null, locale);
        Map<String, String> topicNames = new HashMap<>();
        figures.byTopic()
                .keySet()
                .forEach(topic -> topicNames.put(
                        topic, topic.isEmpty() ? other : glossary.topicName(topic, locale.getLanguage())));
        return topicNames;
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
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
        // Day and month in the reader's order and words: "11-08" read as 11 August in Vietnam.
        DateTimeFormatter dayLabel = DateTimeFormatter.ofPattern(message("console.report.dayPattern"), locale);
        List<BarChart.Bar> daily = new ArrayList<>();
        figures.days().forEach(d -> daily.add(new BarChart.Bar(dayLabel.format(d.day()), d.received(), d.answered())));
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
        Map<String, String> topicNames = topicNames(figures, locale);
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
        UnaryOperator<String> documentNames = documentNames();
        model.addAttribute("citedChart", BarChart.top(figures.citedDocuments(), RANKED, documentNames));
        Map<String, String> citedNames = new HashMap<>();
        figures.citedDocuments().keySet().forEach(number -> citedNames.put(number, documentNames.apply(number)));
        model.addAttribute("documentNames", citedNames);
    }

    private ReportPeriod period(LocalDate from, LocalDate to) {
        ReportPeriod current = Reports.periodOf(LocalDate.now(clock));
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

    private String time(java.time.Instant instant) {
        return times.format(instant);
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
