package org.standingoffice.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.standingoffice.desk.Actor;
import org.standingoffice.desk.AuditAction;
import org.standingoffice.desk.AuditEvent;
import org.standingoffice.desk.AuditEvent.Facts;
import org.standingoffice.desk.QuestionId;
import org.standingoffice.drafting.ConfidenceLevel;
import org.standingoffice.drafting.Escalation;
import org.standingoffice.drafting.StaffNotes;

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
    void saysWhatAnAuditEventWasAboutInTheReadersLanguage() {
        assertThat(labels.facts(event(AuditAction.RECEIVED, null, Facts.office("central"))))
                .isEqualTo("văn phòng: Văn phòng Thường trực");
        assertThat(labels.facts(event(AuditAction.ASSIGNED, null, Facts.assignment("lan", "mai"))))
                .isEqualTo("từ lan sang mai");
        assertThat(labels.facts(event(AuditAction.CLAIMED, null, Facts.assignment(null, "mai"))))
                .isEqualTo("cho mai");
        assertThat(labels.facts(event(AuditAction.ANSWERED, null, Facts.register(12))))
                .isEqualTo("số đăng ký 12");
        assertThat(labels.facts(event(AuditAction.NOTE, "x", Facts.NONE))).isNull();
    }

    @Test
    void leavesWhatPeopleWroteAsItIsAndMarksTheAskersFormerText() {
        assertThat(labels.said(event(AuditAction.ESCALATED, "cần hỏi Sở Nội vụ", Facts.NONE)))
                .isEqualTo("cần hỏi Sở Nội vụ");
        // Words that look like what the desk once wrote are a person's words now, never read.
        assertThat(labels.said(event(AuditAction.NOTE, "approved unchanged; register no. 12", Facts.NONE)))
                .isEqualTo("approved unchanged; register no. 12");
        assertThat(labels.said(event(AuditAction.EDITED, "Câu hỏi cũ?", Facts.NONE)))
                .isEqualTo("trước đây: Câu hỏi cũ?");
        assertThat(labels.said(event(AuditAction.DRAFTED, null, Facts.NONE))).isNull();
    }

    private static AuditEvent event(AuditAction action, String detail, Facts facts) {
        return new AuditEvent(
                1, new QuestionId(1), action, "mai", "console", Instant.EPOCH, null, null, detail, null, null, facts);
    }

    @Test
    void namesTheSystemAndAskersInWords() {
        assertThat(labels.actor(Actor.SYSTEM.name())).isEqualTo("hệ thống");
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
    }

    @Test
    void peopleTheTelegramChannelNamesAreShownByTheirRegisteredNameWithTheDeskNameAsDetail() {
        Labels named = new Labels(messages(), office -> office, actor -> switch (actor) {
            case "telegram:12345" -> Optional.of("Nguyễn Văn Lan");
            case "tg-7004" -> Optional.of("Thu Nguyễn");
            default -> Optional.empty();
        });

        assertThat(named.actor("telegram:12345")).isEqualTo("Nguyễn Văn Lan (người hỏi, Telegram)");
        assertThat(named.actorDetail("telegram:12345")).isEqualTo("telegram:12345");
        assertThat(named.actor("tg-7004")).isEqualTo("Thu Nguyễn (Telegram)");
        assertThat(named.actorDetail("tg-7004")).isEqualTo("tg-7004");
        assertThat(named.actor("telegram:999")).as("no name known").isEqualTo("người hỏi (Telegram: 999)");
        assertThat(named.actor("alice")).isEqualTo("alice");
        assertThat(named.actorDetail("alice")).as("shown as it is").isEmpty();
        assertThat(named.facts(event(AuditAction.CLAIMED, null, Facts.assignment("lan", "tg-7004"))))
                .isEqualTo("từ lan sang Thu Nguyễn (Telegram)");
    }

    @Test
    void aConfidenceIsReadAgainstTheDecisionsOwnThresholdNotCutOffsOfTheConsole() {
        StaffNotes escalated = StaffNotes.of(0.8, ConfidenceLevel.LOW).withThreshold(0.85);
        StaffNotes answered = StaffNotes.of(0.49, ConfidenceLevel.MEDIUM).withThreshold(0.4);

        assertThat(labels.confidenceShort(escalated)).isEqualTo("80% · dưới ngưỡng trả lời");
        assertThat(labels.confidenceShort(answered)).isEqualTo("49% · trung bình");
        assertThat(labels.threshold(escalated)).isEqualTo("trả lời từ 85%");
        assertThat(labels.confidence(answered)).isEqualTo("Độ tin cậy: trung bình (49%; trả lời từ 40%)");
        assertThat(labels.threshold(StaffNotes.of(0.9, ConfidenceLevel.HIGH)))
                .as("notes stored before the threshold was")
                .isEmpty();
        assertThat(labels.confidenceShort(null)).isEmpty();
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
