package org.standingoffice.console.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.standingoffice.knowledge.IngestedFile;
import org.standingoffice.knowledge.KnowledgeBase;
import org.standingoffice.knowledge.SourceDocument;
import org.standingoffice.knowledge.SourceFile;

/** The documents of the knowledge base as the console lists them, with versions and standing. */
@Component
class DocumentCatalog {

    /** One rendering of a document as the list shows it. */
    record DocumentRow(
            String file, SourceDocument document, int passages, long versions, Supersession.Standing standing) {}

    /** The documents that could be read, and a line for each file that could not. */
    record Listing(List<DocumentRow> documents, List<String> failures) {

        /** Where {@code file}'s document stands among all of them. */
        Optional<DocumentRow> row(String file) {
            return documents.stream().filter(row -> row.file().equals(file)).findFirst();
        }

        /** The other renderings of {@code row}'s document: its translations and versions. */
        List<DocumentRow> otherRenderings(DocumentRow row) {
            return documents.stream()
                    .filter(other ->
                            other.document().number().equals(row.document().number())
                                    && !other.file().equals(row.file()))
                    .toList();
        }
    }

    private record Summary(String file, SourceDocument document, int passages) {}

    private final KnowledgeBase knowledgeBase;
    /** The office's clock: a document's standing depends on the office's date. */
    private final Clock clock;
    /** Parsing a document is costly; its metadata only changes with its content hash. */
    private final Map<String, Summary> summaries = new ConcurrentHashMap<>();

    DocumentCatalog(KnowledgeBase knowledgeBase, Clock clock, ZoneId officeZone) {
        this.knowledgeBase = knowledgeBase;
        this.clock = clock.withZone(officeZone);
    }

    Listing list() {
        List<Summary> read = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Set<String> current = new HashSet<>();
        for (SourceFile file : knowledgeBase.files()) {
            // By name too: two files with the same content are two rows.
            String key = file.name() + "@" + file.contentHash();
            current.add(key);
            try {
                read.add(summaries.computeIfAbsent(key, k -> summarise(file)));
            } catch (RuntimeException e) {
                failures.add(file.name() + ": " + e.getMessage());
            }
        }
        // Forget replaced and removed files, so the cache does not grow with every edit.
        summaries.keySet().retainAll(current);
        Supersession supersession =
                new Supersession(read.stream().map(Summary::document).toList());
        Map<String, Long> versions = read.stream()
                .collect(Collectors.groupingBy(summary -> summary.document().number(), Collectors.counting()));
        LocalDate today = LocalDate.now(clock);
        List<DocumentRow> rows = read.stream()
                .map(summary -> new DocumentRow(
                        summary.file(),
                        summary.document(),
                        summary.passages(),
                        versions.get(summary.document().number()),
                        supersession.of(summary.document(), today)))
                .toList();
        return new Listing(rows, failures);
    }

    /** The file of that name, if the knowledge base lists it: the only files the console shows. */
    Optional<SourceFile> file(String name) {
        return knowledgeBase.files().stream()
                .filter(file -> file.name().equals(name))
                .findFirst();
    }

    private Summary summarise(SourceFile file) {
        IngestedFile ingested = knowledgeBase.ingest(file);
        return new Summary(file.name(), ingested.document(), ingested.passages().size());
    }
}
