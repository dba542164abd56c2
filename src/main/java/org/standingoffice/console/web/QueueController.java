package org.standingoffice.console.web;

import java.time.Clock;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.standingoffice.desk.OfficeDirectory;
import org.standingoffice.desk.QuestionStatistics;
import org.standingoffice.desk.QuestionStatistics.QuestionSummary;
import org.standingoffice.desk.QuestionStatus;

/**
 * The staff queues. The table refreshes itself: htmx polls the rows fragment, so new questions
 * appear without a reload.
 */
@Controller
class QueueController {

    /** A queue page shows this many questions, oldest due first; the rest wait their turn. */
    static final int PAGE = 200;

    private final QuestionStatistics statistics;
    private final OfficeDirectory offices;
    private final Clock clock = Clock.systemUTC();

    QueueController(QuestionStatistics statistics, OfficeDirectory offices) {
        this.statistics = statistics;
        this.offices = offices;
    }

    @GetMapping("/console/queue/{queue}")
    String queue(
            @PathVariable String queue,
            @RequestParam(required = false) String office,
            @RequestParam(required = false) QuestionStatus status,
            Authentication authentication,
            Model model) {
        fill(queue, office, status, authentication, model);
        model.addAttribute("offices", offices.offices());
        model.addAttribute("statuses", QuestionStatus.values());
        return "queue";
    }

    @GetMapping("/console/queue/{queue}/rows")
    String rows(
            @PathVariable String queue,
            @RequestParam(required = false) String office,
            @RequestParam(required = false) QuestionStatus status,
            Authentication authentication,
            Model model) {
        fill(queue, office, status, authentication, model);
        return "queue :: rows";
    }

    /** The navigation with fresh queue counts, polled by every console page. */
    @GetMapping("/console/nav")
    String navigation() {
        return "fragments/layout :: links";
    }

    private void fill(String path, String office, QuestionStatus status, Authentication authentication, Model model) {
        Queue queue = Queue.of(path);
        if (queue == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        String officeFilter = office == null || office.isBlank() ? null : office;
        List<QuestionSummary> questions =
                statistics.find(queue.query(authentication.getName(), officeFilter, status, clock.instant()), PAGE);
        model.addAttribute("queue", queue.path());
        model.addAttribute("office", officeFilter);
        model.addAttribute("status", status);
        model.addAttribute("questions", questions);
        model.addAttribute("now", clock.instant());
    }
}
