package org.standingoffice.search.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.standingoffice.knowledge.Deadline;
import org.standingoffice.knowledge.Passage;
import org.standingoffice.knowledge.SourceDocument;

/**
 * The index schema: how a passage becomes a Lucene document and back. Every passage is stored
 * whole, so a search returns passages without touching the knowledge base.
 */
final class PassageDocuments {

    static final String KIND = "kind";
    static final String PASSAGE = "passage";
    static final String FILE_MARKER = "file";
    static final String ID = "id";
    static final String FILE = "file";
    static final String FILE_HASH = "file_hash";
    static final String NUMBER = "document";
    static final String LANGUAGE = "language";
    static final String HAS_DEADLINE = "has_deadline";
    static final String DUE_DAY = "due_day";
    static final String DUE_MONTH_DAY = "due_md";
    /** Stored only for a placeholder number: an index written before it had one reads as verified. */
    private static final String NUMBER_UNVERIFIED = "number_unverified";

    private static final String DEADLINE = "deadline";
    private static final String[] METADATA = {
        "title",
        "type",
        "issuer",
        "date",
        "source",
        "version",
        "supersedes",
        "valid_until",
        "section",
        "heading",
        "text"
    };
    private static final String SEPARATOR = "\u001f";

    private PassageDocuments() {}

    static Document toDocument(Passage passage, String fileHash) {
        SourceDocument source = passage.document();
        Document doc = new Document();
        doc.add(new StringField(KIND, PASSAGE, Field.Store.NO));
        doc.add(new StringField(ID, passage.id(), Field.Store.YES));
        doc.add(new StringField(FILE, passage.sourceFile(), Field.Store.YES));
        doc.add(new StoredField(FILE_HASH, fileHash));
        doc.add(new StringField(NUMBER, source.number(), Field.Store.YES));
        doc.add(new StringField(LANGUAGE, source.language(), Field.Store.YES));
        if (!source.numberVerified()) {
            doc.add(new StoredField(NUMBER_UNVERIFIED, "yes"));
        }
        DocumentNumbers.indexTokens(source.number())
                .forEach(token -> doc.add(new StringField(TextAnalyzers.DOCUMENT_NUMBER, token, Field.Store.NO)));
        String[] values = {
            source.title(),
            source.type(),
            source.issuer(),
            text(source.date()),
            source.source(),
            source.version(),
            source.supersedes(),
            text(source.validUntil()),
            passage.section(),
            passage.heading(),
            passage.text()
        };
        for (int i = 0; i < METADATA.length; i++) {
            doc.add(new StoredField(METADATA[i], values[i]));
        }
        String searchable = source.title() + "\n" + passage.contextualText();
        doc.add(new TextField(TextAnalyzers.languageField(source.language()), searchable, Field.Store.NO));
        if (source.language().equals("vi")) {
            doc.add(new TextField(TextAnalyzers.TEXT_VI_BIGRAMS, searchable, Field.Store.NO));
        }
        doc.add(new TextField(TextAnalyzers.FOLDED, searchable, Field.Store.NO));
        doc.add(new TextField(TextAnalyzers.FOLDED_BIGRAMS, searchable, Field.Store.NO));
        if (!passage.heading().isBlank()) {
            doc.add(new TextField(TextAnalyzers.HEADING, passage.heading(), Field.Store.NO));
            doc.add(new TextField(TextAnalyzers.HEADING_BIGRAMS, passage.heading(), Field.Store.NO));
        }
        doc.add(new TextField(TextAnalyzers.TITLE_BIGRAMS, source.title(), Field.Store.NO));
        SectionCitations.key(passage.section())
                .ifPresent(key -> doc.add(new StringField(TextAnalyzers.SECTION, key, Field.Store.NO)));
        if (!passage.deadlines().isEmpty()) {
            doc.add(new StringField(HAS_DEADLINE, "yes", Field.Store.NO));
        }
        for (Deadline deadline : passage.deadlines()) {
            doc.add(new StoredField(DEADLINE, encode(deadline)));
            if (deadline.due() != null) {
                doc.add(new LongPoint(DUE_DAY, deadline.due().toEpochDay()));
                doc.add(new IntPoint(DUE_MONTH_DAY, monthDay(deadline.due())));
            }
        }
        return doc;
    }

    /** Records that a file was indexed with this hash, even when it yielded no passage. */
    static Document fileMarker(String file, String fileHash) {
        Document doc = new Document();
        doc.add(new StringField(KIND, FILE_MARKER, Field.Store.YES));
        doc.add(new StringField(FILE, file, Field.Store.YES));
        doc.add(new StoredField(FILE_HASH, fileHash));
        return doc;
    }

    static Passage toPassage(Document doc) {
        SourceDocument source = new SourceDocument(
                doc.get(NUMBER),
                doc.get("title"),
                doc.get("type"),
                doc.get("issuer"),
                date(doc.get("date")),
                doc.get(LANGUAGE),
                doc.get("source"),
                doc.get("version"),
                doc.get("supersedes"),
                date(doc.get("valid_until")),
                doc.get(NUMBER_UNVERIFIED) == null);
        List<Deadline> deadlines = new ArrayList<>();
        for (String encoded : doc.getValues(DEADLINE)) {
            deadlines.add(decode(encoded));
        }
        return new Passage(
                doc.get(ID), source, doc.get(FILE), doc.get("section"), doc.get("heading"), doc.get("text"), deadlines);
    }

    static int monthDay(LocalDate date) {
        return date.getMonthValue() * 100 + date.getDayOfMonth();
    }

    private static String encode(Deadline deadline) {
        return String.join(
                SEPARATOR,
                deadline.phrase(),
                text(deadline.due()),
                deadline.dayOfMonth() == null ? "" : deadline.dayOfMonth().toString(),
                deadline.responsible(),
                deadline.task());
    }

    private static Deadline decode(String encoded) {
        String[] parts = encoded.split(SEPARATOR, -1);
        return new Deadline(
                parts[0], date(parts[1]), parts[2].isEmpty() ? null : Integer.valueOf(parts[2]), parts[3], parts[4]);
    }

    private static String text(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static LocalDate date(String text) {
        return text == null || text.isEmpty() ? null : LocalDate.parse(text);
    }
}
