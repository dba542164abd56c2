package org.standingoffice.console.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;
import org.standingoffice.accounts.StaffAccount;
import org.standingoffice.accounts.StaffDirectory;

/**
 * Signs out a console session whose account was disabled, deleted or given another role since it
 * signed in, or whose password was set anew after the session began (a session starts at sign-in:
 * sign-in always gets a new session). A session keeps the account as it was at sign-in, so without this a disabled account
 * would work, and a demoted admin administer, until the session timed out. Looking the account up
 * again on every request costs one primary-key read and works however many instances share the
 * database, which an in-memory session registry would not. The request then goes on anonymous, so
 * it gets the sign-in page like any other visitor.
 */
final class StaleSessionFilter extends OncePerRequestFilter {

    private final StaffDirectory directory;
    private final SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();

    StaleSessionFilter(StaffDirectory directory) {
        this.directory = directory;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && !(authentication instanceof AnonymousAuthenticationToken)
                && !current(Staff.of(authentication), request.getSession(false))) {
            logout.logout(request, response, authentication);
        }
        chain.doFilter(request, response);
    }

    private boolean current(Staff staff, HttpSession session) {
        return directory
                .find(staff.username())
                .filter(StaffAccount::enabled)
                .filter(account -> account.role() == staff.role())
                .map(account -> session == null
                        || account.credentialsChangedAt() == null
                        || Instant.ofEpochMilli(session.getCreationTime()).isAfter(account.credentialsChangedAt()))
                .orElse(false);
    }
}
