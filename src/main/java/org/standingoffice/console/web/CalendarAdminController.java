package org.standingoffice.console.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.standingoffice.time.CalendarDay;
import org.standingoffice.time.CalendarRefused;
import org.standingoffice.time.CalendarYear;
import org.standingoffice.time.OfficeCalendar;

/**
 * The office calendar for administrators: the years it holds, and a form to enter a year's days
 * off and make-up working days as announced, one {@code YYYY-MM-DD name} per line. Saving a year
 * replaces what it held, so a correction is the same form again.
 */
@Controller
class CalendarAdminController {

    private static final Logger log = LoggerFactory.getLogger(CalendarAdminController.class);
    private static final String CALENDAR_PAGE = "redirect:/console/admin/calendar";

    private final OfficeCalendar calendar;
    private final Flash flash;

    CalendarAdminController(OfficeCalendar calendar, Flash flash) {
        this.calendar = calendar;
        this.flash = flash;
    }

    @GetMapping("/console/admin/calendar")
    String list(@RequestParam(required = false) Integer edit, Model model) {
        List<CalendarYear> newestFirst = new ArrayList<>(calendar.years());
        Collections.reverse(newestFirst);
        model.addAttribute("years", newestFirst);
        model.addAttribute("missing", calendar.missingAhead());
        CalendarYear editing = edit == null ? null : calendar.year(edit).orElse(null);
        model.addAttribute("editYear", edit);
        model.addAttribute("editDaysOff", editing == null ? "" : lines(editing.daysOff()));
        model.addAttribute("editWorkingDays", editing == null ? "" : lines(editing.workingDays()));
        return "calendar";
    }

    @PostMapping("/console/admin/calendar")
    String save(
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "") String daysOff,
            @RequestParam(defaultValue = "") String workingDays,
            Authentication admin,
            RedirectAttributes attributes) {
        if (year == null) {
            flash.problem(attributes, "console.calendar.refused.YEAR", "");
            return CALENDAR_PAGE;
        }
        try {
            CalendarYear saved = calendar.save(
                    new CalendarYear(year, days(daysOff, "daysOff"), days(workingDays, "workingDays")),
                    admin.getName());
            log.info(
                    "{} set the office calendar of {}: {} days off, {} make-up working days",
                    admin.getName(),
                    year,
                    saved.daysOff().size(),
                    saved.workingDays().size());
            flash.notice(attributes, "console.calendar.saved", String.valueOf(year));
        } catch (UnreadableLine e) {
            flash.problem(
                    attributes,
                    "console.calendar.badLine",
                    flash.message("console.calendar." + e.field),
                    e.number,
                    e.line);
        } catch (CalendarRefused e) {
            flash.problem(
                    attributes,
                    "console.calendar.refused." + e.reason().name(),
                    e.date() == null ? String.valueOf(year) : e.date().toString());
        }
        return CALENDAR_PAGE;
    }

    /** {@code YYYY-MM-DD name} lines; blank lines are skipped. */
    private static List<CalendarDay> days(String text, String field) {
        List<CalendarDay> days = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] dateAndName = line.split("\\s+", 2);
            try {
                days.add(
                        new CalendarDay(LocalDate.parse(dateAndName[0]), dateAndName.length > 1 ? dateAndName[1] : ""));
            } catch (DateTimeParseException e) {
                throw new UnreadableLine(field, i + 1, line);
            }
        }
        return days;
    }

    private static String lines(List<CalendarDay> days) {
        StringBuilder text = new StringBuilder();
        days.forEach(
                day -> text.append(day.date()).append(' ').append(day.name()).append('\n'));
        return text.toString();
    }

    /** A line of the form that does not start with a date. */
    private static final class UnreadableLine extends RuntimeException {

        final String field;
        final int number;
        final String line;

        UnreadableLine(String field, int number, String line) {
            super(field + " line " + number, null, false, false);
            this.field = field;
            this.number = number;
            this.line = line;
        }
    }
}
