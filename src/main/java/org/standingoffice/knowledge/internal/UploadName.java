package org.standingoffice.knowledge.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Set;
import org.standingoffice.knowledge.UploadRefused;
import org.standingoffice.knowledge.UploadRefused.Reason;

/**
 * The name an uploaded file is stored under: a plain file name at the top of the knowledge base,
 * never a path, and one of the document types the knowledge base reads.
 */
final class UploadName {

    static final Set<String> ACCEPTED = Set.of("pdf", "docx", "md", "txt", "html", "htm");
    /** The longest name common file systems store, in bytes. */
    private static final int MAX_BYTES = 255;
    /** Separators and the characters Windows refuses, so the folder can be copied anywhere. */
    private static final String FORBIDDEN = "/\\:*?\"<>|";

    private UploadName() {}

    /**
     * The name to store {@code submitted} under, in Unicode NFC (a Mac sends Vietnamese names
     * decomposed, which would make a second, look-alike file).
     *
     * @throws UploadRefused when it is not a plain, visible file name of an accepted type
     */
    static String check(String submitted) {
        String name = submitted == null ? "" : Normalizer.normalize(submitted.strip(), Normalizer.Form.NFC);
        boolean plain = !name.isEmpty()
                && !name.startsWith(".")
                && name.chars().noneMatch(c -> Character.isISOControl(c) || FORBIDDEN.indexOf(c) >= 0)
                && name.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES
                // The folder's README documents it and is never read as a document.
                && !FileSystemKnowledgeBase.isReadme(name);
        if (!plain) {
            throw new UploadRefused(Reason.UNSAFE_NAME, name);
        }
        if (!ACCEPTED.contains(DocumentTextReader.extension(Path.of(name)))) {
            throw new UploadRefused(Reason.UNSUPPORTED_TYPE, name);
        }
        return name;
    }
}
