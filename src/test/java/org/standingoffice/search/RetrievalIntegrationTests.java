package org.standingoffice.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.standingoffice.drafting.Decision;
import org.standingoffice.drafting.Drafter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Retrieval over the shipped knowledge base, through the real Spring context and Lucene index: the
 * labelled dev set, document numbers, deadlines and page furniture.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class RetrievalIntegrationTests {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("office.data-dir", () -> dataDir.toString());
    }

    @Autowired
    Retriever retriever;

    @Autowired
    Drafter drafter;

    @Autowired
    KnowledgeIndex index;

    record DevQuestion(String id, String question, String expect, List<String> evidence) {
        @Override
        public String toString() {
            return id + ": " + question;
        }
    }

    static Stream<DevQuestion> devQuestions() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        try (InputStream in = RetrievalIntegrationTests.class.getResourceAsStream("/eval/dev-questions.jsonl")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R");
            return Stream.of(lines)
                    .filter(line -> !line.isBlank())
                    .map(line -> {
                        JsonNode node = json.readTree(line);
                        List<String> evidence = node.path("evidence")
                                .valueStream()
                                .map(JsonNode::asString)
                                .toList();
                        return new DevQuestion(
                                node.path("id").asString(),
                                node.path("q").asString(),
                                node.path("expect").asString(),
                                evidence);
                    })
                    .toList()
                    .stream();
        }
    }

    static Stream<DevQuestion> answerable() throws IOException {
        return devQuestions().filter(question -> question.expect().equals("answer"));
    }

    static Stream<DevQuestion> unanswerable() throws IOException {
        return devQuestions().filter(question -> question.expect().equals("escalate"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answerable")
    void everyAnswerableDevQuestionHasItsEvidenceInTheTopThreePassages(DevQuestion question) {
        RetrievalResult result = retriever.retrieve(question.question(), 3);

        assertThat(result.passages())
                .as("top 3 for %s", question)
                .anySatisfy(found -> assertThat(question.evidence())
                        .anySatisfy(
                                evidence -> assertThat(found.passage().text()).contains(evidence)));
        // Whether it is drafted is the decision's, measured at its operating point by eval questions.
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unanswerable")
    void everyUnanswerableDevQuestionIsEscalated(DevQuestion question) {
        RetrievalResult result = retriever.retrieve(question.question(), 5);

        assertThat(drafter.draft(result).decision()).isEqualTo(Decision.ESCALATE);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "What is the International Financial Center in Ho Chi Minh City?",
                "What did Speaker Tran Thanh Man say about local favoritism?",
                "Who took the photo of the Ninh Binh service center?",
                "How many comments does the article have?"
            })
    void pageFurnitureIsNeitherFoundNorAnswered(String question) {
        RetrievalResult result = retriever.retrieve(question, 5);

        assertThat(result.passages())
                .extracting(found -> found.passage().text())
                .noneMatch(text -> text.contains("Financial Center")
                        || text.contains("Photo:")
                        || text.contains("Foto:")
                        || text.contains("favoritism")
                        || text.contains("Comment ("));
        assertThat(drafter.draft(result).decision()).isEqualTo(Decision.ESCALATE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"183-KL/TW point 4", "183 KL TW", "kết luận 183", "Conclusion 183", "ket luan so 183"})
    void documentNumberVariantsFindTheDocument(String question) {
        RetrievalResult result = retriever.retrieve(question, 3);

        assertThat(result.passages().get(0).passage().document().number()).isEqualTo("183-KL/TW");
    }

    @Test
    void aNoticeIsFoundByItsNumberWrittenInVietnamese() {
        RetrievalResult result = retriever.retrieve("thông báo 412 của Văn phòng Chính phủ", 3);

        assertThat(result.passages().get(0).passage().document().number()).isEqualTo("412/TB-VPCP");
    }

    @Test
    void translationsOfOnePointAreFoldedIntoTheAskersLanguage() {
        RetrievalResult result = retriever.retrieve("What must the Ministry of Justice review?", 5);

        assertThat(result.passages())
                .filteredOn(found -> found.passage().section().equals("3(2)"))
                .singleElement()
                .satisfies(found ->
                        assertThat(found.passage().document().language()).isEqualTo("en"));
    }

    @Test
    void aQuestionAboutADueDateFindsThePassagesDueThen() {
        RetrievalResult result = retriever.retrieve("What is due by 31 August?", 5);

        assertThat(result.passages())
                .allSatisfy(found -> assertThat(found.passage().deadlines())
                        .anySatisfy(deadline -> assertThat(deadline.due()).isEqualTo(LocalDate.of(2025, 8, 31))));
    }

    @Test
    void deadlinesAreListedWithTheBodyResponsible() {
        List<DueItem> due = index.deadlines(LocalDate.of(2025, 8, 31), "en");

        assertThat(due)
                .anySatisfy(item -> {
                    assertThat(item.section()).isEqualTo("3(2)");
                    assertThat(item.deadline().responsible()).contains("Ministry of Justice");
                })
                .anySatisfy(item -> assertThat(item.deadline().dayOfMonth()).isEqualTo(25))
                .allSatisfy(item -> assertThat(item.language()).isEqualTo("en"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Văn phòng thường trực của tỉnh hoạt động đến khi nào?"
                        + "|cho e hoi vptt cua tinh hoat dong den khi nao vay a",
                "Báo cáo gửi Ban Tổ chức Trung ương chậm nhất ngày nào trong tháng?"
                        + "|bc gui btc tw cham nhat ngay nao trong thang a",
                "Bộ Tư pháp phải rà soát những quy định nào?|da btp phai ra soat nhung quy dinh nao vay a",
                "Ai chịu trách nhiệm hướng dẫn quản lý tài chính, tài sản công?"
                        + "|anh chi oi ai chiu trach nhiem huong dan quan ly tai chinh tai san cong nhe"
            })
    void aPhoneTypedVietnameseQuestionFindsWhatItsAccentedFormFinds(String accented, String phoneTyped) {
        RetrievalResult typed = retriever.retrieve(phoneTyped, 3);
        RetrievalResult written = retriever.retrieve(accented, 3);

        assertThat(typed.reading().language()).isEqualTo("vi");
        assertThat(typed.reading().withoutDiacritics()).isTrue();
        assertThat(typed.reading().answerType()).isEqualTo(written.reading().answerType());
        assertThat(typed.passages().get(0).passage().id())
                .isEqualTo(written.passages().get(0).passage().id());
    }

    @Test
    void anEnglishQuestionWithSlipsIsReadAsIfSpelledRight() {
        RetrievalResult typed = retriever.retrieve("Who has to issue guidence on financial managment?", 3);

        assertThat(typed.reading().normalised()).isEqualTo("Who has to issue guidance on financial management?");
        assertThat(typed.passages().get(0).passage().id())
                .isEqualTo(retriever
                        .retrieve("Who has to issue guidance on financial management?", 3)
                        .passages()
                        .get(0)
                        .passage()
                        .id());
    }

    @Test
    void confidenceIsAProbability() {
        assertThat(retriever.retrieve("trade union finances", 3).confidence()).isBetween(0.0, 1.0);
        assertThat(retriever.retrieve("   ", 3).confidence()).isZero();
    }
}
