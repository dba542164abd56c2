package org.standingoffice.telegram.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.standingoffice.telegram.QuestionAttachment;
import org.standingoffice.telegram.QuestionAttachment.Kind;

class TelegramFilesTests {

    @Test
    void aSentNameLosesWhatCouldMakeItAPathAHeaderBreakOrADisguisedExtension() {
        assertThat(TelegramFiles.fileName(document("../../etc/passwd"))).isEqualTo(".._.._etc_passwd");
        assertThat(TelegramFiles.fileName(document("scan\r\nSet-Cookie: x.pdf")))
                .isEqualTo("scan__Set-Cookie: x.pdf");
        assertThat(TelegramFiles.fileName(document("report\u202Efdp.exe"))).isEqualTo("report_fdp.exe");
        assertThat(TelegramFiles.fileName(document("Công văn số 12.pdf"))).isEqualTo("Công văn số 12.pdf");
    }

    @Test
    void aLongNameKeepsItsEndAndThereforeItsExtension() {
        String name = TelegramFiles.fileName(document("Báo cáo ".repeat(30) + "tháng 7.docx"));

        assertThat(name).hasSize(80).endsWith("tháng 7.docx");
    }

    @Test
    void photosAndNamelessDocumentsAreNamedAfterTheirAttachment() {
        assertThat(TelegramFiles.fileName(attachment(Kind.PHOTO, null))).isEqualTo("photo-7.jpg");
        assertThat(TelegramFiles.fileName(document(null))).isEqualTo("document-7");
        assertThat(TelegramFiles.fileName(document(" ../ "))).isEqualTo("document-7");
    }

    private static QuestionAttachment document(String name) {
        return attachment(Kind.DOCUMENT, name);
    }

    private static QuestionAttachment attachment(Kind kind, String name) {
        return new QuestionAttachment(7, kind, name, null, 100L, Instant.EPOCH, null);
    }
}
