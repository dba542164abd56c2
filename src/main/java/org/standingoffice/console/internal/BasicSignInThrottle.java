package org.standingoffice.console.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an HTTP Basic sign-in with 429 and {@code Retry-After} while its user name or address is
 * locked, before the password is checked: a locked guesser learns nothing, not even when the
 * guess was right. Requests without Basic credentials pass untouched.
 */
public final class BasicSignInThrottle extends OncePerRequestFilter {

    /** Writes the body of the refusal; status and {@code Retry-After} are set already. */
    public interface Refusal {
        void write(HttpServletRequest request, HttpServletResponse response) throws IOException;
    }

    private static final String BASIC = "basic ";

    private final SignInAttempts attempts;
    private final Refusal refusal;

    public BasicSignInThrottle(SignInAttempts attempts, Refusal refusal) {
        this.attempts = attempts;
        this.refusal = refusal;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = basicUsername(request.getHeader(HttpHeaders.AUTHORIZATION));
        Duration wait = username == null ? Duration.ZERO : attempts.retryAfter(username, request.getRemoteAddr());
        if (!wait.isZero()) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            // Whole seconds, rounded up: a client that waits this long may try again.
            response.setHeader(
                    HttpHeaders.RETRY_AFTER,
                    Long.toString(Math.max(1, wait.plusMillis(999).toSeconds())));
            refusal.write(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The user name of Basic credentials; {@code null} for other or malformed ones, which the chain judges. */
    static String basicUsername(String header) {
        if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return null;
        }
        try {
            String decoded = new String(
                    Base64.getDecoder().decode(header.substring(BASIC.length()).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}
