package org.standingoffice.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.standingoffice.drafting.Escalation;

class LabelsTests {

    final Labels labels = new Labels(messages(), office -> "central".equals(office) ? "Văn phòng Thường trực" : office);

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @BeforeEach
    void vietnamese() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
    }

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void saysTheDesksAuditDetailsInTheReadersLanguage() {
        assertThat(labels.detail("DRAFTED", "drafter extractive, confidence 0.73"))
                .isEqualTo("trích từ văn bản, độ tin cậy 73 % (trung bình)");
        assertThat(labels.detail("ESCALATED", "drafter extractive: NOT_IN_DOCUMENTS"))
                .isEqualTo("trích từ văn bản: văn bản không đề cập");
        assertThat(labels.detail("ESCALATED", "drafter openai:gpt-4o-mini: PROMPT_INJECTION"))
                .isEqualTo("mô hình ngôn ngữ gpt-4o-mini soạn: cố thay đổi chỉ dẫn của trợ lý");
        assertThat(labels.detail("RECEIVED", "office central")).isEqualTo("văn phòng: Văn phòng Thường trực");
        assertThat(labels.detail("ASSIGNED", "from lan to mai")).isEqualTo("từ lan sang mai");
        assertThat(labels.detail("ANSWERED", "approved unchanged; register no. 12"))
                .isEqualTo("duyệt nguyên dự thảo; số đăng ký 12");
        assertThat(labels.detail("ESCALATED", "draft rejected: sai văn bản")).isEqualTo("từ chối dự thảo: sai văn bản");
    }

    @Test
    void leavesWhatStaffWroteAsItIs() {
        assertThat(labels.detail("ESCALATED", "cần hỏi Sở Nội vụ")).isEqualTo("cần hỏi Sở Nội vụ");
        assertThat(labels.detail("NOTE", "office hours changed")).isEqualTo("office hours changed");
    }

    @Test
    void namesTheSystemAndAskersInWords() {
        assertThat(labels.actor("system")).isEqualTo("hệ thống");
        assertThat(labels.actor("api:xa.anbinh")).isEqualTo("người hỏi (API: xa.anbinh)");
        assertThat(labels.actor("mai")).isEqualTo("mai");
        assertThat(labels.actor("odd:name")).as("not a channel").isEqualTo("odd:name");
    }

    @Test
    void writesSectionLabelsAndCodesInWords() {
        assertThat(labels.section("para. 3")).isEqualTo("đoạn 3");
        assertThat(labels.section("4(2)")).isEqualTo("4(2)");
        assertThat(labels.documentType("conclusion")).isEqualTo("kết luận");
        assertThat(labels.documentType("memo")).as("unknown: as stored").isEqualTo("memo");
        assertThat(labels.language("en")).isEqualTo("tiếng Anh");
        assertThat(labels.channel("telegram")).isEqualTo("Telegram");
        assertThat(labels.confidenceShort(0.5)).isEqualTo("50 % · trung bình");
        assertThat(labels.confidenceShort(0.49)).isEqualTo("49 % · thấp");
    }

    @Test
    void guardrailsStandOutButAMissingAnswerDoesNot() {
        assertThat(labels.guardrail(Escalation.PROMPT_INJECTION)).isTrue();
        assertThat(labels.guardrail(Escalation.PERSONAL_DATA)).isTrue();
        assertThat(labels.guardrail(Escalation.OUT_OF_SCOPE)).isTrue();
        assertThat(labels.guardrail(Escalation.NOT_IN_DOCUMENTS)).isFalse();
        assertThat(labels.guardrail(null)).isFalse();
    }
}
