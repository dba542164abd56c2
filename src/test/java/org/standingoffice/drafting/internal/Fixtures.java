package org.standingoffice.drafting.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.standingoffice.drafting.Drafter;
import org.standingoffice.drafting.DraftingProperties;
import org.standingoffice.knowledge.Glossary;
import org.standingoffice.knowledge.Passage;
import org.standingoffice.knowledge.SourceDocument;
import org.standingoffice.search.RetrievalResult;
import org.standingoffice.search.RetrievedPassage;

/** Passages from the shipped documents and drafters wired as in the application, without Spring. */
final class Fixtures {

    static final String API_KEY = "sk-test-0123456789abcdef";
    static final SourceDocument CONCLUSION = new SourceDocument(
            "183-KL/TW",
            "Conclusion No. 183-KL/TW",
            "conclusion",
            "Politburo and Secretariat",
            LocalDate.of(2025, 8, 1),
            "en",
            "",
            "full translation",
            "",
            null);

    static final SourceDocument CONCLUSION_SV = new SourceDocument(
            "183-KL/TW",
            "Slutsats nr 183-KL/TW",
            "conclusion",
            "Politburo and Secretariat",
            LocalDate.of(2025, 8, 1),
            "sv",
            "",
            "full translation",
            "",
            null);

    static final Passage JUSTICE = new Passage(
            "183-KL-TW_en.md#3(2)",
            CONCLUSION,
            "183-KL-TW_en.md",
            "3(2)",
            "",
            "(2) The Ministry of Justice urgently completes the review, synthesis, and consultation with ministries"
                    + " and branches to propose solutions to improve the law, especially some provisions between laws,"
                    + " decrees, and circulars on decentralization, delegation of power, and division of authority"
                    + " (to be completed before August 31, 2025).",
            List.of());

    static final Passage TRADE_UNION = new Passage(
            "183-KL-TW_en.md#7(iii)",
            CONCLUSION,
            "183-KL-TW_en.md",
            "7(iii)",
            "",
            "(iii) Guidance on financial management and funds of socio-political organizations at the provincial"
                    + " level, especially the finances and assets of the trade union system (to be completed before"
                    + " August 31, 2025).",
            List.of());

    static final DraftingProperties DRAFTING = new DraftingProperties(
            null, "classpath:drafting/decision-model.json", 0.98, null, 0.8, 3, 0.8, 0.5, Path.of("prompts"));

    /**
     * A decision on coverage alone (the curve of before the fitted model), so drafter tests do not
     * depend on the shipped model's weights: answers at coverage 0.6 and above.
     */
    static ModelDecision coverageDecision() {
        int features = DecisionFeatures.NAMES.size();
        double[] weights = new double[features + 1];
        weights[1 + DecisionFeatures.NAMES.indexOf("coverage")] = 10;
        double[] means = new double[features];
        means[DecisionFeatures.NAMES.indexOf("coverage")] = 0.6;
        double[] ones = new double[features];
        java.util.Arrays.fill(ones, 1);
        DecisionModel model =
                new DecisionModel("test", DecisionFeatures.NAMES, means, ones, weights, 1, 0, 0.5, java.util.Map.of());
        return new ModelDecision(model, new DecisionFeatures(new QuotedPassages(3, 0.8, 0.5)), 0.5);
    }

    private Fixtures() {}

    static RetrievalResult retrieved(String question, String language) {
        return new RetrievalResult(
                question,
                language,
                List.of(new RetrievedPassage(JUSTICE, 1.6, 0.8), new RetrievedPassage(TRADE_UNION, 0.9, 0.3)),
                0.9);
    }

    static LlmProperties llm(LlmProperties.Provider provider, String baseUrl, Duration timeout) {
        LlmProperties.Endpoint endpoint = new LlmProperties.Endpoint(baseUrl, API_KEY, "test-model");
        return new LlmProperties(
                provider,
                endpoint,
                endpoint,
                timeout,
                0,
                0,
                512,
                LlmProperties.StructuredOutput.JSON_SCHEMA,
                true,
                5,
                2,
                new LlmProperties.CircuitBreakerSettings(50, 4, 4, Duration.ofMinutes(5)),
                4,
                0.5);
    }

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    /** The drafting stack of the application, the model behind {@code chat} when there is one. */
    static final class Stack {
        final Prompts prompts = Prompts.load(Path.of("does-not-exist"));
        final DraftLayout layout = new DraftLayout(prompts, new org.standingoffice.drafting.QuoteFormat(messages()));
        final ExtractiveDrafter extractive = new ExtractiveDrafter(DRAFTING, layout, Glossary::empty);
        final ResilientChat chat;
        final Drafter drafter;

        Stack(LlmProperties llm) {
            Disclosure disclosure = new Disclosure(
                    prompts.modelInstructions(),
                    List.of(llm.openai().apiKey(), llm.openai().baseUrl()));
            this.chat = llm.provider() == LlmProperties.Provider.NONE
                    ? null
                    : new ResilientChat(ChatModels.of(llm), llm.drafterName(), llm);
            Optional<Drafter> model = Optional.ofNullable(chat)
                    .map(chat -> new ChatModelDrafter(chat, extractive, prompts, layout, disclosure, llm));
            this.drafter = new GuardedDrafter(
                    new QuestionScreen(),
                    extractive,
                    model,
                    disclosure,
                    layout,
                    coverageDecision(),
                    new StaffNoteWriter(DRAFTING));
        }
    }
}
