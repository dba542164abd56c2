package org.standingoffice.console.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Locale;
import org.standingoffice.desk.QuestionStatus;
import org.standingoffice.desk.QuestionView;
import org.standingoffice.drafting.QuoteFormat;

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
        DraftResponse draft,

        @Schema(description = "the text sent to the asker") DraftResponse answer,

        @Schema(description = "number of a registered answer to a near-identical question; staff only")
        Long similarAnswer,

        Instant receivedAt,

        @Schema(description = "when the current stage is due")
        Instant dueAt,

        Instant answeredAt,
        long version) {

    /** Citations are written for the question's language, as its answer writes them. */
    static QuestionResponse of(QuestionView question, StaffPrincipal caller, QuoteFormat quotes) {
        boolean staff = !caller.isAsker();
        Locale reader = Locale.forLanguageTag(question.language() == null ? "" : question.language());
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
                staff ? DraftResponse.of(question.draft(), quotes, reader) : null,
                DraftResponse.of(question.answer(), quotes, reader),
                staff ? question.similarAnswer() : null,
                question.receivedAt(),
                question.dueAt(),
                question.answeredAt(),
                question.version());
    }
}
