package org.standingoffice.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.standingoffice.knowledge.Glossary;
import org.standingoffice.knowledge.TypingHabits;
import org.standingoffice.knowledge.internal.GlossaryReader;
import org.standingoffice.knowledge.internal.TypingHabitsReader;
import org.standingoffice.search.QuestionReading;
import org.standingoffice.search.QuestionVocabulary;
import org.standingoffice.search.SearchProperties;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures what share of the content words of the Vietnamese questions of the labelled dev set the
 * glossary maps to a concept (and so to the English and Swedish documents), after the question is
 * read, with the count {@code eval questions} reports ({@link VocabularyCount}). Only the dev file:
 * the held-out one is never used to grow the glossary.
 */
class GlossaryCoverageTests {

    private static final Path DEV = Path.of("src/test/resources/eval/questions-dev.jsonl");

    @Test
    void theGlossaryMapsMostContentWordsOfVietnameseDevQuestions() throws IOException {
        Glossary glossary = new GlossaryReader().read(Path.of("knowledge-base/glossary.yaml"));
        TypingHabits habits = new TypingHabitsReader().read(Path.of("knowledge-base/question-typing.yaml"));
        ByteBuffersDirectory empty = new ByteBuffersDirectory();
        new IndexWriter(empty, new IndexWriterConfig()).close();
        Map<String, QuestionVocabulary> byGroup = new TreeMap<>();
        try (DirectoryReader index = DirectoryReader.open(empty)) {
            ReadingRules rules = ReadingRules.build(habits, glossary, index, SearchProperties.Reading.DEFAULTS);
            QuestionLanguage languages = new QuestionLanguage();
            QuestionReader reader = new QuestionReader(languages, SearchProperties.Reading.DEFAULTS, name -> false);
            QuestionParser parser = new QuestionParser(languages, LocalDate::now);
            VocabularyCount count = new VocabularyCount();
            JsonMapper json = JsonMapper.builder().build();
            for (String line : Files.readAllLines(DEV)) {
                JsonNode item = json.readTree(line);
                if (!item.path("lang").asString().equals("vi")) {
                    continue;
                }
                QuestionReading reading = reader.read(item.path("q").asString(), rules, index);
                QuestionVocabulary words =
                        count.of(reading.normalised(), parser.parse(reading, glossary), glossary, index);
                byGroup.merge(item.path("group").asString(), words, QuestionVocabulary::plus);
                byGroup.merge("all", words, QuestionVocabulary::plus);
            }
        }
        byGroup.forEach((group, words) -> System.out.printf(
                "glossary coverage %-16s %4d of %4d content words mapped (%.0f %%)%n",
                group, words.mapped(), words.words(), 100 * words.mappedShare()));
        assertThat(byGroup.get("all").mappedShare()).isGreaterThan(0.8);
        assertThat(byGroup.get("vi-nodiacritics").mappedShare())
                .as("questions typed without diacritics are read into the glossary's words")
                .isGreaterThan(0.8);
    }
}
