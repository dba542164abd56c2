package org.standingoffice.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.standingoffice.places.AdministrativeUnits;
import org.standingoffice.search.KnowledgeIndex;
import org.standingoffice.search.ScratchIndexes;
import org.standingoffice.search.SearchProperties;

/** Wires the index and the search engine. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
class SearchConfiguration {

    @Bean(destroyMethod = "close")
    LucenePassageIndex lucenePassageIndex(SearchProperties properties) {
        try {
            Files.createDirectories(properties.indexDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the index folder " + properties.indexDir(), e);
        }
        return new LucenePassageIndex(
                properties.indexDir(), new SyllableScoring(properties.lexical().syllables()));
    }

    /** One detector for retrieval and for channels that answer in the question's language. */
    @Bean
    QuestionLanguage questionLanguage() {
        return new QuestionLanguage();
    }

    @Bean
    SearchEngine searchEngine(
            LucenePassageIndex index,
            QuestionLanguage languages,
            SearchProperties properties,
            Clock clock,
            ZoneId officeZone,
            AdministrativeUnits units) {
        return new SearchEngine(
                index, languages, properties, () -> LocalDate.now(clock.withZone(officeZone)), units::isProvince);
    }

    /** Scratch indexes in {@code <index-dir>-scratch}, beside the service's own. */
    @Bean
    ScratchIndexes scratchIndexes(SearchProperties properties, QuestionLanguage languages) {
        Path indexDir = properties.indexDir().toAbsolutePath();
        return new LuceneScratchIndexes(
                indexDir.resolveSibling(indexDir.getFileName() + "-scratch"), languages, properties);
    }

    /** Brings the index in line with the knowledge base before anything else runs. */
    @Bean
    @Order(0)
    ApplicationRunner indexOnStartup(SearchProperties properties, KnowledgeIndex index) {
        return arguments -> {
            if (properties.indexOnStartup()) {
                index.reindex();
            }
        };
    }

    /**
     * Answers a question in each language before the service reports ready, after the index is in line:
     * Lingua's models, the spelling and reading caches are loaded here instead
     * of on the first asker's question (issue 20: the first question took 1 s, the first English one
     * 2.5 s, the tenth 0.3 s). Off in contexts that never answer ({@code office.search.warm-up=false}).
     */
    @Bean
    @Order(1)
    @ConditionalOnProperty(name = "office.search.warm-up", havingValue = "true", matchIfMissing = true)
    ApplicationRunner warmUpBeforeReadiness(SearchEngine engine) {
        return arguments -> WARM_UP_QUESTIONS.forEach(question -> engine.retrieve(question, 3));
    }

    private static final List<String> WARM_UP_QUESTIONS = List.of(
            "Ai chịu trách nhiệm hướng dẫn và hạn chót là khi nào?",
            "ai chiu trach nhiem huong dan va han chot la khi nao",
            "Who is responsible for the guidance and what is the deadline?",
            "Vem ansvarar för vägledningen och när är tidsfristen?");
}
