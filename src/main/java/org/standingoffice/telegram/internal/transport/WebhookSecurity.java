package org.standingoffice.telegram.internal.transport;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.standingoffice.telegram.internal.ConditionalOnTelegram;

/**
 * {@code /telegram/**} has a filter chain of its own: no sign-in, no session, no CSRF token —
 * Telegram authenticates with the webhook's secret token, which the endpoint checks.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnTelegram(mode = "webhook")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class WebhookSecurity {

    @Bean
    @Order(2)
    SecurityFilterChain telegramFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/telegram/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .securityContext(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable);
        return http.build();
    }
}
