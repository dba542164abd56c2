package org.standingoffice.search.internal;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.standingoffice.search.KnowledgeIndex;
import org.standingoffice.search.SearchProperties;

/** Wires the index, the in-process embedding model and the search engine. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
class SearchConfiguration {

    @Bean
    PassageEmbedder passageEmbedder(SearchProperties properties) {
        return new PassageEmbedder(new AllMiniLmL6V2QuantizedEmbeddingModel(), embeddedLanguages(properties));
    }

    @Bean(destroyMethod = "close")
    LucenePassageIndex lucenePassageIndex(SearchProperties properties, PassageEmbedder embedder) {
        try {
            Files.createDirectories(properties.indexDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the index folder " + properties.indexDir(), e);
        }
        return new LucenePassageIndex(properties.indexDir(), embedder);
    }

    @Bean
    SearchEngine searchEngine(LucenePassageIndex index, PassageEmbedder embedder, SearchProperties properties) {
        return new SearchEngine(index, embedder, new QuestionLanguage(), properties);
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

    static java.util.Set<String> embeddedLanguages(SearchProperties properties) {
        return properties.vectorWeights().entrySet().stream()
                .filter(entry -> entry.getValue() > 0)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }
}
