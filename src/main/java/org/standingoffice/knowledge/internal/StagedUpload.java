package org.standingoffice.knowledge.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.standingoffice.knowledge.IngestedFile;
import org.standingoffice.knowledge.IngestionException;
import org.standingoffice.knowledge.KnowledgeProperties;
import org.standingoffice.knowledge.SourceDocument;
import org.standingoffice.knowledge.SourceFile;
import org.standingoffice.knowledge.UploadRefused;
import org.standingoffice.knowledge.UploadRefused.Reason;

/**
 * Uploads staged in a hidden folder inside the knowledge base: written, given their metadata and
 * ingested there, then renamed into place. The staging folder is on the same file system as the
 * documents, so the rename is atomic and a replaced file is never lost half-way.
 */
@Component
class StagedUpload {

    /** Hidden, so a reindex running meanwhile never lists a staged file. */
    private static final String STAGING_PREFIX = ".upload-";

    /** A staging folder this old was left by a crash, not by an upload in progress (of any instance). */
    private static final Duration ABANDONED = Duration.ofHours(1);

    private final Path baseDir;
    private final long maxBytes;
    private final FileSystemKnowledgeBase knowledgeBase;
    /** Checking that a name is free and taking it are one step, so two uploads cannot both take it. */
    private final ReentrantLock placing = new ReentrantLock();

    StagedUpload(KnowledgeProperties properties, FileSystemKnowledgeBase knowledgeBase) {
        this.baseDir = properties.baseDir().toAbsolutePath().normalize();
        this.maxBytes = properties.maxUploadSize().toBytes();
        this.knowledgeBase = knowledgeBase;
        removeAbandonedStaging(Instant.now().minus(ABANDONED));
    }

    /** Staging folders a crash left behind: hidden and harmless, but they would pile up. */
    private void removeAbandonedStaging(Instant olderThan) {
        if (!Files.isDirectory(baseDir)) {
            return;
        }
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(baseDir, STAGING_PREFIX + "*")) {
            for (Path folder : stale) {
                if (Files.getLastModifiedTime(folder).toInstant().isBefore(olderThan)) {
                    delete(folder);
                }
            }
        } catch (IOException e) {
            // Left for the next start: they are never listed as documents.
        }
    }

    IngestedFile upload(String fileName, InputStream content, SourceDocument metadata, boolean replace) {
        String name = UploadName.check(fileName);
        // Checked before the costly part for a quick answer, and again when the file is moved.
        refuseIfTaken(name, replace);
        Path staging = null;
        try {
            staging = Files.createTempDirectory(baseDir, STAGING_PREFIX);
            Path staged = staging.resolve(name);
            copy(content, staged);
            Map<String, String> given = FrontMatter.fields(metadata);
            if (DocumentTextReader.isText(staged)) {
                addFrontMatter(staged, given);
            } else {
                requireAll(given);
                Files.writeString(FileSystemKnowledgeBase.sidecarOf(staged), FrontMatter.write(given));
            }
            IngestedFile ingested = ingest(name, staged);
            return new IngestedFile(place(staged, name, replace), ingested.document(), ingested.passages());
        } catch (IOException e) {
            throw new UploadRefused(Reason.NOT_STORED, String.valueOf(e.getMessage()));
        } finally {
            delete(staging);
        }
    }

    private void copy(InputStream content, Path staged) throws IOException {
        long total = 0;
        try (InputStream in = content;
                OutputStream out = Files.newOutputStream(staged, StandardOpenOption.CREATE_NEW)) {
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                total += read;
                // Counted here too, not only by the web server: the limit belongs to the knowledge base.
                if (total > maxBytes) {
                    throw new UploadRefused(Reason.TOO_LARGE, String.valueOf(maxBytes));
                }
                out.write(buffer, 0, read);
            }
        }
        if (total == 0) {
            throw new UploadRefused(Reason.EMPTY, "");
        }
    }

    /**
     * Gives a Markdown or text file the metadata as front matter. A file with front matter of its
     * own keeps it as written (comments, keys of its own): a given field must agree with it, a
     * field it lacks is added after its lines. Refusing a disagreement rather than picking a side
     * means no one's metadata is silently dropped. A file that needs nothing added is stored byte
     * for byte.
     */
    private static void addFrontMatter(Path staged, Map<String, String> given) throws IOException {
        FrontMatter.Split split;
        Map<String, String> own;
        try {
            split = FrontMatter.split(Files.readString(staged, StandardCharsets.UTF_8));
            own = split.yaml().isEmpty() ? Map.of() : FrontMatter.fields(split.yaml());
        } catch (CharacterCodingException e) {
            throw new UploadRefused(Reason.NOT_INGESTIBLE, "not UTF-8 text");
        } catch (IngestionException e) {
            throw new UploadRefused(Reason.NOT_INGESTIBLE, e.getMessage());
        }
        List<String> conflicting = new ArrayList<>();
        Map<String, String> added = new LinkedHashMap<>();
        given.forEach((key, value) -> {
            if (!own.containsKey(key)) {
                added.put(key, value);
            } else if (!same(key, own.get(key), value)) {
                conflicting.add(key);
            }
        });
        if (!conflicting.isEmpty()) {
            throw new UploadRefused(Reason.CONFLICTING_METADATA, String.join(", ", conflicting));
        }
        Map<String, String> merged = new LinkedHashMap<>(own);
        merged.putAll(added);
        requireAll(merged);
        if (!added.isEmpty()) {
            String yaml = split.yaml().isEmpty() ? "" : split.yaml() + "\n";
            Files.writeString(
                    staged, "---\n" + yaml + FrontMatter.write(added) + "---\n" + split.body(), StandardCharsets.UTF_8);
        }
    }

    private static boolean same(String key, String own, String given) {
        return key.equals("language") ? own.equalsIgnoreCase(given) : own.equals(given);
    }

    private static void requireAll(Map<String, String> fields) {
        List<String> missing = FrontMatter.REQUIRED.stream()
                .filter(key -> !fields.containsKey(key))
                .toList();
        if (!missing.isEmpty()) {
            throw new UploadRefused(Reason.MISSING_METADATA, String.join(", ", missing));
        }
    }

    private IngestedFile ingest(String name, Path staged) {
        IngestedFile ingested;
        try {
            ingested = knowledgeBase.ingest(new SourceFile(name, staged, ""));
        } catch (IngestionException e) {
            throw new UploadRefused(Reason.NOT_INGESTIBLE, e.getMessage());
        }
        if (ingested.passages().isEmpty()) {
            throw new UploadRefused(Reason.NO_TEXT, name);
        }
        return ingested;
    }

    /**
     * Moves the sidecar before the document: a reindex in between sees a sidecar without its
     * document, which it ignores, rather than a document without its metadata.
     */
    private SourceFile place(Path staged, String name, boolean replace) throws IOException {
        Path target = baseDir.resolve(name);
        placing.lock();
        try {
            refuseIfTaken(name, replace);
            if (!DocumentTextReader.isText(target)) {
                move(FileSystemKnowledgeBase.sidecarOf(staged), FileSystemKnowledgeBase.sidecarOf(target));
            }
            move(staged, target);
        } finally {
            placing.unlock();
        }
        return knowledgeBase.sourceFile(target);
    }

    private void refuseIfTaken(String name, boolean replace) {
        Path target = baseDir.resolve(name);
        boolean taken = Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                || (!DocumentTextReader.isText(target)
                        && Files.exists(FileSystemKnowledgeBase.sidecarOf(target), LinkOption.NOFOLLOW_LINKS));
        if (taken && !replace) {
            throw new UploadRefused(Reason.EXISTS, name);
        }
    }

    /** A rename within one folder: atomic, and replacing the old file in the same step. */
    private static void move(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void delete(Path staging) {
        if (staging == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(staging)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // A leftover hidden folder is harmless: the knowledge base never lists it.
        }
    }
}
