package org.standingoffice.console.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.standingoffice.desk.DraftView;
import org.standingoffice.desk.QuestionStatus;
import org.standingoffice.desk.QuestionView;

/**
 * A question as the API shows it. Staff see everything; the official who asked sees neither the
 * machine draft nor its confidence nor who works on it: a draft reaches the asker only once
 * staff approved it, as {@code answer}.
 */
@Schema(name = "Question")
record QuestionResponse(
        long id,
        QuestionStatus status,
        String text,
        String language,
        String askerName,
        String commune,
        String province,
        String channel,
        String askerRef,
        String office,
        @Schema(description = "staff only") String assignee,
        @Schema(description = "staff only") Double confidence,

        @Schema(description = "the machine draft with its citations; staff only")
        DraftView draft,

        @Schema(description = "the text sent to the asker") DraftView answer,

        @Schema(description = "number of a registered answer to a near-identical question; staff only")
        Long similarAnswer,

        Instant receivedAt,

        @Schema(description = "when the current stage is due")
        Instant dueAt,

        Instant answeredAt,
        long version) {

    static QuestionResponse of(QuestionView question, StaffPrincipal caller) {
        boolean staff = !caller.isAsker();
        return new QuestionResponse(
                question.id().value(),
                question.status(),
                question.text(),
                question.language(),
                question.askerName(),
                question.commune(),
                question.province(),
                question.channel(),
                question.askerRef(),
                question.office(),
                staff ? question.assignee() : null,
                staff ? question.confidence() : null,
                staff ? question.draft() : null,
                question.answer(),
                staff ? question.similarAnswer() : null,
                question.receivedAt(),
                question.dueAt(),
                question.answeredAt(),
                question.version());
    }
}
