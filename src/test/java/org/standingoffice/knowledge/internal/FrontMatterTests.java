package org.standingoffice.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.standingoffice.knowledge.IngestionException;
import org.standingoffice.knowledge.SourceDocument;

class FrontMatterTests {

    private static final String COMPLETE = """
            number: "183-KL/TW"
            title: "Conclusion No. 183-KL/TW on the two-level local government model"
            type: conclusion
            issuer: "Politburo and Secretariat"
            date: 2025-08-01
            language: EN
            source: "https://example.org/183.html"
            version: "full translation"
            supersedes: "KL-2025-05-16"
            valid_until: "2025-10-31"
            """;

    @Test
    void separatesTheFrontMatterFromTheBody() {
        FrontMatter.Split split = FrontMatter.split("---\nnumber: \"1\"\ntitle: T\n---\nFirst line.\nSecond line.\n");

        assertThat(split.yaml()).isEqualTo("number: \"1\"\ntitle: T");
        assertThat(split.body()).isEqualTo("First line.\nSecond line.\n");
    }

    @Test
    void ignoresAByteOrderMark() {
        FrontMatter.Split split = FrontMatter.split("\uFEFF---\nnumber: \"1\"\n---\nBody.");

        assertThat(split.yaml()).isEqualTo("number: \"1\"");
        assertThat(split.body()).isEqualTo("Body.");
    }

    @Test
    void readsWindowsLineEndings() {
        FrontMatter.Split split =
                FrontMatter.split("---\r\nnumber: \"1\"\r\ntitle: T\r\nlanguage: vi\r\n---\r\nBody.\r\n");

        assertThat(FrontMatter.parse(split.yaml()).language()).isEqualTo("vi");
        assertThat(split.body()).startsWith("Body.");
    }

    @Test
    void givesAFileWithoutFrontMatterNoMetadata() {
        FrontMatter.Split split = FrontMatter.split("1. A point.\n---\n2. Another point.");

        assertThat(split.yaml()).isEmpty();
        assertThat(split.body()).isEqualTo("1. A point.\n---\n2. Another point.");
    }

    @Test
    void givesAFrontMatterWithoutBodyAnEmptyBody() {
        assertThat(FrontMatter.split("---\nnumber: \"1\"\n---").body()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"---\nnumber: \"1\"\ntitle: T\n\nThe body follows without a closing line.", "---"})
    void rejectsAFrontMatterThatIsNeverClosed(String content) {
        assertThatThrownBy(() -> FrontMatter.split(content))
                .isInstanceOf(IngestionException.class)
                .hasMessageContaining("'---'")
                .hasMessageContaining("never closed");
    }

    @Test
    void readsEveryKey() {
        SourceDocument document = FrontMatter.parse(COMPLETE);

        assertThat(document.number()).isEqualTo("183-KL/TW");
        assertThat(document.title()).isEqualTo("Conclusion No. 183-KL/TW on the two-level local government model");
        assertThat(document.type()).isEqualTo("conclusion");
        assertThat(document.issuer()).isEqualTo("Politburo and Secretariat");
        assertThat(document.date()).isEqualTo(LocalDate.of(2025, 8, 1));
        assertThat(document.language()).isEqualTo("en");
        assertThat(document.source()).isEqualTo("https://example.org/183.html");
        assertThat(document.version()).isEqualTo("full translation");
        assertThat(document.supersedes()).isEqualTo("KL-2025-05-16");
        assertThat(document.validUntil()).isEqualTo(LocalDate.of(2025, 10, 31));
    }

    @Test
    void leavesOptionalKeysEmpty() {
        SourceDocument document =
                FrontMatter.parse("number: 412/TB-VPCP\ntitle: Notice 412\nlanguage: vi\nsource: \"\"");

        assertThat(document.number()).isEqualTo("412/TB-VPCP");
        assertThat(document.type()).isEmpty();
        assertThat(document.source()).isEmpty();
        assertThat(document.date()).isNull();
        assertThat(document.validUntil()).isNull();
        assertThat(document.numberVerified())
                .as("a number is official unless said otherwise")
                .isTrue();
    }

    @Test
    void aPlaceholderNumberIsMarkedUnverifiedAndWrittenBackOnlyThen() {
        SourceDocument placeholder = KnowledgeBaseTexts.document("KL-2025-05-16_en.md");
        SourceDocument official = KnowledgeBaseTexts.document("183-KL-TW_en.md");

        assertThat(placeholder.number()).isEqualTo("KL-2025-05-16");
        assertThat(placeholder.numberVerified()).isFalse();
        assertThat(official.numberVerified()).isTrue();
        assertThat(FrontMatter.fields(placeholder)).containsEntry("number_verified", "false");
        assertThat(FrontMatter.fields(official)).doesNotContainKey("number_verified");
        assertThat(FrontMatter.parse(FrontMatter.write(FrontMatter.fields(placeholder))))
                .isEqualTo(placeholder);
    }

    @Test
    void aNumberVerifiedThatIsNeitherYesNorNoIsRefused() {
        assertThatThrownBy(() -> FrontMatter.parse("number: X-1\ntitle: T\nlanguage: en\nnumber_verified: maybe"))
                .isInstanceOf(IngestionException.class)
                .hasMessageContaining("number_verified");
    }

    @Test
    void readsTheFrontMatterOfAShippedDocument() {
        SourceDocument document = KnowledgeBaseTexts.document("183-KL-TW_sv.md");

        assertThat(document.number()).isEqualTo("183-KL/TW");
        assertThat(document.language()).isEqualTo("sv");
        assertThat(document.date()).isEqualTo(LocalDate.of(2025, 8, 1));
    }

    @Test
    void namesTheMissingKeys() {
        assertThatThrownBy(() -> FrontMatter.parse("title: \"Conclusion\"\ntype: conclusion"))
                .isInstanceOf(IngestionException.class)
                .hasMessageContaining("lacks number, language")
                .hasMessageNotContaining("lacks number, title");
    }

    @Test
    void countsABlankValueAsMissing() {
        assertThatThrownBy(() -> FrontMatter.parse("number: \"183-KL/TW\"\ntitle: \"  \"\nlanguage: en"))
                .isInstanceOf(IngestionException.class)
                .hasMessageContaining("lacks title");
    }

    @Test
    void namesAllThreeKeysWhenTheMetadataIsEmpty() {
        assertThatThrownBy(() -> FrontMatter.parse(""))
                .isInstanceOf(IngestionException.class)
                .hasMessageContaining("lacks number, title, language");
    }

    @Test
    void rejectsInvalidYaml() {
        assertThatThrownBy(() -> FrontMatter.parse("number: [183-KL/TW\ntitle: \"Conclusion"))
                .isInstanceOf(IngestionException.class)
                .hasMessageStartingWith("metadata is not valid YAML");
    }

    @ParameterizedTest
    @ValueSource(strings = {"- number\n- title\n- language", "just a sentence", "42"})
    void rejectsYamlThatIsNotAMapping(String yaml) {
        assertThatThrownBy(() -> FrontMatter.parse(yaml))
                .isInstanceOf(IngestionException.class)
                .hasMessageContaining("must be a YAML mapping");
    }

    @Test
    void rejectsADateThatIsNotIso() {
        assertThatThrownBy(() -> FrontMatter.parse("number: \"1\"\ntitle: T\nlanguage: en\ndate: 1 August 2025"))
                .isInstanceOf(IngestionException.class)
                .hasMessageContaining("'date' is not a date in the form YYYY-MM-DD: 1 August 2025");
        assertThatThrownBy(
                        () -> FrontMatter.parse("number: \"1\"\ntitle: T\nlanguage: en\nvalid_until: \"2025-02-30\""))
                .isInstanceOf(IngestionException.class)
                .hasMessageContaining("'valid_until'");
    }

    @Test
    void readsAnEmptyFrontMatterBlockAsMetadataWithoutKeys() {
        FrontMatter.Split split = FrontMatter.split("---\n---\nBody.");

        assertThat(split.body()).isEqualTo("Body.");
        assertThatThrownBy(() -> FrontMatter.parse(split.yaml()))
                .isInstanceOf(IngestionException.class)
                .hasMessageContaining("lacks number, title, language");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-02-30", "2025-13-01"})
    void rejectsAnImpossibleUnquotedDate(String date) {
        assertThatThrownBy(() -> FrontMatter.parse("number: \"1\"\ntitle: T\nlanguage: en\ndate: " + date))
                .isInstanceOf(IngestionException.class)
                .hasMessageContaining("'date'");
    }

    @Test
    void lowerCasesTheLanguageIndependentlyOfTheDefaultLocale() {
        Locale original = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));

            assertThat(FrontMatter.parse("number: \"1\"\ntitle: T\nlanguage: VI")
                            .language())
                    .isEqualTo("vi");
        } finally {
            Locale.setDefault(original);
        }
    }
}
