package org.standingoffice.drafting;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param answerThreshold retrieval confidence at or above which the documents are taken to answer
 * @param highConfidence confidence at or above which staff are told the decision is highly
 *     confident (between the two thresholds: medium; below {@code answerThreshold}: low)
 * @param maxQuotedPassages how many passages a draft quotes at most
 * @param relatedCoverage a further passage is quoted only when it covers at least this share of
 *     what the best-ranked passage covers (the best-ranked after it, when that one is a lead-in)
 * @param promptsDir the editable templates (lead-in, closing, escalation notice, LLM prompts), one
 *     folder per language; a file missing there is taken from the copy shipped in the jar
 */
@Validated
@ConfigurationProperties("office.drafting")
public record DraftingProperties(
        @DecimalMin("0") @DecimalMax("1") @DefaultValue("0.5")
        double answerThreshold,

        @DecimalMin("0") @DecimalMax("1") @DefaultValue("0.8")
        double highConfidence,

        @Min(1) @DefaultValue("3") int maxQuotedPassages,

        @DecimalMin("0") @DecimalMax("1") @DefaultValue("0.8")
        double relatedCoverage,

        @NotNull @DefaultValue("./prompts") Path promptsDir) {}
