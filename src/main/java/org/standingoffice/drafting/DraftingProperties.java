package org.standingoffice.drafting;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param answerThreshold calibrated confidence at or above which the documents are taken to answer;
 *     unset, the decision model's own threshold (chosen when it was fitted so that 98 % of
 *     unanswerable questions are escalated)
 * @param decisionModel the fitted decision model file ({@code calibrate} writes one); the model
 *     shipped in the jar unless an office fitted its own
 * @param unanswerableEscalated the operating point {@code calibrate} sets the default model's
 *     threshold for: the share of unanswerable labelled questions that must fall below it (the
 *     answer-decision issue's operating point, 98 %, with the fewest false escalations)
 * @param regimes the regimes {@code calibrate} fits a model of their own for, when it has enough
 *     labelled questions of that regime, each with its own operating point (the share of its
 *     unanswerable questions to escalate): a regime is the question's language and the best
 *     passage's, as {@code vi-vi}, or {@code vi-other} when the passage is in another language. Unset: Vietnamese questions over Vietnamese documents at 0.9,
 *     fitted on the ALQAC laws, where escalating every question whose article is missing costs most
 *     answers (0.9 out of fold gave 0.87 on the half never fitted on, above the 85 % asked for), and
 *     Vietnamese questions over English or Swedish documents at 0.98: they share only the glossary's words with
 *     the passages, so one model with English questions set them a threshold their scores seldom
 *     reach (held-out drafted .29 with it, .42 with a model of their own, all unanswerables escalated
 *     either way)
 * @param highConfidence confidence at or above which staff are told the decision is highly
 *     confident (between the threshold and this: medium; escalated: low)
 * @param maxQuotedPassages how many passages a draft quotes at most
 * @param relatedCoverage a further passage is quoted only when it covers at least this share of
 *     what the best-ranked passage covers (the best-ranked after it, when that one is a lead-in)
 * @param relatedWords a further passage is quoted only when its quote carries at least this share of
 *     the question's words the first quote carries (or the question's focus), besides the kind of
 *     answer asked for: the first-ranked passage is long and ranked by those very words, and on the dev
 *     questions the further quotes that held the answer carried .50 to .78 of its count, while those
 *     sharing only the documents' common frame with the question carried a quarter or less
 * @param promptsDir the editable templates (lead-in, closing, escalation notice, LLM prompts), one
 *     folder per language; a file missing there is taken from the copy shipped in the jar
 */
@Validated
@ConfigurationProperties("office.drafting")
public record DraftingProperties(
        @DecimalMin("0") @DecimalMax("1") Double answerThreshold,

        @NotNull @DefaultValue("classpath:drafting/decision-model.json")
        String decisionModel,

        @DecimalMin("0.5") @DecimalMax("1") @DefaultValue("0.98")
        double unanswerableEscalated,

        Map<String, @DecimalMin("0.5") @DecimalMax("1") Double> regimes,

        @DecimalMin("0") @DecimalMax("1") @DefaultValue("0.8")
        double highConfidence,

        @Min(1) @DefaultValue("3") int maxQuotedPassages,

        @DecimalMin("0") @DecimalMax("1") @DefaultValue("0.8")
        double relatedCoverage,

        @DecimalMin("0") @DecimalMax("1") @DefaultValue("0.5")
        double relatedWords,

        @NotNull @DefaultValue("./prompts") Path promptsDir) {

    public DraftingProperties {
        regimes = regimes == null ? Map.of("vi-vi", 0.9, "vi-other", 0.98) : Map.copyOf(regimes);
    }
}
