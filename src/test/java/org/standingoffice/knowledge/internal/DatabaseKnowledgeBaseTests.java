package org.standingoffice.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import org.standingoffice.TestPostgres;
import org.standingoffice.knowledge.KnowledgeProperties;
import org.standingoffice.knowledge.SourceDocument;
import org.standingoffice.knowledge.SourceFile;
import org.standingoffice.knowledge.StoredVersion;
import org.standingoffice.knowledge.UploadRefused;

/**
 * Two instances' folders on one database, on H2 and on PostgreSQL: a file new in one folder
 * reaches the other, a changed file replaces the other's stale copy instead of being imported back,
 * a file deleted from one folder is removed from the other, and an upload records its uploader.
 */
class DatabaseKnowledgeBaseTests {

    static final AtomicInteger databases = new AtomicInteger();

    @TempDir
    Path root;

    JdbcClient jdbc;
    DatabaseKnowledgeBase a;
    DatabaseKnowledgeBase b;
    Path folderA;
    Path folderB;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void twoFoldersFollowOneDatabase(String vendor) throws Exception {
        connect(vendor);
        Files.writeString(folderA.resolve("guidance.md"), document("old seals"));
        Files.writeString(folderB.resolve("guidance.md"), document("old seals"));
        Files.writeString(
                folderA.resolve("report.html"), "<html><body><p>1. Communes report monthly.</p></body></html>");
        Files.writeString(folderA.resolve("report.meta.yaml"), "number: \"02/BC\"\ntitle: \"Report\"\nlanguage: en\n");

        long first = a.synchronise();
        assertThat(first).as("two files imported").isEqualTo(2);
        assertThat(b.synchronise()).as("B's identical copy is not a change").isEqualTo(first);
        assertThat(Files.readString(folderB.resolve("report.html"))).contains("Communes report monthly");
        assertThat(Files.readString(folderB.resolve("report.meta.yaml")))
                .as("the sidecar travels with its file")
                .contains("02/BC");
        assertThat(names(b)).containsExactly("guidance.md", "report.html");

        Files.writeString(folderA.resolve("guidance.md"), document("new stamps"));
        long changed = a.synchronise();
        assertThat(changed).isEqualTo(first + 1);
        assertThat(b.synchronise())
                .as("B's older copy is replaced, not imported back over A's change")
                .isEqualTo(changed);
        assertThat(Files.readString(folderB.resolve("guidance.md"))).contains("new stamps");
        assertThat(jdbc.sql("select count(*) from knowledge_document_version where name = 'guidance.md'")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);

        Files.delete(folderA.resolve("report.html"));
        Files.delete(folderA.resolve("report.meta.yaml"));
        long removed = a.synchronise();
        assertThat(removed).isEqualTo(changed + 1);
        b.synchronise();
        assertThat(folderB.resolve("report.html")).doesNotExist();
        assertThat(folderB.resolve("report.meta.yaml")).doesNotExist();
        assertThat(a.synchronise()).as("nothing left to do").isEqualTo(removed);

        StagedUpload staged = new StagedUpload(properties(folderB), folder(folderB));
        new DatabaseUpload(staged, b)
                .upload(
                        "notice.md",
                        new ByteArrayInputStream(document("a notice").getBytes(StandardCharsets.UTF_8)),
                        new SourceDocument(null, null, null, null, null, null, null, null, null, null),
                        false,
                        "mai");
        assertThat(a.latestVersion()).isEqualTo(removed + 1);
        assertThat(b.synchronise()).as("B's own upload is no change to import").isEqualTo(removed + 1);
        a.synchronise();
        assertThat(Files.readString(folderA.resolve("notice.md"))).contains("a notice");
        Files.writeString(folderA.resolve("late.md"), document("late news"));
        a.synchronise();
        assertThatThrownBy(() -> new DatabaseUpload(staged, b)
                        .upload(
                                "late.md",
                                new ByteArrayInputStream(document("other news").getBytes(StandardCharsets.UTF_8)),
                                new SourceDocument(null, null, null, null, null, null, null, null, null, null),
                                false,
                                "mai"))
                .as("a name another instance stored is taken, even before this folder has the file")
                .isInstanceOfSatisfying(
                        UploadRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(UploadRefused.Reason.EXISTS));
        assertThat(folderB.resolve("late.md")).doesNotExist();

        assertThat(a.history("notice.md"))
                .singleElement()
                .satisfies(version -> assertThat(version.storedBy()).isEqualTo("mai"));
        assertThat(a.history("report.html"))
                .extracting(StoredVersion::version, StoredVersion::storedBy, StoredVersion::removed)
                .containsExactly(tuple(2, null, true), tuple(1, null, false));
    }

    private void connect(String vendor) throws Exception {
        DataSource dataSource = vendor.equals("h2")
                ? new DriverManagerDataSource("jdbc:h2:mem:knowledge-" + databases.incrementAndGet()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
                : TestPostgres.freshDatabase();
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
                .placeholders(Map.of("default-office-name", "Văn phòng Thường trực"))
                .load()
                .migrate();
        jdbc = JdbcClient.create(dataSource);
        KnowledgeDocuments documents = new KnowledgeDocuments(
                jdbc,
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                new KnowledgeNotifications(dataSource, event -> {}));
        folderA = Files.createDirectories(root.resolve("a"));
        folderB = Files.createDirectories(root.resolve("b"));
        a = new DatabaseKnowledgeBase(folder(folderA), documents, root.resolve("data-a"));
        b = new DatabaseKnowledgeBase(folder(folderB), documents, root.resolve("data-b"));
    }

    private static List<String> names(DatabaseKnowledgeBase instance) {
        return instance.files().stream().map(SourceFile::name).toList();
    }

    private static FileSystemKnowledgeBase folder(Path folder) {
        return new FileSystemKnowledgeBase(properties(folder));
    }

    private static KnowledgeProperties properties(Path folder) {
        return new KnowledgeProperties(folder, 1200, 120, DataSize.ofMegabytes(20));
    }

    private static String document(String words) {
        return """
                ---
                number: "01/HD-VPTT"
                title: "Guidance"
                language: en
                ---
                1. Merged communes keep using the %s until 30 September 2025.
                """.formatted(words);
    }
}
