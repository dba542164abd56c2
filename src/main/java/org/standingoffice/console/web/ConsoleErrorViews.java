package org.standingoffice.console.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Error pages a person can read: in the console's language, with its navigation and a way back,
 * instead of the web server's English "Whitelabel" page. Programs asking for JSON still get
 * Spring Boot's error body; only browsers are shown this page.
 */
@Component
class ConsoleErrorViews implements ErrorViewResolver {

    private final ConsoleModel console;

    ConsoleErrorViews(ConsoleModel console) {
        this.console = console;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Map<String, Object> page = new HashMap<>();
        page.put("status", status.value());
        page.put("kind", kind(status));
        page.put("staff", console.staff(authentication));
        page.put("queueCounts", console.queueCounts(authentication));
        page.put("times", console.times());
        page.put("officeNames", console.officeNames());
        page.put("labels", console.labels());
        return new ModelAndView("error", page, status);
    }

    /** Which explanation the page gives: the statuses people meet have their own, the rest share one. */
    static String kind(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND, BAD_REQUEST, FORBIDDEN, METHOD_NOT_ALLOWED -> String.valueOf(status.value());
            default -> status.is5xxServerError() ? "500" : "400";
        };
    }
}
