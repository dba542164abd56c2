package org.standingoffice.telegram.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Only with a bot token. {@code @ConditionalOnProperty} would also match the empty value that an
 * unset {@code TELEGRAM_BOT_TOKEN} leaves in the configuration.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(ConditionalOnTelegram.TokenPresent.class)
public @interface ConditionalOnTelegram {

    /** Also requires this delivery mode, when given. */
    String mode() default "";

    class TokenPresent extends SpringBootCondition {

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String token = context.getEnvironment().getProperty("office.telegram.bot-token");
            if (token == null || token.isBlank()) {
                return ConditionOutcome.noMatch("no Telegram bot token");
            }
            Object mode = metadata.getAnnotationAttributes(ConditionalOnTelegram.class.getName())
                    .get("mode");
            if (mode instanceof String wanted && !wanted.isEmpty()) {
                String configured = context.getEnvironment().getProperty("office.telegram.mode", "polling");
                if (!wanted.equalsIgnoreCase(configured.strip())) {
                    return ConditionOutcome.noMatch("Telegram mode is " + configured + ", not " + wanted);
                }
            }
            return ConditionOutcome.match("Telegram bot token set");
        }
    }
}
