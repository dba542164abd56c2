package org.standingoffice.desk.internal;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.standingoffice.desk.DeskProperties;
import org.standingoffice.desk.NewQuestion;
import org.standingoffice.desk.QuestionId;
import org.standingoffice.drafting.Citation;
import org.standingoffice.drafting.Decision;
import org.standingoffice.drafting.Draft;

/**
 * Takes two questions through the desk's write path before the service reports ready — received,
 * drafted (one answered, one escalated), read back — in one transaction that is then rolled back, so
 * that the first asker does not wait while Spring Data JDBC renders the question's statements and
 * builds its mapping, and the audit trail, drafts and event publications run their first statements
 * (issue 20: the first question took 2.3–2.5 times as long as the tenth, most of the difference
 * about 400 classes of that path).
 *
 * <p>Nothing survives the rollback: the questions, their drafts and audit rows, the event
 * publications of their listeners (stored in the same transaction), and the metrics (counted after
 * commit). The questions take negative ids, which no ticket has, because a rolled-back insert still
 * uses up an identity value and askers would see their ticket numbers skip one at every start; the
 * audit rows and drafts do use up ids of their own, which nobody sees as a sequence. An answer is
 * never filed (which would use up a register number): the drafts are recorded only while no
 * registered question is similar enough to be auto-replied. Retrieval and drafting themselves are
 * warmed by the search and drafting modules; here the drafts are fixed, so that no language model
 * is ever called. Off with {@code office.search.warm-up=false}, like those.
 */
@Component
@Order(3)
@ConditionalOnProperty(name = "office.search.warm-up", havingValue = "true", matchIfMissing = true)
class DeskWarmUp implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DeskWarmUp.class);

    /** Not a question anyone asks: no registered question shares enough of its words. */
    private static final String TEXT = "Câu hỏi khởi động của dịch vụ trước khi sẵn sàng, không bao giờ được lưu lại";

    private static final List<Draft> DRAFTS = List.of(
            new Draft(TEXT, List.of(new Citation("0-WARM/UP", "1")), Decision.ANSWER, "warm-up"),
            new Draft("", List.of(), Decision.ESCALATE, "warm-up"));

    private final DeskService desk;
    private final AnswerRegister register;
    private final DeskProperties properties;
    private final TransactionTemplate transactions;

    DeskWarmUp(DeskService desk, AnswerRegister register, DeskProperties properties, TransactionTemplate transactions) {
        this.desk = desk;
        this.register = register;
        this.properties = properties;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        long start = System.nanoTime();
        try {
            transactions.executeWithoutResult(status -> {
                status.setRollbackOnly();
                walkThrough();
            });
            LOG.info("Desk warmed up in {} ms, its questions rolled back", (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            // A warm-up only saves the first asker a wait: whatever fails here stops no start.
            LOG.warn("Warming up the desk failed, the first question will be slower: {}", e.toString());
        }
    }

    /** What receiving and drafting a question does, for each kind of draft. */
    private void walkThrough() {
        boolean mayAutoReply = register.similarTo(TEXT, properties.similarity()).isPresent();
        for (Draft draft : DRAFTS) {
            NewQuestion question = new NewQuestion(TEXT, null, null, null, null, null, "warm-up", null);
            QuestionId id = desk.receive(question, unusedId()).id();
            if (!mayAutoReply) {
                desk.recordDraft(id, draft, draft.decision() == Decision.ANSWER ? 1 : 0, "vi");
            }
            desk.get(id);
        }
    }

    /** An id no ticket has; random, so that instances starting together do not wait for each other's. */
    private static long unusedId() {
        return -ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
    }
}
