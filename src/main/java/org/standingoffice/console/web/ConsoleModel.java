package org.standingoffice.console.web;

import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.standingoffice.desk.QuestionStatistics;
import org.standingoffice.telegram.TelegramNames;

/**
 * What every console page shows: who is signed in, the queue counts in the navigation, and the
 * helpers templates format with (times, highlighting, document links, office names).
 */
@ControllerAdvice(basePackageClasses = ConsoleModel.class)
class ConsoleModel {

    private final QuestionStatistics statistics;
    private final OfficeNames officeNames;
    private final Times times;
    private final Labels labels;
    private static final Highlighter HIGHLIGHTER = new Highlighter();
    private static final DocumentLinks LINKS = new DocumentLinks();
    private final Clock clock;

    ConsoleModel(
            QuestionStatistics statistics,
            OfficeNames officeNames,
            MessageSource messages,
            TelegramNames names,
            Clock clock,
            ZoneId officeZone) {
        this.statistics = statistics;
        this.clock = clock;
        this.times = new Times(messages, clock, officeZone);
        this.labels = new Labels(messages, office -> officeNames.byId().getOrDefault(office, office), names::nameOf);
        this.officeNames = officeNames;
    }

    /** For showing an office by name: {@code ${officeNames[id] ?: id}}. */
    @ModelAttribute("officeNames")
    Map<String, String> officeNames() {
        return officeNames.byId();
    }

    @ModelAttribute("staff")
    Staff staff(Authentication authentication) {
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return Staff.of(authentication);
    }

    @ModelAttribute("times")
    Times times() {
        return times;
    }

    /** Words for the code names the modules store: channels, drafters, reasons, audit details. */
    @ModelAttribute("labels")
    Labels labels() {
        return labels;
    }

    @ModelAttribute("highlighter")
    Highlighter highlighter() {
        return HIGHLIGHTER;
    }

    @ModelAttribute("links")
    DocumentLinks links() {
        return LINKS;
    }

    @ModelAttribute("queueCounts")
    Map<String, Long> queueCounts(Authentication authentication) {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return counts;
        }
        Staff staff = Staff.of(authentication);
        if (!staff.role().worksQuestions()) {
            return counts;
        }
        for (Queue queue : Queue.values()) {
            if (queue != Queue.ALL) {
                counts.put(
                        queue.path(),
                        statistics.count(queue.query(staff.username(), Queue.Filters.NONE, clock.instant())));
            }
        }
        return counts;
    }
}
