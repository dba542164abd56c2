package org.standingoffice.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.standingoffice.FixedDecision;
import org.standingoffice.StandingOfficeApplication;
import org.standingoffice.search.Retriever;

/**
 * A process that stops between receiving a question and drafting it loses nothing: the next
 * start drafts it. The first run's retriever fails, as a crash mid-drafting would.
 */
class RestartIntegrationTests {

    @TempDir
    Path dataDir;

    @Configuration(proxyBeanMethods = false)
    static class BrokenRetriever {
        @Bean
        @Primary
        Retriever brokenRetriever() {
            return (question, top) -> {
                throw new IllegalStateException("the process dies while drafting");
            };
        }
    }

    private ConfigurableApplicationContext start(Class<?>... extra) {
        Class<?>[] sources = new Class<?>[extra.length + 1];
        sources[0] = StandingOfficeApplication.class;
        System.arraycopy(extra, 0, sources, 1, extra.length);
        return new SpringApplicationBuilder(sources)
                .web(WebApplicationType.NONE)
                .run(
                        "--office.data-dir=" + dataDir,
                        "--spring.main.allow-bean-definition-overriding=true",
                        FixedDecision.ARGUMENT);
    }

    @Test
    void aQuestionReceivedButNotDraftedBeforeAStopIsDraftedAfterTheRestart() {
        QuestionId id;
        try (ConfigurableApplicationContext first = start(BrokenRetriever.class)) {
            Desk desk = first.getBean(Desk.class);
            id = desk.receive(new NewQuestion(
                            "Who must guide the financial management of trade union assets?",
                            "A",
                            "Xã Phú Lý",
                            "Đồng Nai",
                            null,
                            "api",
                            "u1",
                            null))
                    .id();
            // Drafting has run and failed (its delivery of the event is marked so), not just not yet.
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> jdbc.sql("select count(*) from event_publication where event_type = ?"
                                            + " and status = 'FAILED'")
                                    .param(QuestionReceived.class.getName())
                                    .query(Long.class)
                                    .single()
                            > 0);
            assertThat(desk.get(id).status()).isEqualTo(QuestionStatus.RECEIVED);
        }

        try (ConfigurableApplicationContext second = start()) {
            Desk desk = second.getBean(Desk.class);
            QuestionView drafted = Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> desk.get(id), question -> question.status() != QuestionStatus.RECEIVED);

            assertThat(drafted.status()).isEqualTo(QuestionStatus.AWAITING_APPROVAL);
            assertThat(drafted.draft().citations()).isNotEmpty();
        }
    }
}
