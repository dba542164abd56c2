package org.standingoffice.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.standingoffice.knowledge.Glossary;
import org.standingoffice.knowledge.TypingHabits;
import org.standingoffice.knowledge.internal.GlossaryReader;
import org.standingoffice.knowledge.internal.TypingHabitsReader;
import org.standingoffice.search.AnswerType;
import org.standingoffice.search.QuestionReading;
import org.standingoffice.search.SearchProperties;

/**
 * Questions as officials type them on a phone, read with the shipped {@code question-typing.yaml}
 * and {@code glossary.yaml} over a small index of English text.
 */
class QuestionReaderTests {

    private static final Path KNOWLEDGE_BASE = Path.of("knowledge-base");

    static DirectoryReader index;
    static ReadingRules rules;
    /** Provinces by their spelling without diacritics and spaces, as the places module compares them. */
    static final Set<String> PROVINCES = Set.of("danang", "hanoi", "laocai", "ninhbinh");

    final QuestionReader reader = new QuestionReader(
            new QuestionLanguage(),
            SearchProperties.Reading.DEFAULTS,
            name -> PROVINCES.contains(Glossary.fold(name).replace(" ", "")));

    @BeforeAll
    static void indexEnglishText() throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(TextAnalyzers.perField()))) {
            for (String text : new String[] {
                "Ministries shall issue guidance on financial management and public assets.",
                "The Standing Offices operate from now until October 2025.",
                "Guidance on the management of assets of merged communes is issued by the Ministry of Finance."
            }) {
                Document doc = new Document();
                doc.add(new TextField(TextAnalyzers.FOLDED, text, Field.Store.NO));
                doc.add(new TextField(TextAnalyzers.TEXT_EN, text, Field.Store.NO));
                writer.addDocument(doc);
            }
        }
        index = DirectoryReader.open(directory);
        Glossary glossary = new GlossaryReader().read(KNOWLEDGE_BASE.resolve("glossary.yaml"));
        TypingHabits habits = new TypingHabitsReader().read(KNOWLEDGE_BASE.resolve("question-typing.yaml"));
        rules = ReadingRules.build(habits, glossary, index, SearchProperties.Reading.DEFAULTS);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    private QuestionReading read(String question) {
        return reader.read(question, rules, index);
    }

    @Test
    void dropsPolitenessAndTrailingParticles() {
        QuestionReading reading = read("Dạ cho em hỏi Văn phòng thường trực của tỉnh hoạt động đến khi nào vậy ạ?");

        assertThat(reading.normalised()).isEqualTo("Văn phòng thường trực của tỉnh hoạt động đến khi nào?");
        assertThat(reading.asTyped()).startsWith("Dạ cho em hỏi");
        assertThat(reading.language()).isEqualTo("vi");
        assertThat(reading.answerType()).isEqualTo(AnswerType.DATE);
    }

    @Test
    void dropsTheCallToWhoeverReadsItAsTypedOnAPhone() {
        assertThat(read("a oi bo chinh tri hop bao lau vay").normalised()).isEqualTo("bộ chính trị họp bao lâu");
        assertThat(read("Chị ơi, văn phòng thường trực hoạt động đến khi nào ạ?")
                        .normalised())
                .isEqualTo("văn phòng thường trực hoạt động đến khi nào?");
    }

    @Test
    void expandsPhoneShorthandAndRestoresDiacriticsWhereTheVocabularyAllowsOneReading() {
        QuestionReading reading = read("anh chi oi cho e hoi vptt hoat dong den khi nao vay a");

        assertThat(reading.normalised()).isEqualTo("Văn phòng thường trực hoạt động đến khi nào");
        assertThat(reading.withoutDiacritics()).isTrue();
        assertThat(reading.answerType()).isEqualTo(AnswerType.DATE);
    }

    @Test
    void expandsNegationAndPermissionShorthand() {
        QuestionReading reading = read("xa co dc giu lai tru so cu ko a");

        assertThat(reading.normalised()).contains("được").contains("không").doesNotEndWith(" a");
        assertThat(reading.answerType()).isEqualTo(AnswerType.PERMISSION);
    }

    @Test
    void expandsAcronymsTypedInLowerCase() {
        QuestionReading reading = read("bao cao gui btc tw cham nhat ngay nao");

        assertThat(reading.normalised()).contains("Ban Tổ chức Trung ương").contains("báo cáo");
        assertThat(reading.answerType()).isEqualTo(AnswerType.DATE);
    }

    @Test
    void leavesAmbiguousSyllablesAsTyped() {
        // "tinh" is "tỉnh" (province) in "cấp tỉnh" and "tinh" in "tinh gọn": alone it stays plain.
        QuestionReading reading = read("tinh nao phai bao cao");

        assertThat(reading.normalised()).startsWith("tinh ");
    }

    @Test
    void keepsALegalPointLetterThatLooksLikeShorthand() {
        QuestionReading reading = read("diem e khoan 2 quy dinh gi");

        assertThat(reading.normalised()).contains(" e ").doesNotContain(" em ");
    }

    @Test
    void correctsEnglishSlipsAgainstTheIndexedWords() {
        QuestionReading reading = read("Who has to issue guidence on financial managment of assets?");

        assertThat(reading.normalised()).isEqualTo("Who has to issue guidance on financial management of assets?");
        assertThat(reading.answerType()).isEqualTo(AnswerType.BODY);
    }

    @Test
    void leavesSwedishAsTypedSinceItsCompoundsAreRarelyIndexed() {
        String question = "Senast vilken dag i månaden ska rapporterna skickas till organisationskommittén?";

        assertThat(read(question).normalised()).isEqualTo(question);
    }

    @Test
    void neverReplacesAWordWithDiacriticsByItsFoldedForm() {
        assertThat(read("Who guides the fiancée of the Ministry of Finance?").normalised())
                .isEqualTo("Who guides the fiancée of the Ministry of Finance?");
    }

    @Test
    void leavesEnglishWordsTheIndexHasAlone() {
        QuestionReading reading = read("Until when do the Standing Offices operate?");

        assertThat(reading.normalised()).isEqualTo("Until when do the Standing Offices operate?");
        assertThat(reading.answerType()).isEqualTo(AnswerType.DATE);
    }

    @Test
    void findsTheYearsAndPlacesTheQuestionNames() {
        QuestionReading reading = read("Tỉnh Lào Cai tổ chức đại hội xã trước năm 2030 không?");

        assertThat(reading.years()).containsExactly(2030);
        assertThat(reading.places()).containsExactly("Lào Cai");
    }

    @Test
    void findsAProvinceNamedWithoutItsKindOnlyWhenItsWordsAreCapitalised() {
        assertThat(read("When did Da Nang finish its commune Party congresses?").places())
                .containsExactly("Da Nang");
        assertThat(read("Hà Nội và Tỉnh Lào Cai đã xong đại hội chưa?").places())
                .containsExactly("Lào Cai", "Hà Nội");
        assertThat(read("ha noi co bao nhieu xa").places()).isEmpty();
        assertThat(read("What did the Central Organization Commission report?").places())
                .isEmpty();
    }

    @Test
    void expandsTheGlossarysAbbreviationsTypedInAnyCaseButNotInsideDocumentNumbers() {
        QuestionReading reading = read("a/c oi hoan thien dvc truc tuyen theo KH 56-KH/BCĐ han khi nao vay a/c");

        assertThat(reading.normalised())
                .startsWith("hoàn thiện dịch vụ công trực tuyến")
                .contains("kế hoạch 56-KH/BCĐ")
                .doesNotContain("anh chị");
    }

    @Test
    void leavesAnAbbreviationWithAlternativeExpansionsAsTyped() {
        assertThat(read("BTC ban hanh huong dan gi").normalised()).startsWith("BTC ");
    }

    @Test
    void spellsOutHyphenatedPairsOfFieldsNotTheirHalves() {
        // "CT" alone is a directive or a chairman; "CT-XH" is socio-political.
        assertThat(read("ai huong dan phoi hop giua MTTQ vs cac to chuc CT-XH cap xa")
                        .normalised())
                .contains("tổ chức chính trị - xã hội cấp xã");
        assertThat(read("phát triển KT-XH của xã").normalised()).contains("kinh tế - xã hội");
    }

    @Test
    void keepsTheQuestionWhenItIsAllFiller() {
        assertThat(read("dạ vâng ạ").normalised()).isEqualTo("dạ vâng ạ");
    }

    @Test
    void readsVcAfterNghiAsViecAndBesideCcAsVienChuc() {
        assertThat(read("cc vc nghỉ vc thì dc hưởng chế độ j").normalised())
                .startsWith("công chức, viên chức nghỉ việc thì được hưởng chế độ gì");
        assertThat(read("nlđ lm vc theo hợp đồng thì bnhieu tiền").normalised())
                .startsWith("người lao động làm việc theo hợp đồng thì bao nhiêu");
    }

    @Test
    void leavesEnglishQuestionsWhoseWordsLookLikeShorthandEnglish() {
        for (String question :
                new String[] {"What did Ms Lan say about 412/TB-VPCP?", "Who should be cc'd on the monthly report?"}) {
            QuestionReading reading = read(question);

            assertThat(reading.language()).as(question).isEqualTo("en");
            assertThat(reading.normalised()).isEqualTo(question);
        }
    }

    @Test
    void expandsShorthandAroundADocumentNumberButNotInsideIt() {
        assertThat(read("qđ 89-QĐ/TW ban hành khi nào hông ạ").normalised())
                .isEqualTo("quy định 89-QĐ/TW ban hành khi nào không");
    }

    @Test
    void dropsTheAskersOwnSituationBesideTheClauseThatAsks() {
        assertThat(read("Dạ em chào anh chị, em là cán bộ văn phòng ở xã mới sáp nhập, cho em hỏi báo cáo"
                                + " hằng tháng gửi Ban Tổ chức Trung ương thì hạn chót là ngày bao nhiêu ạ?")
                        .normalised())
                .isEqualTo("báo cáo hằng tháng gửi Ban Tổ chức Trung ương thì hạn chót là ngày bao nhiêu?");
        assertThat(read("Văn phòng thường trực hoạt động đến khi nào ạ, xã em cần biết để còn gửi kiến nghị ạ.")
                        .normalised())
                .isEqualTo("Văn phòng thường trực hoạt động đến khi nào");
        assertThat(read("xa e chua co du chu ky so, KL 183 co noi j ve chu ky so ko a")
                        .normalised())
                .doesNotContain("xã em")
                .startsWith("kết luận 183");
    }

    @Test
    void keepsTheAskersSituationWhenItIsTheQuestion() {
        assertThat(read("xã em có được giữ lại trụ sở cũ không").normalised())
                .isEqualTo("xã em có được giữ lại trụ sở cũ không");
        assertThat(read("em là công chức xã thì có được nghỉ hưu trước tuổi không")
                        .normalised())
                .contains("em là công chức xã");
    }

    @Test
    void readsAnAbbreviationWithSeveralMeaningsAsNoPlace() {
        QuestionReading reading = read("lay y kien nd ve sua doi HP 2013 do dang uy nao chu tri a");

        assertThat(reading.places()).isEmpty();
        assertThat(reading.normalised()).contains("ý kiến nhân dân").contains("sửa đổi Hiến pháp 2013");
    }

    @Test
    void readsWhereAsAskingForAPlaceAndTheDeadlineInPhoneShorthand() {
        assertThat(read("Các cuộc họp hằng tháng của Bộ Chính trị được tổ chức ở đâu ạ?")
                        .answerType())
                .isEqualTo(AnswerType.PLACE);
        assertThat(read("co cau ngan sach cho CQDP cac cap co dc doi moi ko, han bn a")
                        .answerType())
                .isEqualTo(AnswerType.DATE);
        assertThat(read("BCT BBT hop dinh ky may lan 1 thang").answerType()).isEqualTo(AnswerType.DATE);
    }
}
