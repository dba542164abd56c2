package org.standingoffice.console.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's answers to requests that security stops before they reach a controller: 401 with
 * both challenges (Basic and Bearer), 403 and 429 for a locked sign-in, as problem details like
 * every other API error.
 */
class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final Problems problems;
    private final LocaleResolver locales;
    private final JsonMapper json;
    private final String realm;

    SecurityProblems(Problems problems, LocaleResolver locales, JsonMapper json, String realm) {
        this.problems = problems;
        this.locales = locales;
        // ProblemDetail's extension properties go to the top level, as Spring MVC writes them.
        this.json = json.rebuild()
                .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class)
                .build();
        this.realm = realm;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        // A disabled account gets the same answer as a wrong password: Spring checks "disabled"
        // before the password, so telling it apart would reveal accounts to anyone guessing.
        String code = failure instanceof InsufficientAuthenticationException
                ? "api.problem.unauthenticated"
                : "api.problem.bad-credentials";
        response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + realm + "\", charset=\"UTF-8\"");
        response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + realm + "\"");
        write(request, response, HttpStatus.UNAUTHORIZED, code);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        String code =
                ApiSecurity.CROSS_SITE_WRITE.matches(request) ? "api.problem.cross-site" : "api.problem.forbidden";
        write(request, response, HttpStatus.FORBIDDEN, code);
    }

    /** The body of a Basic sign-in refused because its name or address is locked. */
    void locked(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(request, response, HttpStatus.TOO_MANY_REQUESTS, "api.problem.locked");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code)
            throws IOException {
        Locale locale = locales.resolveLocale(request);
        ProblemDetail problem = problems.of(status, locale, code);
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), problem);
    }
}
