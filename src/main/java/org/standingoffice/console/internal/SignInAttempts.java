package org.standingoffice.console.internal;

import java.time.Clock;
import java.time.Duration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.standingoffice.console.ConsoleProperties;

/**
 * Counts every password sign-in, wherever it happens — the console's form, HTTP Basic on the API
 * or on the metrics endpoint — from Spring Security's authentication events, into one
 * {@link LoginThrottle}, so a guesser gains nothing by switching door. A wrong API token counts
 * against its address only: a token names nobody.
 */
@Component
public class SignInAttempts {

    private final LoginThrottle throttle;

    SignInAttempts(ConsoleProperties properties, SignInFailures failures) {
        this.throttle = new LoginThrottle(
                failures,
                properties.signInAttempts(),
                properties.signInAttemptsPerAddress(),
                properties.signInFirstDelay(),
                properties.signInLockout(),
                Clock.systemUTC());
    }

    /** Whether a sign-in as {@code username} from {@code address} is refused for now. */
    public boolean blocked(String username, String address) {
        return throttle.blocked(username, address);
    }

    /** How long that sign-in must still wait, for {@code Retry-After}; zero when it may try now. */
    public Duration retryAfter(String username, String address) {
        return throttle.wait(username, address);
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent failure) {
        Authentication attempt = failure.getAuthentication();
        String username = attempt instanceof UsernamePasswordAuthenticationToken ? attempt.getName() : null;
        String address =
                attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : "";
        throttle.failed(username, address);
    }

    @EventListener
    void on(AuthenticationSuccessEvent success) {
        Authentication signedIn = success.getAuthentication();
        if (signedIn instanceof UsernamePasswordAuthenticationToken) {
            String address =
                    signedIn.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : "";
            throttle.succeeded(signedIn.getName(), address);
        }
    }
}
