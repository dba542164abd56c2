package org.standingoffice.knowledge.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.standingoffice.knowledge.Passage;
import org.standingoffice.knowledge.SourceDocument;

/**
 * Turns a document's text into passages: page furniture removed, sections found, long sections
 * split at sentence boundaries (at clause boundaries when a single sentence is too long), and the
 * deadlines of each passage extracted.
 */
public final class PassageCutter {

    private final PageFurnitureFilter furniture = new PageFurnitureFilter();
    private final SentenceSplitter sentences = new SentenceSplitter();
    private final DeadlineExtractor deadlines = new DeadlineExtractor();
    private final StructuralChunker chunker;
    private final int maxChars;

    public PassageCutter(int maxChars, int tinySectionChars) {
        this.maxChars = maxChars;
        this.chunker = new StructuralChunker(tinySectionChars);
    }

    public List<Passage> cut(String fileName, SourceDocument document, String text) {
        List<Passage> passages = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (StructuralChunker.Chunk chunk : chunker.chunk(furniture.documentLines(text))) {
            List<String> parts = parts(chunk.text());
            for (int i = 0; i < parts.size(); i++) {
                String id = uniqueId(ids, fileName + "#" + chunk.section() + (parts.size() > 1 ? "~" + (i + 1) : ""));
                passages.add(new Passage(
                        id,
                        document,
                        fileName,
                        chunk.section(),
                        chunk.heading(),
                        parts.get(i),
                        deadlines.extract(parts.get(i), chunk.heading(), document.date())));
            }
        }
        return passages;
    }

    private List<String> parts(String text) {
        if (text.length() <= maxChars) {
            return List.of(text);
        }
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (String piece : pieces(text)) {
            if (!part.isEmpty() && part.length() + piece.length() + 1 > maxChars) {
                parts.add(part.toString());
                part.setLength(0);
            }
            if (!part.isEmpty()) {
                part.append(' ');
            }
            part.append(piece);
        }
        if (!part.isEmpty()) {
            parts.add(part.toString());
        }
        return parts;
    }

    /** Sentences, with any sentence longer than a part broken after its semicolons. */
    private List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        for (String sentence : sentences.sentences(text.replace('\n', ' '))) {
            if (sentence.length() <= maxChars) {
                pieces.add(sentence);
            } else {
                for (String clause : sentence.split("(?<=;)\\s+")) {
                    pieces.add(clause);
                }
            }
        }
        return pieces;
    }

    private static String uniqueId(Set<String> ids, String candidate) {
        String id = candidate;
        for (int n = 2; !ids.add(id); n++) {
            id = candidate + "/" + n;
        }
        return id;
    }
}
