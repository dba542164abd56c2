package org.standingoffice.telegram.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Without a token nothing of the channel exists; the mode picks polling or the webhook. */
class ConditionalOnTelegramTests {

    @Configuration(proxyBeanMethods = false)
    static class Beans {

        @Bean
        @ConditionalOnTelegram
        String channel() {
            return "on";
        }

        @Bean
        @ConditionalOnTelegram(mode = "webhook")
        Integer webhook() {
            return 1;
        }
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Beans.class);

    @Test
    void anUnsetOrBlankTokenLeavesTheChannelOff() {
        runner.run(context -> assertThat(context).doesNotHaveBean("channel"));
        runner.withPropertyValues("office.telegram.bot-token=")
                .run(context -> assertThat(context).doesNotHaveBean("channel"));
        runner.withPropertyValues("office.telegram.bot-token=  ")
                .run(context -> assertThat(context).doesNotHaveBean("channel"));
    }

    @Test
    void aTokenTurnsItOnInTheConfiguredMode() {
        runner.withPropertyValues("office.telegram.bot-token=1:x").run(context -> {
            assertThat(context).hasBean("channel");
            assertThat(context).doesNotHaveBean("webhook");
        });
        runner.withPropertyValues("office.telegram.bot-token=1:x", "office.telegram.mode=WEBHOOK")
                .run(context -> assertThat(context).hasBean("webhook"));
    }
}
