package org.standingoffice.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Detection accuracy on the labelled dev questions (short vi/en/sv questions, Vietnamese with and
 * without diacritics). Issue 20 measured it when the detector was cut from ten languages to the three
 * the office meets: the floors below are those figures, so a smaller detector that reads worse fails.
 */
class QuestionLanguageTests {

    private static final QuestionLanguage LANGUAGES = new QuestionLanguage();
    private static final List<Labelled> DEV = new ArrayList<>();

    record Labelled(String group, String language, String text) {}

    @BeforeAll
    static void readDevQuestions() throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (InputStream in = QuestionLanguageTests.class.getResourceAsStream("/eval/questions-dev.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    JsonNode q = json.readTree(line);
                    DEV.add(new Labelled(
                            q.get("group").asText(),
                            q.get("lang").asText(),
                            q.get("q").asText()));
                }
            }
        }
    }

    @Test
    void readsTheDevQuestionsInTheirOwnLanguageAtLeastAsWellAsTheTenLanguageDetector() {
        Map<String, int[]> byLanguage = new TreeMap<>();
        Map<String, int[]> byGroup = new TreeMap<>();
        for (Labelled q : DEV) {
            boolean right = LANGUAGES.detect(q.text()).equals(q.language());
            count(byLanguage, q.language(), right);
            count(byGroup, q.group() + " (" + q.language() + ")", right);
        }
        byGroup.forEach(
                (group, counts) -> System.out.printf("language detection, %s: %d/%d%n", group, counts[0], counts[1]));

        // Ten languages (with French, German, Russian, Chinese, Japanese, Korean, Thai) read vi 124/134,
        // en 99/101, sv 17/18: French won on Vietnamese typed without diacritics. The three languages'
        // full models read vi 126/134; their trigram models alone (low accuracy mode) 131/134. On the
        // grown set of 333, a list of common syllables read vi 176/177 and en 136/138 (a "BCĐ" in a plan
        // number made two English questions Vietnamese); the shape of a Vietnamese syllable reads all.
        assertThat(byLanguage.get("vi")[0])
                .as("vi of %d", byLanguage.get("vi")[1])
                .isGreaterThanOrEqualTo(177);
        assertThat(byLanguage.get("en")[0])
                .as("en of %d", byLanguage.get("en")[1])
                .isGreaterThanOrEqualTo(138);
        assertThat(byLanguage.get("sv")[0])
                .as("sv of %d", byLanguage.get("sv")[1])
                .isGreaterThanOrEqualTo(18);
    }

    @Test
    void readsVietnameseLettersWithoutTheModelAndPlainAsciiWordsAsEnglish() {
        assertThat(LANGUAGES.detect("Ai hướng dẫn quản lý tài chính công đoàn?"))
                .isEqualTo("vi");
        assertThat(LANGUAGES.detect("cho e hoi vptt cua tinh hoat dong den khi nao vay a"))
                .isEqualTo("vi");
        assertThat(LANGUAGES.detect("Who must guide the financial management of trade union assets?"))
                .isEqualTo("en");
        assertThat(LANGUAGES.detect("Hur ofta möts politbyrån och sekretariatet?"))
                .isEqualTo("sv");
    }

    @Test
    void readsPlainVietnameseByTheShapeOfItsSyllablesAndCodesAsNeitherLanguage() {
        assertThat(LANGUAGES.detect("sap xep dieu dong can bo giua cac xa phuong nhu the nao"))
                .isEqualTo("vi");
        assertThat(LANGUAGES.detect("kinh phi chi tra che do cho nguoi nghi viec do sap xep lay tu dau"))
                .isEqualTo("vi");
        assertThat(LANGUAGES.detect("standing office cua tinh hoat dong den khi nao"))
                .isEqualTo("vi");
        // "BCĐ" in a plan's number is no Vietnamese sentence.
        assertThat(LANGUAGES.detect("What is the date of Plan No. 56-KH/BCĐ of the Central Steering Committee?"))
                .isEqualTo("en");
        assertThat(LANGUAGES.detect("Vilket datum har plan nr 02-KH/BCĐTW?")).isEqualTo("sv");
        assertThat(LANGUAGES.detect("Can the commune pay them to go on training?"))
                .isEqualTo("en");
    }

    private static void count(Map<String, int[]> counts, String key, boolean right) {
        int[] c = counts.computeIfAbsent(key, k -> new int[2]);
        c[1]++;
        if (right) {
            c[0]++;
        }
    }
}
