package org.standingoffice.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.standingoffice.knowledge.Glossary;
import org.standingoffice.knowledge.GlossaryTerm;
import org.standingoffice.knowledge.TypingHabits;
import org.standingoffice.knowledge.internal.GlossaryReader;
import org.standingoffice.knowledge.internal.TypingHabitsReader;
import org.standingoffice.search.QuestionReading;
import org.standingoffice.search.SearchProperties;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures what share of the content words of the Vietnamese questions of the labelled dev set the
 * glossary maps to a concept (and so to the English and Swedish documents), after the question is
 * read. Content words: the question's folded syllables except function words, question words,
 * numbers and politeness. Only the dev file: the held-out one is never used to grow the glossary.
 */
class GlossaryCoverageTests {

    private static final Path DEV = Path.of("src/test/resources/eval/questions-dev.jsonl");
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "ai", "anh", "bao", "bo", "cac", "can", "chi", "cho", "co", "cua", "da", "dang", "de", "den", "do", "duoc",
            "em", "gi", "gio", "hay", "hoac", "hoi", "khi", "khong", "la", "lam", "lan", "luc", "ma", "may", "minh",
            "mot", "nao", "nay", "nhieu", "nhu", "nhung", "nua", "o", "phai", "ra", "roi", "sao", "se", "tai", "the",
            "thi", "thoi", "tu", "toi", "trong", "truoc", "va", "vao", "vay", "ve", "vi", "voi", "xin", "a", "ntn",
            "sau", "theo", "tren", "duoi", "con", "cung", "deu", "rat", "chua", "ngay", "thang", "nam", "diem");

    @Test
    void theGlossaryMapsMostContentWordsOfVietnameseDevQuestions() throws IOException {
        Glossary glossary = new GlossaryReader().read(Path.of("knowledge-base/glossary.yaml"));
        TypingHabits habits = new TypingHabitsReader().read(Path.of("knowledge-base/question-typing.yaml"));
        ByteBuffersDirectory empty = new ByteBuffersDirectory();
        new IndexWriter(empty, new IndexWriterConfig()).close();
        Map<String, int[]> byGroup = new TreeMap<>();
        Map<String, Integer> unmapped = new HashMap<>();
        try (DirectoryReader index = DirectoryReader.open(empty)) {
            ReadingRules rules = ReadingRules.build(habits, glossary, index, SearchProperties.Reading.DEFAULTS);
            QuestionReader reader =
                    new QuestionReader(new QuestionLanguage(), SearchProperties.Reading.DEFAULTS, name -> false);
            JsonMapper json = JsonMapper.builder().build();
            for (String line : Files.readAllLines(DEV)) {
                JsonNode item = json.readTree(line);
                if (!item.path("lang").asString().equals("vi")) {
                    continue;
                }
                QuestionReading reading = reader.read(item.path("q").asString(), rules, index);
                int[] counts = byGroup.computeIfAbsent(item.path("group").asString(), group -> new int[2]);
                count(reading.normalised(), glossary, counts, unmapped);
                count(reading.normalised(), glossary, byGroup.computeIfAbsent("all", group -> new int[2]), null);
            }
        }
        byGroup.forEach((group, counts) -> System.out.printf(
                "glossary coverage %-16s %4d of %4d content words mapped (%.0f %%)%n",
                group, counts[0], counts[1], 100.0 * counts[0] / counts[1]));
        System.out.println("most frequent unmapped: "
                + unmapped.entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                        .limit(40)
                        .toList());
        int[] all = byGroup.get("all");
        assertThat((double) all[0] / all[1]).isGreaterThan(0.5);
    }

    /** Adds the question's mapped and all content words to {@code counts}. */
    private static void count(String question, Glossary glossary, int[] counts, Map<String, Integer> unmapped) {
        List<String> words = Arrays.asList(Glossary.fold(question).split(" "));
        boolean[] mapped = new boolean[words.size()];
        for (GlossaryTerm term : glossary.termsIn(question)) {
            term.allVariants().map(Glossary::fold).forEach(variant -> mark(words, variant, mapped));
        }
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.isEmpty() || FUNCTION_WORDS.contains(word) || word.chars().anyMatch(Character::isDigit)) {
                continue;
            }
            counts[1]++;
            if (mapped[i]) {
                counts[0]++;
            } else if (unmapped != null) {
                unmapped.merge(word, 1, Integer::sum);
            }
        }
    }

    private static void mark(List<String> words, String variant, boolean[] mapped) {
        List<String> syllables = new ArrayList<>(Arrays.asList(variant.split(" ")));
        for (int start = 0; start + syllables.size() <= words.size(); start++) {
            if (words.subList(start, start + syllables.size()).equals(syllables)) {
                for (int k = start; k < start + syllables.size(); k++) {
                    mapped[k] = true;
                }
            }
        }
    }
}
