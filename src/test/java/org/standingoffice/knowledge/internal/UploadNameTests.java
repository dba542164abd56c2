package org.standingoffice.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.standingoffice.knowledge.UploadRefused;
import org.standingoffice.knowledge.UploadRefused.Reason;

class UploadNameTests {

    @ParameterizedTest
    @ValueSource(strings = {"report.pdf", "Nghị định 99.docx", "183-KL-TW_vi.md", "notes.TXT", "page.html", "page.htm"})
    void acceptsPlainNamesOfTheDocumentTypes(String name) {
        assertThat(UploadName.check(name)).isEqualTo(name);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "../escape.md",
                "..\\escape.md",
                "sub/inside.md",
                "/etc/passwd.txt",
                "C:\\fakepath\\report.pdf",
                "c:report.pdf",
                ".hidden.md",
                "..",
                ".",
                "   ",
                "README.md",
                "readme.MD",
                "line\nbreak.md",
                "nul\u0000.md",
                "star*.md",
                "question?.pdf"
            })
    void refusesAnythingButAPlainVisibleFileName(String name) {
        assertThatThrownBy(() -> UploadName.check(name))
                .isInstanceOfSatisfying(
                        UploadRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(Reason.UNSAFE_NAME));
    }

    @ParameterizedTest
    @ValueSource(strings = {"setup.exe", "glossary.yaml", "report.meta.yaml", "archive.zip", "noextension", "old.doc"})
    void refusesOtherTypes(String name) {
        assertThatThrownBy(() -> UploadName.check(name))
                .isInstanceOfSatisfying(
                        UploadRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(Reason.UNSUPPORTED_TYPE));
    }

    @Test
    void refusesANameLongerThanAFileSystemStores() {
        // 128 Vietnamese letters of two bytes each are over 255 bytes, though far fewer characters.
        String name = "đ".repeat(128) + ".md";

        assertThatThrownBy(() -> UploadName.check(name)).isInstanceOf(UploadRefused.class);
    }

    @Test
    void composesADecomposedNameAndTrimsSpaces() {
        String decomposed = Normalizer.normalize("Nghị định.pdf", Normalizer.Form.NFD);

        assertThat(UploadName.check("  " + decomposed + " "))
                .isEqualTo(Normalizer.normalize("Nghị định.pdf", Normalizer.Form.NFC));
    }
}
