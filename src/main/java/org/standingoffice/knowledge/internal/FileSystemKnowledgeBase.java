package org.standingoffice.knowledge.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.standingoffice.knowledge.Glossary;
import org.standingoffice.knowledge.IngestedFile;
import org.standingoffice.knowledge.IngestionException;
import org.standingoffice.knowledge.KnowledgeBase;
import org.standingoffice.knowledge.KnowledgeProperties;
import org.standingoffice.knowledge.SourceDocument;
import org.standingoffice.knowledge.SourceFile;
import org.standingoffice.knowledge.TypingHabits;

/**
 * The knowledge base as a folder. Markdown and text files carry their metadata as front matter;
 * PDF, DOCX and HTML files carry it in a sidecar {@code NAME.meta.yaml} (NAME without the
 * extension). {@code README.md} files document the folder and are not documents.
 */
@Component
class FileSystemKnowledgeBase implements KnowledgeBase {

    static final String GLOSSARY_FILE = "glossary.yaml";
    static final String TYPING_FILE = "question-typing.yaml";
    static final String WORDS_FILE = "vietnamese-words.txt";
    private static final String SIDECAR_SUFFIX = ".meta.yaml";

    private final Path baseDir;
    private final DocumentTextReader reader = new DocumentTextReader();
    private final PassageCutter cutter;
    private final ReadWhenChanged<Glossary> glossary;
    private final ReadWhenChanged<TypingHabits> typingHabits;
    private final ReadWhenChanged<Map<String, Long>> vietnameseWords;

    FileSystemKnowledgeBase(KnowledgeProperties properties) {
        this.baseDir = properties.baseDir().toAbsolutePath().normalize();
        this.cutter = new PassageCutter(properties.maxPassageChars(), properties.tinySectionChars());
        this.glossary = new ReadWhenChanged<>(baseDir.resolve(GLOSSARY_FILE), new GlossaryReader()::read);
        this.typingHabits = new ReadWhenChanged<>(baseDir.resolve(TYPING_FILE), new TypingHabitsReader()::read);
        this.vietnameseWords = new ReadWhenChanged<>(baseDir.resolve(WORDS_FILE), new VietnameseWordsReader()::read);
    }

    @Override
    public List<SourceFile> files() {
        if (!Files.isDirectory(baseDir)) {
            throw new IngestionException("the knowledge base folder does not exist: " + baseDir);
        }
        try (Stream<Path> paths = Files.walk(baseDir)) {
            return paths.filter(Files::isRegularFile)
                    .filter(path -> isDocument(baseDir.relativize(path)))
                    .sorted()
                    .map(this::sourceFile)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + baseDir, e);
        }
    }

    @Override
    public IngestedFile ingest(SourceFile file) {
        try {
            String content = reader.read(file.path());
            SourceDocument document;
            String body;
            if (DocumentTextReader.isText(file.path())) {
                FrontMatter.Split split = FrontMatter.split(content);
                if (split.yaml().isEmpty()) {
                    throw new IngestionException("no front matter: start the file with a '---' block giving "
                            + "number, title and language");
                }
                document = FrontMatter.parse(split.yaml());
                body = split.body();
            } else {
                Path sidecar = sidecarOf(file.path());
                if (!Files.isRegularFile(sidecar)) {
                    throw new IngestionException(
                            "no metadata: add " + baseDir.relativize(sidecar) + " giving number, title and language");
                }
                document = FrontMatter.parse(Files.readString(sidecar));
                body = content;
            }
            return new IngestedFile(file, document, cutter.cut(file.name(), document, body));
        } catch (IngestionException e) {
            throw new IngestionException(file.name() + ": " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new IngestionException(file.name() + ": cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public Glossary glossary() {
        return glossary.get();
    }

    @Override
    public TypingHabits typingHabits() {
        return typingHabits.get().withVietnameseWords(vietnameseWords.get());
    }

    /** Where the file of that name is, or goes; refuses names that lead outside the folder. */
    Path resolve(String name) {
        Path path = baseDir.resolve(name).normalize();
        if (!path.startsWith(baseDir) || path.equals(baseDir)) {
            throw new IllegalArgumentException("not a name in the knowledge base: " + name);
        }
        return path;
    }

    /** Creates the folder when it does not exist yet (a new instance filled from the database). */
    void create() {
        try {
            Files.createDirectories(baseDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + baseDir, e);
        }
    }

    SourceFile sourceFile(Path path) {
        String name = baseDir.relativize(path).toString().replace('\\', '/');
        return new SourceFile(name, path, hash(path));
    }

    /** Hash of the file and its sidecar, so editing either one reindexes the document. */
    private String hash(Path path) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(Files.readAllBytes(path));
            Path sidecar = sidecarOf(path);
            if (!DocumentTextReader.isText(path) && Files.isRegularFile(sidecar)) {
                digest.update(Files.readAllBytes(sidecar));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path sidecarOf(Path document) {
        String name = document.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return document.resolveSibling((dot < 0 ? name : name.substring(0, dot)) + SIDECAR_SUFFIX);
    }

    /** Hidden files and folders (an upload being staged, version control) are never documents. */
    private static boolean isDocument(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return false;
            }
        }
        // The word list is a .txt the office keeps for reading questions, not a document to cite.
        return !isReadme(relative.getFileName().toString())
                && !relative.equals(Path.of(WORDS_FILE))
                && DocumentTextReader.isIngestible(relative);
    }

    static boolean isReadme(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).equals("readme.md");
    }
}
