package org.standingoffice.knowledge.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;
import org.standingoffice.knowledge.Glossary;
import org.standingoffice.knowledge.IngestedFile;
import org.standingoffice.knowledge.KnowledgeBase;
import org.standingoffice.knowledge.SourceDocument;
import org.standingoffice.knowledge.SourceFile;
import org.standingoffice.knowledge.StoredVersion;
import org.standingoffice.knowledge.TypingHabits;

/**
 * The knowledge base of the deployment, kept in the database ({@link KnowledgeDocuments}), with this
 * instance's {@code knowledge-base/} folder as both an import source and a local replica the index
 * reads. {@link #synchronise()} reconciles the two, file by file:
 *
 * <ul>
 *   <li>a file the database has with the same content: nothing to do;
 *   <li>a file whose content the database knows as an older version of it (a copy shipped before
 *       an upload replaced it elsewhere): the current version is written over it, or it is
 *       deleted when the document was removed;
 *   <li>a file with content the database never had: imported as a new version;
 *   <li>a document the database has and the folder lacks: written into the folder, unless this
 *       folder had exactly that version at the last synchronisation and someone deleted it here,
 *       which removes the document for every instance.
 * </ul>
 *
 * The last point needs to remember what the folder held: a small manifest under the data folder,
 * per instance. Files are written beside their target and renamed into place, sidecar first, so
 * a reader never sees half a file or a document without its metadata.
 */
@Component
@Primary
class DatabaseKnowledgeBase implements KnowledgeBase {

    private static final Logger log = LoggerFactory.getLogger(DatabaseKnowledgeBase.class);
    static final String IMPORTED_BY = "knowledge-base folder";

    private final FileSystemKnowledgeBase folder;
    private final KnowledgeDocuments documents;
    private final Path manifest;
    private final Clock clock = Clock.systemUTC();
    private final ReentrantLock synchronising = new ReentrantLock();

    DatabaseKnowledgeBase(
            FileSystemKnowledgeBase folder, KnowledgeDocuments documents, @Value("${office.data-dir}") Path dataDir) {
        this.folder = folder;
        this.documents = documents;
        this.manifest = dataDir.resolve("knowledge-replica.properties");
    }

    @Override
    public List<SourceFile> files() {
        return folder.files();
    }

    @Override
    public IngestedFile ingest(SourceFile file) {
        return folder.ingest(file);
    }

    @Override
    public Glossary glossary() {
        return folder.glossary();
    }

    @Override
    public TypingHabits typingHabits() {
        return folder.typingHabits();
    }

    /** Whether the deployment has a document file of that name now. */
    boolean stores(String name) {
        KnowledgeDocuments.Current current = documents.current().get(name);
        return current != null && !current.removed();
    }

    @Override
    public List<StoredVersion> history(String name) {
        return documents.history(name);
    }

    @Override
    public long latestVersion() {
        return documents.version();
    }

    @Override
    public long synchronise() {
        synchronising.lock();
        try {
            folder.create();
            // Read first: every change stored after this number was read is picked up next time.
            long version = documents.version();
            Map<String, KnowledgeDocuments.Current> stored = documents.current();
            Map<String, String> held = readManifest();
            Map<String, String> now = new HashMap<>();
            boolean changed = false;
            for (SourceFile file : folder.files()) {
                KnowledgeDocuments.Current current = stored.get(file.name());
                if (current != null
                        && !current.removed()
                        && current.contentHash().equals(file.contentHash())) {
                    now.put(file.name(), file.contentHash());
                } else if (current != null && documents.known(file.name(), file.contentHash())) {
                    if (current.removed()) {
                        deleteLocal(file.name());
                    } else {
                        now.put(file.name(), write(file.name()));
                    }
                } else {
                    importFile(file);
                    now.put(file.name(), file.contentHash());
                    changed = true;
                }
            }
            for (KnowledgeDocuments.Current current : stored.values()) {
                if (current.removed() || now.containsKey(current.name())) {
                    continue;
                }
                if (current.contentHash().equals(held.get(current.name()))) {
                    log.info(
                            "{} was deleted from the knowledge-base folder: removed for every instance",
                            current.name());
                    documents.remove(current.name(), IMPORTED_BY, clock.instant());
                    changed = true;
                } else {
                    now.put(current.name(), write(current.name()));
                }
            }
            writeManifest(now);
            return changed ? documents.version() : version;
        } finally {
            synchronising.unlock();
        }
    }

    /**
     * Places an upload in the folder ({@code placing}: checked, then renamed into place) and stores
     * it as the document's new version, with no synchronisation in between that would import it
     * as the folder's.
     */
    IngestedFile store(Supplier<IngestedFile> placing, String uploadedBy) {
        synchronising.lock();
        try {
            IngestedFile placed = placing.get();
            SourceFile file = placed.file();
            documents.store(
                    file.name(),
                    readBytes(file.path()),
                    sidecarOf(file.path()),
                    file.contentHash(),
                    placed.document(),
                    uploadedBy,
                    clock.instant());
            Map<String, String> held = readManifest();
            held.put(file.name(), file.contentHash());
            writeManifest(held);
            return placed;
        } finally {
            synchronising.unlock();
        }
    }

    private void importFile(SourceFile file) {
        SourceDocument metadata;
        try {
            metadata = folder.ingest(file).document();
        } catch (RuntimeException unreadable) {
            metadata = null; // stored anyway: each index reports it as it would from the folder
        }
        documents.store(
                file.name(),
                readBytes(file.path()),
                sidecarOf(file.path()),
                file.contentHash(),
                metadata,
                IMPORTED_BY,
                clock.instant());
        log.info("Imported {} from the knowledge-base folder", file.name());
    }

    /** Writes the document's current version into the folder; returns its hash. */
    private String write(String name) {
        KnowledgeDocuments.Content content = documents.content(name).orElseThrow();
        Path target = folder.resolve(name);
        try {
            Files.createDirectories(target.getParent());
            if (content.sidecar() != null) {
                Path sidecar = FileSystemKnowledgeBase.sidecarOf(target);
                replace(sidecar, content.sidecar().getBytes(StandardCharsets.UTF_8));
            }
            replace(target, content.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
        log.info("Wrote {} from the database into the knowledge-base folder", name);
        return content.contentHash();
    }

    private void deleteLocal(String name) {
        Path target = folder.resolve(name);
        try {
            Files.deleteIfExists(target);
            if (!DocumentTextReader.isText(target)) {
                Files.deleteIfExists(FileSystemKnowledgeBase.sidecarOf(target));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + target, e);
        }
    }

    /** Written beside the target under a hidden name (never listed), then renamed over it. */
    private static void replace(Path target, byte[] bytes) throws IOException {
        Path staged = target.resolveSibling(".replica-" + target.getFileName());
        Files.write(staged, bytes);
        Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static byte[] readBytes(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** The sidecar of a PDF, DOCX or HTML file, part of what is stored; {@code null} for text files. */
    private static String sidecarOf(Path path) {
        Path sidecar = FileSystemKnowledgeBase.sidecarOf(path);
        if (DocumentTextReader.isText(path) || !Files.isRegularFile(sidecar)) {
            return null;
        }
        try {
            return Files.readString(sidecar, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + sidecar, e);
        }
    }

    private Map<String, String> readManifest() {
        Map<String, String> held = new HashMap<>();
        if (!Files.isRegularFile(manifest)) {
            return held;
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            log.warn("Cannot read {}; a file deleted from the folder is written back: {}", manifest, e.toString());
            return held;
        }
        properties.stringPropertyNames().forEach(name -> held.put(name, properties.getProperty(name)));
        return held;
    }

    private void writeManifest(Map<String, String> held) {
        Properties properties = new Properties();
        properties.putAll(held);
        try {
            Files.createDirectories(manifest.getParent());
            Path staged = manifest.resolveSibling(manifest.getFileName() + ".tmp");
            try (Writer out = Files.newBufferedWriter(staged, StandardCharsets.UTF_8)) {
                properties.store(out, "What this instance's knowledge-base folder held at its last synchronisation");
            }
            Files.move(staged, manifest, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            log.warn("Cannot write {}: {}", manifest, e.toString());
        }
    }
}
