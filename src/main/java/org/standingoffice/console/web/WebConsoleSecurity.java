package org.standingoffice.console.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.standingoffice.accounts.Role;
import org.standingoffice.accounts.StaffDirectory;
import org.standingoffice.console.internal.BasicSignInThrottle;
import org.standingoffice.console.internal.SignInAttempts;

/**
 * Everything outside the API: the web console with form login, a session (a new one at sign-in,
 * against session fixation, and signed out when its account is disabled or its role changes), CSRF
 * tokens on every form, a strict content security policy, and sign-in throttling. Health and the
 * API documentation are public. Officials have no business in the console and get the 403 page.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class WebConsoleSecurity {

    static final String[] STAFF = {Role.STAFF.name(), Role.MANAGER.name(), Role.ADMIN.name()};
    static final String[] MANAGERS = {Role.MANAGER.name(), Role.ADMIN.name()};

    /**
     * Actuator: health is public (details for signed-in accounts), metrics are for managers and
     * admins over HTTP Basic, so a Prometheus scraper can authenticate without a session.
     */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE - 1)
    SecurityFilterChain operationsFilterChain(HttpSecurity http, SignInAttempts attempts) {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .anyRequest()
                        .hasAnyRole(MANAGERS))
                .httpBasic(Customizer.withDefaults())
                .addFilterBefore(
                        new BasicSignInThrottle(attempts, (request, response) -> {}), BasicAuthenticationFilter.class)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable);
        return http.build();
    }

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityFilterChain webFilterChain(HttpSecurity http, SignInAttempts attempts, StaffDirectory directory) {
        SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler();
        success.setDefaultTargetUrl("/console");
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/v3/api-docs",
                                "/v3/api-docs/**",
                                "/swagger-ui.html",
                                "/swagger-ui/**",
                                "/error",
                                "/login",
                                "/denied",
                                "/css/**",
                                "/js/**",
                                "/webjars/**",
                                "/favicon.ico")
                        .permitAll()
                        .requestMatchers("/console/admin/**", "/console/knowledge/reindex", "/console/knowledge/upload")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers("/console/reports/**")
                        .hasAnyRole(MANAGERS)
                        .requestMatchers("/", "/console", "/console/**")
                        .hasAnyRole(STAFF)
                        .anyRequest()
                        .authenticated())
                // Failures and successes are counted by SignInAttempts from the authentication events.
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(success)
                        .failureUrl("/login?error")
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .addFilterBefore(new ThrottleFilter(attempts), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new StaleSessionFilter(directory), AnonymousAuthenticationFilter.class)
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint("/login"), AnyRequestMatcher.INSTANCE)
                        .accessDeniedPage("/denied"))
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.newSession()))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
                                        + " script-src 'self'; frame-ancestors 'none'; form-action 'self'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** Refuses a sign-in attempt while its name or address is locked, before checking the password. */
    static final class ThrottleFilter extends OncePerRequestFilter {

        private final SignInAttempts attempts;

        ThrottleFilter(SignInAttempts attempts) {
            this.attempts = attempts;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !("POST".equals(request.getMethod())
                    && (request.getContextPath() + "/login").equals(request.getRequestURI()));
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (attempts.blocked(request.getParameter("username"), request.getRemoteAddr())) {
                response.sendRedirect(request.getContextPath() + "/login?locked");
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
