package org.standingoffice.drafting.internal;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The LLM provider as {@code /actuator/health} reports it. Without one the service drafts offline,
 * which is healthy; with one, an open circuit breaker (the model keeps failing) is down, although
 * drafting still works through the extractive fallback.
 */
@Component("llm")
class LanguageModelHealth implements HealthIndicator {

    private final ObjectProvider<ResilientChat> languageModel;
    private final LlmProperties properties;

    LanguageModelHealth(ObjectProvider<ResilientChat> languageModel, LlmProperties properties) {
        this.languageModel = languageModel;
        this.properties = properties;
    }

    @Override
    public Health health() {
        ResilientChat chat = languageModel.getIfAvailable();
        if (chat == null) {
            return Health.up().withDetail("provider", "none").build();
        }
        CircuitBreaker.State state = chat.state();
        Health.Builder health = state == CircuitBreaker.State.OPEN ? Health.down() : Health.up();
        return health.withDetail("provider", properties.provider())
                .withDetail("drafter", chat.name())
                .withDetail("circuitBreaker", state.name())
                .build();
    }
}
