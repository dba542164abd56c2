package org.standingoffice.console.web;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.standingoffice.desk.OfficeDirectory;
import org.standingoffice.desk.QuestionStatistics;
import org.standingoffice.desk.QuestionStatistics.QuestionSummary;
import org.standingoffice.desk.QuestionStatus;
import org.standingoffice.places.AdministrativeUnits;

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
    private final AdministrativeUnits units;
    private final Clock clock;

    QueueController(QuestionStatistics statistics, OfficeDirectory offices, AdministrativeUnits units, Clock clock) {
        this.statistics = statistics;
        this.clock = clock;
        this.offices = offices;
        this.units = units;
    }

    /**
     * Filters bind from the request parameters {@code office}, {@code province}, {@code status},
     * {@code olderThanHours}, the search words {@code q} and the order {@code sort}.
     */
    @GetMapping("/console/queue/{queue}")
    String queue(@PathVariable String queue, Queue.Filters filters, Authentication authentication, Model model) {
        fill(queue, filters, authentication, model);
        model.addAttribute("offices", offices.offices());
        model.addAttribute("provinces", units.provinces());
        model.addAttribute("statuses", QuestionStatus.values());
        model.addAttribute("ages", Queue.Filters.AGES);
        model.addAttribute("sorts", Queue.Filters.SORTS);
        return "queue";
    }

    @GetMapping("/console/queue/{queue}/rows")
    String rows(@PathVariable String queue, Queue.Filters filters, Authentication authentication, Model model) {
        fill(queue, filters, authentication, model);
        return "queue :: rows";
    }

    /** The navigation with fresh queue counts, polled by every console page. */
    @GetMapping("/console/nav")
    String navigation() {
        return "fragments/layout :: links";
    }

    private void fill(String path, Queue.Filters filters, Authentication authentication, Model model) {
        Queue queue = Queue.of(path);
        if (queue == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        List<QuestionSummary> questions =
                statistics.find(queue.query(authentication.getName(), filters, clock.instant()), PAGE);
        model.addAttribute("queue", queue.path());
        model.addAttribute("filters", filters);
        model.addAttribute("questions", questions);
        model.addAttribute(
                "triage",
                statistics.triage(questions.stream().map(QuestionSummary::id).collect(Collectors.toSet())));
        model.addAttribute("now", clock.instant());
    }
}
