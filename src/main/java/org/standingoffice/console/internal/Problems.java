package org.standingoffice.console.internal;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * RFC 9457 problem details in the caller's language. Titles name the status ({@code
 * api.problem.title.<status>}); details say what went wrong in this request. Exception messages
 * never reach a detail unless they are meant for people (the desk's conflict reasons).
 */
@Component
class Problems {

    private final MessageSource messages;

    Problems(MessageSource messages) {
        this.messages = messages;
    }

    ProblemDetail of(HttpStatusCode status, Locale locale, String detailCode, Object... arguments) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(title(status, locale));
        problem.setDetail(messages.getMessage(detailCode, arguments, locale));
        return problem;
    }

    String title(HttpStatusCode status, Locale locale) {
        HttpStatus known = HttpStatus.resolve(status.value());
        String fallback = known == null ? String.valueOf(status.value()) : known.getReasonPhrase();
        return messages.getMessage("api.problem.title." + status.value(), null, fallback, locale);
    }

    String message(String code, Locale locale, Object... arguments) {
        return messages.getMessage(code, arguments, locale);
    }
}
