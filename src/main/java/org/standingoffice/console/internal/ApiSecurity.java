package org.standingoffice.console.internal;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.LocaleResolver;
import org.standingoffice.accounts.Role;
import org.standingoffice.accounts.StaffDirectory;
import org.standingoffice.console.ConsoleProperties;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two filter chains. {@code /api/**} is stateless: every request signs in with HTTP Basic or an
 * API token ({@code Authorization: Bearer}), no session is created, and CSRF protection is off
 * because no browser cookie ever authenticates a request there. Everything else (health, API
 * docs and the web console with form login, sessions and CSRF) goes through the second chain, in
 * {@code console.web.WebConsoleSecurity}. Who may call which API endpoint is decided here, in one
 * place, by URL; what an official may see of a question is decided in the controller (their own
 * questions only, others look absent).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ApiSecurity {

    private static final String[] STAFF = {Role.STAFF.name(), Role.MANAGER.name(), Role.ADMIN.name()};

    /** Question actions only staff, managers and admins may take. */
    static final String[] STAFF_ACTIONS = {
        "/api/v1/questions/*/claim",
        "/api/v1/questions/*/assign",
        "/api/v1/questions/*/approve",
        "/api/v1/questions/*/reject",
        "/api/v1/questions/*/escalate",
        "/api/v1/questions/*/answer",
        "/api/v1/questions/*/close",
        "/api/v1/questions/*/notes"
    };

    /**
     * A write that a browser says comes from another site. CSRF protection is off for the API,
     * but a browser that once answered the Basic challenge resends those credentials with any
     * request, also one a foreign page triggers; such requests are refused. Programs send no
     * {@code Sec-Fetch-Site} header, and same-origin pages send {@code same-origin}.
     */
    static final RequestMatcher CROSS_SITE_WRITE = request -> {
        String site = request.getHeader("Sec-Fetch-Site");
        boolean safe = Set.of("GET", "HEAD", "OPTIONS", "TRACE").contains(request.getMethod());
        return !safe && ("cross-site".equals(site) || "same-site".equals(site));
    };

    /** Also turns off Spring Boot's generated in-memory user. */
    @Bean
    StaffLogins staffLogins(StaffDirectory directory) {
        return new StaffLogins(directory);
    }

    @Bean
    SecurityProblems securityProblems(
            Problems problems, LocaleResolver localeResolver, JsonMapper json, ConsoleProperties properties) {
        return new SecurityProblems(problems, localeResolver, json, properties.realm());
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(
            HttpSecurity http,
            StaffLogins logins,
            StaffDirectory directory,
            PasswordEncoder passwordEncoder,
            SecurityProblems problems,
            ConsoleProperties properties,
            SignInAttempts attempts,
            ApplicationEventPublisher events) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(logins);
        passwords.setPasswordEncoder(passwordEncoder);
        passwords.setUserDetailsPasswordService(logins);
        ProviderManager authentication = new ProviderManager(passwords, new ApiTokenAuthenticationProvider(directory));
        // Failed and successful sign-ins reach SignInAttempts, which locks out guessers.
        authentication.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));

        // Not a bean: Spring Boot would register a bean filter for every request, outside the chain.
        AuthenticationFilter bearer = new AuthenticationFilter(authentication, new BearerTokenConverter());
        bearer.setSuccessHandler((request, response, accepted) -> {});
        bearer.setFailureHandler(new AuthenticationEntryPointFailureHandler(problems));

        http.securityMatcher("/api/**")
                .authenticationManager(authentication)
                .authorizeHttpRequests(requests -> requests.requestMatchers(CROSS_SITE_WRITE)
                        .denyAll()
                        .requestMatchers(POST, STAFF_ACTIONS)
                        .hasAnyRole(STAFF)
                        .requestMatchers(
                                POST, "/api/v1/questions", "/api/v1/questions/*/revise", "/api/v1/questions/*/reopen")
                        .authenticated()
                        .requestMatchers(GET, "/api/v1/questions", "/api/v1/questions/*", "/api/v1/questions/*/events")
                        .authenticated()
                        .requestMatchers(
                                "/api/v1/accounts/{username}",
                                "/api/v1/accounts/{username}/token",
                                "/api/v1/accounts/{username}/password")
                        .access(adminOrSelf())
                        .requestMatchers("/api/v1/accounts", "/api/v1/accounts/**")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/v1/invites", "/api/v1/invites/**")
                        .hasAnyRole(STAFF)
                        .anyRequest()
                        .authenticated())
                .httpBasic(basic -> basic.realmName(properties.realm()).authenticationEntryPoint(problems))
                .addFilterBefore(bearer, BasicAuthenticationFilter.class)
                .addFilterBefore(new BasicSignInThrottle(attempts, problems::locked), BasicAuthenticationFilter.class)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .csrf(AbstractHttpConfigurer::disable)
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    /** Admins act on any account; everyone else on their own only. */
    private static AuthorizationManager<RequestAuthorizationContext> adminOrSelf() {
        String admin = StaffPrincipal.authority(Role.ADMIN);
        return (authentication, context) -> {
            Authentication caller = authentication.get();
            if (caller == null || caller instanceof AnonymousAuthenticationToken || !caller.isAuthenticated()) {
                return new AuthorizationDecision(false);
            }
            boolean isAdmin =
                    caller.getAuthorities().stream().anyMatch(granted -> admin.equals(granted.getAuthority()));
            return new AuthorizationDecision(
                    isAdmin || caller.getName().equals(context.getVariables().get("username")));
        };
    }
}
