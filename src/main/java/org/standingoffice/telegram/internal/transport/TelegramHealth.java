package org.standingoffice.telegram.internal.transport;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import org.standingoffice.telegram.TelegramProperties;
import org.standingoffice.telegram.internal.ConditionalOnTelegram;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.objects.User;

/**
 * The Bot API connection as {@code /actuator/health} reports it: {@code getMe} answered (up, with
 * the bot's user name) or not (down, with why). Asked on every check — {@code getMe} is cheap and
 * a cached answer would hide an outage from the load balancer.
 */
@Component("telegram")
@ConditionalOnTelegram
public class TelegramHealth implements HealthIndicator {

    private final BotApi api;
    private final TelegramProperties properties;

    TelegramHealth(BotApi api, TelegramProperties properties) {
        this.api = api;
        this.properties = properties;
    }

    @Override
    public Health health() {
        try {
            User bot = api.call(new GetMe());
            return Health.up()
                    .withDetail("bot", String.valueOf(bot.getUserName()))
                    .withDetail("mode", properties.mode())
                    .build();
        } catch (BotApiFailure failure) {
            return Health.down().withDetail("error", failure.getMessage()).build();
        }
    }
}
