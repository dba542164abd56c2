package org.standingoffice.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
 * read, with the count {@code eval questions} reports ({@link VocabularyCount}), and how many of
 * their foci it knows. Only the dev files: the held-out ones are never used to grow the glossary.
 */
class GlossaryCoverageTests {

    private static final Path DEV = Path.of("src/test/resources/eval/questions-dev.jsonl");
    private static final Path DEV_B = Path.of("src/test/resources/eval/questions-dev-b.jsonl");

    private final Glossary glossary = new GlossaryReader().read(Path.of("knowledge-base/glossary.yaml"));
    private DirectoryReader index;
    private ReadingRules rules;

    @BeforeEach
    void emptyIndex() throws IOException {
        ByteBuffersDirectory empty = new ByteBuffersDirectory();
        new IndexWriter(empty, new IndexWriterConfig()).close();
        index = DirectoryReader.open(empty);
        TypingHabits habits = new TypingHabitsReader().read(Path.of("knowledge-base/question-typing.yaml"));
        rules = ReadingRules.build(habits, glossary, index, SearchProperties.Reading.DEFAULTS);
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void theGlossaryMapsMostContentWordsOfVietnameseDevQuestions() throws IOException {
        Map<String, QuestionVocabulary> byGroup = new TreeMap<>();
        QuestionParser parser = new QuestionParser(new QuestionLanguage(), LocalDate::now);
        VocabularyCount count = new VocabularyCount();
        for (Read read : readVietnamese(List.of(DEV))) {
            QuestionReading reading = read.reading();
            QuestionVocabulary words = count.of(reading.normalised(), parser.parse(reading, glossary), glossary, index);
            byGroup.merge(read.group(), words, QuestionVocabulary::plus);
            byGroup.merge("all", words, QuestionVocabulary::plus);
        }
        byGroup.forEach((group, words) -> System.out.printf(
                "glossary coverage %-16s %4d of %4d content words mapped (%.0f %%)%n",
                group, words.mapped(), words.words(), 100 * words.mappedShare()));
        assertThat(byGroup.get("all").mappedShare()).isGreaterThan(0.8);
        assertThat(byGroup.get("vi-nodiacritics").mappedShare())
                .as("questions typed without diacritics are read into the glossary's words")
                .isGreaterThan(0.8);
    }

    /**
     * Over English and Swedish passages a Vietnamese focus is judged only through the glossary, so
     * the things officials ask for ("hệ số lương", "lệ phí", "mẫu biểu") must be concepts, whether or
     * not a document holds them: one no document holds is what tells an on-topic unanswerable
     * question from an answerable one. An eighth may be unknown: what stands before "(như) thế nào"
     * is at times the tail of a longer name ("hành lang <u>pháp lý</u>", "Cổng Dịch vụ công <u>quốc
     * gia</u>"), which the glossary knows whole.
     */
    @Test
    void theGlossaryKnowsTheFocusOfVietnameseDevQuestions() throws IOException {
        List<String> foci = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (Read read : readVietnamese(List.of(DEV, DEV_B))) {
            for (String focus : read.reading().focus()) {
                foci.add(focus);
                if (glossary.termsIn(focus).isEmpty()) {
                    unknown.add(focus);
                }
            }
        }
        System.out.printf(
                "glossary knows %d of %d Vietnamese foci; not: %s%n",
                foci.size() - unknown.size(), foci.size(), unknown);
        assertThat(foci).hasSizeGreaterThan(30);
        assertThat(unknown.size()).isLessThanOrEqualTo(foci.size() / 8);
    }

    private record Read(String group, QuestionReading reading) {}

    private List<Read> readVietnamese(List<Path> files) throws IOException {
        QuestionReader reader =
                new QuestionReader(new QuestionLanguage(), SearchProperties.Reading.DEFAULTS, name -> false);
        JsonMapper json = JsonMapper.builder().build();
        List<Read> read = new ArrayList<>();
        for (Path file : files) {
            for (String line : Files.readAllLines(file)) {
                JsonNode item = json.readTree(line);
                if (item.path("lang").asString().equals("vi")) {
                    read.add(new Read(
                            item.path("group").asString(),
                            reader.read(item.path("q").asString(), rules, index)));
                }
            }
        }
        return read;
    }
}
