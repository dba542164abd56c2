package org.standingoffice.telegram.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.standingoffice.FixedDecision;
import org.standingoffice.accounts.Role;
import org.standingoffice.desk.Actor;
import org.standingoffice.desk.Desk;
import org.standingoffice.desk.NewQuestion;
import org.standingoffice.desk.QuestionAnswered;
import org.standingoffice.desk.QuestionAwaitingApproval;
import org.standingoffice.desk.QuestionEscalated;
import org.standingoffice.desk.QuestionReceived;
import org.standingoffice.desk.QuestionStatus;
import org.standingoffice.desk.QuestionView;

/**
 * The start-up warm-ups with every module on, the Telegram channel with a staff group included: the
 * desk's warm-up receives and drafts questions in a transaction it rolls back, and nothing of them may
 * survive — no question, draft, audit row, event publication, outbox message (a question that stayed
 * would leave a staff card there), metric, ticket number or register number. Subclasses choose the
 * database. The first test needs the fresh database the context started on.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Import(WarmUpContract.DeskEvents.class)
abstract class WarmUpContract {

    static final String ANSWERABLE = TelegramFixture.ANSWERABLE;

    /**
     * Telegram on against {@code stub}, and every registered answer similar enough to auto-reply to any
     * question (similarity 0), so that only the warm-up's own care keeps it from filing an answer.
     */
    static void configure(DynamicPropertyRegistry registry, BotApiStub stub, Path dataDir) {
        TelegramFixture.connect(registry, stub, dataDir);
        FixedDecision.pin(registry);
        registry.add("office.desk.similarity", () -> "0");
    }

    /** What the desk published, from the start on: the warm-up's questions too. */
    @TestConfiguration(proxyBeanMethods = false)
    static class DeskEvents {

        final List<Object> seen = new CopyOnWriteArrayList<>();

        @EventListener
        void on(QuestionReceived event) {
            seen.add(event);
        }

        @EventListener
        void on(QuestionAwaitingApproval event) {
            seen.add(event);
        }

        @EventListener
        void on(QuestionEscalated event) {
            seen.add(event);
        }

        @EventListener
        void on(QuestionAnswered event) {
            seen.add(event);
        }
    }

    @Autowired
    Desk desk;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DeskEvents events;

    @Autowired
    ApplicationContext context;

    abstract BotApiStub stub();

    @Test
    @Order(1)
    void theWarmUpAtStartWalksTheWritePathAndLeavesNothing(CapturedOutput output) {
        assertThat(events.seen)
                .as("the warm-up received questions under ids no ticket has and drafted both kinds")
                .anySatisfy(event -> assertThat(event)
                        .isInstanceOfSatisfying(
                                QuestionReceived.class,
                                received -> assertThat(received.id().value()).isNegative()))
                .anySatisfy(event -> assertThat(event).isInstanceOf(QuestionAwaitingApproval.class))
                .anySatisfy(event -> assertThat(event).isInstanceOf(QuestionEscalated.class));
        assertThat(leftByWarmUp())
                .allSatisfy((table, count) -> assertThat(count).as(table).isZero());
        assertThat(rows())
                .as("rows at start")
                .allSatisfy((table, count) -> assertThat(count).as(table).isZero());
        assertThat(output).as("no warm-up failed").doesNotContain("Warming up");
        assertThat(context.getBean(MeterRegistry.class).find("office.questions").counters())
                .as("the warm-up's questions are not counted")
                .allSatisfy(counter -> assertThat(counter.count()).isZero());

        QuestionView first = ask(ANSWERABLE, "first");

        assertThat(first.id().value()).as("the first ticket number").isEqualTo(1);
        assertThat(first.status()).isEqualTo(QuestionStatus.AWAITING_APPROVAL);
        stub().awaitSent(TelegramFixture.STAFF_GROUP, call -> true);
        assertThat(count("telegram_outbox"))
                .as("a question that stays leaves a staff card")
                .isPositive();
    }

    @Test
    @Order(2)
    void theWarmUpNeverFilesAnAnswerWhereTheOfficeWouldAutoReply() throws Exception {
        QuestionView asked = ask(ANSWERABLE, "registered");
        desk.approve(asked.id(), new Actor("alice", Role.STAFF), null);
        long registered = lastRegisterNumber();
        jdbc.sql("update office set auto_reply = true where is_default").update();
        Map<String, Long> before = rows();
        long nextTicket = asked.id().value() + 1;
        events.seen.clear();

        context.getBean("deskWarmUp", ApplicationRunner.class).run(new DefaultApplicationArguments());

        assertThat(events.seen)
                .as("received, but not drafted: the draft would have been an auto-reply")
                .hasAtLeastOneElementOfType(QuestionReceived.class)
                .doesNotHaveAnyElementsOfTypes(
                        QuestionAnswered.class, QuestionAwaitingApproval.class, QuestionEscalated.class);
        assertThat(rows()).isEqualTo(before);
        assertThat(leftByWarmUp())
                .allSatisfy((table, count) -> assertThat(count).as(table).isZero());
        QuestionView auto = ask("Who guides the finances of the trade unions?", "auto");
        assertThat(auto.id().value()).isEqualTo(nextTicket);
        assertThat(auto.status()).as("auto-replied from the register").isEqualTo(QuestionStatus.ANSWERED);
        assertThat(lastRegisterNumber()).as("no register number skipped").isEqualTo(registered + 1);
    }

    private QuestionView ask(String text, String asker) {
        QuestionView received =
                desk.receive(new NewQuestion(text, "Nguyễn Văn A", null, null, null, "api", asker, null));
        return Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> desk.get(received.id()), question -> question.status() != QuestionStatus.RECEIVED);
    }

    private long lastRegisterNumber() {
        return jdbc.sql("select max(number) from answer_register")
                .query(Long.class)
                .single();
    }

    /**
     * How many rows the tables a question writes to synchronously hold (Telegram's rows follow after
     * commit), and how many event publications the desk's events have.
     */
    private Map<String, Long> rows() {
        Map<String, Long> rows = new TreeMap<>();
        Stream.of("question", "draft", "audit_event", "answer_register")
                .forEach(table -> rows.put(table, count(table)));
        rows.put(
                "desk event publications",
                count("event_publication where event_type like 'org.standingoffice.desk.%'"));
        return rows;
    }

    /** Rows about questions with negative ids, the warm-up's. */
    private Map<String, Long> leftByWarmUp() {
        Map<String, Long> rows = new TreeMap<>();
        rows.put("question", count("question where id < 0"));
        Stream.of("draft", "audit_event", "answer_register", "telegram_outbox", "telegram_question")
                .forEach(table -> rows.put(table, count(table + " where question_id < 0")));
        rows.put(
                "event_publication",
                count("event_publication where event_type like 'org.standingoffice.desk.%'"
                        + " and serialized_event like '%:-%'"));
        return rows;
    }

    private long count(String from) {
        return jdbc.sql("select count(*) from " + from).query(Long.class).single();
    }
}
