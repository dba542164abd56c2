package org.standingoffice.drafting.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ResourceLoader;
import org.standingoffice.drafting.Assistant;
import org.standingoffice.drafting.DecisionTraining;
import org.standingoffice.drafting.Drafter;
import org.standingoffice.drafting.DraftingProperties;
import org.standingoffice.drafting.QuoteFormat;
import org.standingoffice.drafting.StaffNotesFormat;
import org.standingoffice.knowledge.KnowledgeBase;
import org.standingoffice.search.Retriever;

/**
 * Wires the drafters. With {@code office.llm.provider} unset or {@code none} there is no model
 * client at all and drafting is the extractive drafter behind the guardrails; with
 * {@code openai} or {@code ollama} the model drafts and rewrites queries, with the extractive
 * drafter as its fallback.
 */
@Configuration(proxyBeanMethods = false)
class DraftingConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(DraftingConfiguration.class);

    @Bean
    Prompts draftingPrompts(DraftingProperties properties) {
        return Prompts.load(properties.promptsDir());
    }

    @Bean
    DraftLayout draftLayout(Prompts prompts, QuoteFormat quotes) {
        return new DraftLayout(prompts, quotes);
    }

    @Bean
    QuoteFormat quoteFormat(MessageSource messages) {
        return new QuoteFormat(messages);
    }

    @Bean
    StaffNotesFormat staffNotesFormat(MessageSource messages) {
        return new StaffNotesFormat(messages);
    }

    @Bean
    QuestionScreen questionScreen() {
        return new QuestionScreen();
    }

    @Bean
    Disclosure disclosure(Prompts prompts, LlmProperties llm) {
        return new Disclosure(
                prompts.modelInstructions(),
                List.of(
                        llm.openai().apiKey(),
                        llm.openai().baseUrl(),
                        llm.ollama().apiKey(),
                        llm.ollama().baseUrl()));
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${office.llm.provider:none}'.toLowerCase() != 'none'")
    ResilientChat languageModel(LlmProperties llm) {
        return new ResilientChat(ChatModels.of(llm), llm.drafterName(), llm);
    }

    /**
     * Drafts a question in each language before the service reports ready, after the search has warmed
     * up: the guardrails, the extractive drafter, the draft's layout and messages and the decision load
     * here instead of on the first asker's question (issue 20: the first question took 2.6 times as long
     * as the tenth). Only without a language model, whose every draft is a paid call of seconds.
     */
    @Bean
    @Order(2)
    @ConditionalOnProperty(name = "office.search.warm-up", havingValue = "true", matchIfMissing = true)
    @ConditionalOnExpression("'${office.llm.provider:none}'.toLowerCase() == 'none'")
    ApplicationRunner warmUpDrafting(Assistant assistant) {
        return arguments -> WARM_UP_QUESTIONS.forEach(question -> {
            try {
                assistant.draft(question, 5);
            } catch (RuntimeException e) {
                // A warm-up only saves the first asker a wait; a failing draft stops no start, and the
                // question that meets the same failure later is kept and drafted after it is fixed.
                LOG.warn("Warming up drafting failed, the first question will be slower: {}", e.toString());
            }
        });
    }

    private static final List<String> WARM_UP_QUESTIONS = List.of(
            "Cơ quan nào hướng dẫn việc sắp xếp và hạn chót là khi nào?",
            "Which body guides the arrangement and by when?",
            "Vilket organ vägleder omorganisationen och när?");

    /** The fitted decision model, read once at start; a model that does not fit this code stops the start. */
    @Bean
    DecisionRegimes decisionModel(DraftingProperties properties, ResourceLoader resources) throws IOException {
        try (InputStream in = resources.getResource(properties.decisionModel()).getInputStream()) {
            return DecisionRegimes.read(in);
        }
    }

    /** The evidence the decision weighs, over the passages a draft quotes. */
    @Bean
    DecisionFeatures decisionFeatures(DraftingProperties properties, KnowledgeBase knowledgeBase) {
        return new DecisionFeatures(
                new QuotedPassages(
                        properties.maxQuotedPassages(),
                        properties.relatedCoverage(),
                        properties.relatedWords(),
                        knowledgeBase::glossary),
                knowledgeBase::glossary);
    }

    @Bean
    ModelDecision modelDecision(DecisionRegimes models, DecisionFeatures features, DraftingProperties properties) {
        return new ModelDecision(models, features, properties.answerThreshold());
    }

    @Bean
    DecisionTraining decisionTraining(
            DecisionRegimes models, DecisionFeatures features, DraftingProperties properties) {
        return new LogisticDecisionTraining(features, models, properties.unanswerableEscalated(), properties.regimes());
    }

    @Bean
    GuardedDrafter drafter(
            DraftingProperties properties,
            KnowledgeBase knowledgeBase,
            ModelDecision decision,
            LlmProperties llm,
            Prompts prompts,
            DraftLayout layout,
            QuestionScreen screen,
            Disclosure disclosure,
            ObjectProvider<ResilientChat> languageModel) {
        ExtractiveDrafter extractive = new ExtractiveDrafter(properties, layout, knowledgeBase::glossary);
        Optional<Drafter> model = Optional.ofNullable(languageModel.getIfAvailable())
                .map(chat -> new ChatModelDrafter(chat, extractive, prompts, layout, disclosure, llm));
        return new GuardedDrafter(
                screen, extractive, model, disclosure, layout, decision, new StaffNoteWriter(properties));
    }

    @Bean
    Assistant assistant(
            Retriever retriever,
            GuardedDrafter drafter,
            QuestionScreen screen,
            Prompts prompts,
            LlmProperties llm,
            ObjectProvider<ResilientChat> languageModel) {
        Optional<QueryRewriter> rewriter = Optional.ofNullable(languageModel.getIfAvailable())
                .filter(chat -> llm.rewriteQueries())
                .map(chat -> new QueryRewriter(chat, prompts, llm));
        return new RetrievingAssistant(retriever, drafter, screen, rewriter);
    }
}
