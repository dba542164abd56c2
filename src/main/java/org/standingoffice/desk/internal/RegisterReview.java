package org.standingoffice.desk.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.standingoffice.desk.Actor;
import org.standingoffice.desk.AnswerRegistry;
import org.standingoffice.desk.AnswerRevised;
import org.standingoffice.desk.AuditAction;
import org.standingoffice.desk.AuditEvent.Facts;
import org.standingoffice.desk.QuestionId;
import org.standingoffice.desk.RegisteredAnswer;
import org.standingoffice.search.KnowledgeReindexed;

/** Keeps registered answers in step with the documents they cite. */
@Service
@Transactional
class RegisterReview implements AnswerRegistry {

    private final AnswerRegister register;
    private final Questions questions;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RegisterReview(
            AnswerRegister register,
            Questions questions,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.register = register;
        this.questions = questions;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(KnowledgeReindexed reindexed) {
        register.flagCiting(reindexed.changedDocuments());
    }

    @Override
    @Transactional(readOnly = true)
    public List<RegisteredAnswer> needingReview() {
        return register.needingReview();
    }

    @Override
    public RegisteredAnswer review(long number, Actor actor, String amendedText) {
        RegisteredAnswer entry =
                register.find(number).orElseThrow(() -> new IllegalArgumentException("no registered answer " + number));
        boolean amended = amendedText != null
                && !amendedText.isBlank()
                && !amendedText.strip().equals(entry.answer());
        String text = amended ? amendedText.strip() : entry.answer();
        register.reviewed(number, text);
        Instant now = clock.instant();
        for (long questionId :
                register.questionsAnsweredWith(number, entry.question().value())) {
            Question question = questions.findById(questionId).orElseThrow();
            audit.append(
                    questionId,
                    AuditEntry.of(
                                    amended ? AuditAction.ANSWER_REVISED : AuditAction.ANSWER_CONFIRMED,
                                    actor,
                                    question.status,
                                    question.status,
                                    now)
                            .facts(Facts.register(number)));
            if (amended) {
                events.publishEvent(new AnswerRevised(
                        number,
                        new QuestionId(questionId),
                        question.channel,
                        question.askerRef,
                        question.language,
                        text));
            }
        }
        return register.find(number).orElseThrow();
    }
}
