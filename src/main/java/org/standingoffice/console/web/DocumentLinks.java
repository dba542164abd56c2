package org.standingoffice.console.web;

import java.nio.charset.StandardCharsets;
import org.springframework.web.util.UriUtils;
import org.standingoffice.knowledge.Passage;

/** Where the console shows a knowledge-base document, and the anchor of each of its passages there. */
final class DocumentLinks {

    static final String DOCUMENTS = "/console/knowledge/documents/";

    /** The document view of {@code file} (relative to the knowledge base, maybe in a sub-folder). */
    public String document(String file) {
        StringBuilder path = new StringBuilder(DOCUMENTS);
        String[] segments = file.split("/");
        for (int i = 0; i < segments.length; i++) {
            path.append(i == 0 ? "" : "/").append(UriUtils.encodePathSegment(segments[i], StandardCharsets.UTF_8));
        }
        return path.toString();
    }

    /** The passage in its document's view. */
    public String passage(Passage passage) {
        return document(passage.sourceFile()) + "#" + anchor(passage);
    }

    /**
     * An element id for the passage that needs no escaping in HTML, CSS or a URL: its id without
     * the file, with every byte other than an ASCII letter, digit or hyphen written as {@code _XX}.
     * Different ids stay different, because the escape character is itself escaped.
     */
    public String anchor(Passage passage) {
        String id = passage.id();
        String prefix = passage.sourceFile() + "#";
        String local = id.startsWith(prefix) ? id.substring(prefix.length()) : id;
        StringBuilder anchor = new StringBuilder("p-");
        for (byte b : local.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-') {
                anchor.append(c);
            } else {
                anchor.append('_').append(String.format("%02X", b & 0xff));
            }
        }
        return anchor.toString();
    }
}
