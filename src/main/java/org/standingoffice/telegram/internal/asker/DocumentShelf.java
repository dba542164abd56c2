package org.standingoffice.telegram.internal.asker;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.standingoffice.drafting.QuoteFormat;
import org.standingoffice.knowledge.KnowledgeBase;
import org.standingoffice.knowledge.SourceDocument;
import org.standingoffice.knowledge.SourceFile;
import org.standingoffice.telegram.internal.ConditionalOnTelegram;

/**
 * The documents {@code /docs} lists, as an official knows them: one entry per official number,
 * with the title of the rendering in the official's language where there is one and the languages
 * it can be read in, never the knowledge base's file names. A file's metadata is read once per
 * content hash (reading means ingesting it).
 */
@Component
@ConditionalOnTelegram
class DocumentShelf {

    private static final Logger log = LoggerFactory.getLogger(DocumentShelf.class);

    /**
     * One document: its name as citations give it (its number, or its type, issuer and date when
     * the number is a placeholder), a title, and the languages of its renderings in file order.
     */
    record Entry(String name, String title, List<String> languages) {}

    private final ObjectProvider<KnowledgeBase> knowledge;
    private final QuoteFormat quotes;
    private final Map<String, SourceDocument> read = new ConcurrentHashMap<>();

    DocumentShelf(ObjectProvider<KnowledgeBase> knowledge, QuoteFormat quotes) {
        this.knowledge = knowledge;
        this.quotes = quotes;
    }

    List<Entry> entries(String language) {
        KnowledgeBase base = knowledge.getIfAvailable();
        if (base == null) {
            return List.of();
        }
        Map<String, List<SourceDocument>> byNumber = new LinkedHashMap<>();
        Set<String> current = new HashSet<>();
        for (SourceFile file : base.files()) {
            String key = file.name() + "@" + file.contentHash();
            current.add(key);
            SourceDocument document = read.computeIfAbsent(key, k -> metadata(base, file));
            if (document != null) {
                byNumber.computeIfAbsent(document.number(), n -> new ArrayList<>())
                        .add(document);
            }
        }
        read.keySet().retainAll(current);
        List<Entry> entries = new ArrayList<>();
        byNumber.forEach((number, renderings) -> {
            SourceDocument shown = renderings.stream()
                    .filter(rendering -> language.equals(rendering.language()))
                    .findFirst()
                    .orElse(renderings.get(0));
            List<String> languages =
                    renderings.stream().map(SourceDocument::language).distinct().toList();
            entries.add(new Entry(quotes.name(shown, Locale.forLanguageTag(language)), shown.title(), languages));
        });
        return entries;
    }

    /** {@code null} for a file that cannot be read: the index skips it too. */
    private static SourceDocument metadata(KnowledgeBase base, SourceFile file) {
        try {
            return base.ingest(file).document();
        } catch (RuntimeException e) {
            log.warn("{} could not be read for /docs: {}", file.name(), e.getMessage());
            return null;
        }
    }
}
