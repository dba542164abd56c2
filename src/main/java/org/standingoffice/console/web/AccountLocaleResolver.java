package org.standingoffice.console.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.standingoffice.accounts.StaffDirectory;

/**
 * The console's language: the one the signed-in account chose (remembered in the account, so it
 * follows the person to another browser), else the one chosen on this browser before signing in
 * (a cookie), else the office's language ({@code office.console.language}). The browser's
 * {@code Accept-Language} plays no part: an office works in its own language. The API is the
 * exception: a program asks for its language with {@code Accept-Language}, as HTTP has it.
 */
class AccountLocaleResolver implements LocaleResolver {

    static final Set<String> LANGUAGES = Set.of("vi", "en", "sv");

    /** The account's choice, looked up once a session rather than on every request. */
    private static final String SESSION_KEY = AccountLocaleResolver.class.getName() + ".language";

    private final StaffDirectory directory;
    private final Locale officeLanguage;
    private final CookieLocaleResolver cookie = new CookieLocaleResolver("office-lang");

    AccountLocaleResolver(StaffDirectory directory, String officeLanguage) {
        this.directory = directory;
        this.officeLanguage = Locale.forLanguageTag(officeLanguage);
        cookie.setCookieMaxAge(Duration.ofDays(365));
        cookie.setCookieHttpOnly(true);
        cookie.setDefaultLocaleFunction(request -> this.officeLanguage);
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return request.getLocale() == null ? Locale.ENGLISH : request.getLocale();
        }
        return accountLanguage(request).orElseGet(() -> supported(cookie.resolveLocale(request)));
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        if (locale == null || !LANGUAGES.contains(locale.getLanguage())) {
            return;
        }
        Locale language = Locale.forLanguageTag(locale.getLanguage());
        cookie.setLocale(request, response, language);
        String username = signedIn();
        if (username != null) {
            directory.chooseLanguage(username, language.getLanguage());
            request.getSession().setAttribute(SESSION_KEY, language.getLanguage());
        }
    }

    private Optional<Locale> accountLanguage(HttpServletRequest request) {
        String username = signedIn();
        if (username == null) {
            return Optional.empty();
        }
        HttpSession session = request.getSession(false);
        Object known = session == null ? null : session.getAttribute(SESSION_KEY);
        String language =
                known instanceof String tag ? tag : directory.language(username).orElse("");
        if (session != null && known == null) {
            session.setAttribute(SESSION_KEY, language);
        }
        return LANGUAGES.contains(language) ? Optional.of(Locale.forLanguageTag(language)) : Optional.empty();
    }

    private Locale supported(Locale locale) {
        return locale != null && LANGUAGES.contains(locale.getLanguage()) ? locale : officeLanguage;
    }

    private static String signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null
                        || authentication instanceof AnonymousAuthenticationToken
                        || !authentication.isAuthenticated()
                ? null
                : authentication.getName();
    }
}
