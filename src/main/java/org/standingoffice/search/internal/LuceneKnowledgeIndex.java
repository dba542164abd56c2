package org.standingoffice.search.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.standingoffice.knowledge.Deadline;
import org.standingoffice.knowledge.IngestedFile;
import org.standingoffice.knowledge.IngestionException;
import org.standingoffice.knowledge.KnowledgeBase;
import org.standingoffice.knowledge.Passage;
import org.standingoffice.knowledge.SourceFile;
import org.standingoffice.search.DueItem;
import org.standingoffice.search.KnowledgeIndex;
import org.standingoffice.search.KnowledgeReindexed;
import org.standingoffice.search.ReindexProgress;
import org.standingoffice.search.ReindexReport;
import org.standingoffice.search.RetrievalResult;
import org.standingoffice.search.Retriever;

/** The index of the knowledge base: incremental reindexing, retrieval and the deadline list. */
@Component
class LuceneKnowledgeIndex implements KnowledgeIndex, Retriever {

    private static final Logger log = LoggerFactory.getLogger(LuceneKnowledgeIndex.class);

    private final KnowledgeBase knowledgeBase;
    private final LucenePassageIndex index;
    private final SearchEngine engine;
    private final ApplicationEventPublisher events;
    private final ReentrantLock reindexing = new ReentrantLock();
    /** Written under the reindexing lock, read by anyone watching. */
    private volatile ReindexProgress progress = ReindexProgress.idle();
    /** The knowledge version of the last commit: what this instance's replica has caught up with. */
    private volatile long indexedVersion;

    LuceneKnowledgeIndex(
            KnowledgeBase knowledgeBase,
            LucenePassageIndex index,
            SearchEngine engine,
            ApplicationEventPublisher events) {
        this.knowledgeBase = knowledgeBase;
        this.index = index;
        this.engine = engine;
        this.events = events;
        engine.indexChanged(knowledgeBase.glossary(), knowledgeBase.typingHabits());
    }

    @Override
    public ReindexReport reindex() {
        reindexing.lock();
        try {
            progress = ReindexProgress.running(0, 0, null);
            ReindexReport report = synchronise();
            progress = ReindexProgress.finished(report);
            return report;
        } catch (RuntimeException e) {
            progress = ReindexProgress.failed(String.valueOf(e.getMessage()));
            throw e;
        } finally {
            reindexing.unlock();
        }
    }

    /** The knowledge version this instance's index reflects; 0 before its first synchronisation. */
    long indexedVersion() {
        return indexedVersion;
    }

    /** The deployment's knowledge version now. */
    long latestVersion() {
        return knowledgeBase.latestVersion();
    }

    /** The running reindex, else the outcome of the last one. */
    ReindexProgress progress() {
        return progress;
    }

    private ReindexReport synchronise() {
        long started = System.nanoTime();
        if (index.isReadOnly()) {
            index.refresh();
            engine.indexChanged(knowledgeBase.glossary(), knowledgeBase.typingHabits());
            String reason = "not synchronised: another process (a running service?) is writing the index;"
                    + " searching its last commit";
            log.warn("Index {}", reason);
            return new ReindexReport(
                    0,
                    0,
                    0,
                    0,
                    index.passageCount(),
                    List.of(reason),
                    List.of(),
                    Duration.ofNanos(System.nanoTime() - started));
        }
        long version = knowledgeBase.synchronise();
        Map<String, String> indexed = index.indexedFiles();
        Set<String> present = new HashSet<>();
        Set<String> changedDocuments = new TreeSet<>();
        List<String> failures = new ArrayList<>();
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        List<SourceFile> files = knowledgeBase.files();
        for (SourceFile file : files) {
            progress = ReindexProgress.running(present.size(), files.size(), file.name());
            present.add(file.name());
            String previous = indexed.get(file.name());
            if (file.contentHash().equals(previous)) {
                unchanged++;
                continue;
            }
            try {
                IngestedFile ingested = knowledgeBase.ingest(file);
                index.replace(file, ingested.passages());
                changedDocuments.add(ingested.document().number());
                if (previous == null) {
                    added++;
                } else {
                    updated++;
                }
            } catch (IngestionException e) {
                log.warn("Not indexed: {}", e.getMessage());
                failures.add(e.getMessage());
            }
        }
        List<String> gone = indexed.keySet().stream()
                .filter(file -> !present.contains(file))
                .toList();
        gone.forEach(file -> {
            changedDocuments.addAll(documentsOf(file));
            index.remove(file);
        });
        // One commit for the whole run: searchers see the old index or the new one, never a mix.
        index.commit();
        indexedVersion = version;
        engine.indexChanged(knowledgeBase.glossary(), knowledgeBase.typingHabits());
        if (!changedDocuments.isEmpty()) {
            events.publishEvent(new KnowledgeReindexed(List.copyOf(changedDocuments)));
        }
        ReindexReport report = new ReindexReport(
                added,
                updated,
                gone.size(),
                unchanged,
                index.passageCount(),
                failures,
                List.copyOf(changedDocuments),
                Duration.ofNanos(System.nanoTime() - started));
        log.info(
                "Index synchronised: {} added, {} updated, {} removed, {} unchanged, {} failed, {} passages in {} ms",
                added,
                updated,
                gone.size(),
                unchanged,
                failures.size(),
                report.passages(),
                report.took().toMillis());
        if (report.passages() == 0) {
            // Started from another folder than the documents' is the usual cause: say so, or every
            // question is escalated with "the documents say nothing about it" and nobody knows why.
            log.warn("The index holds no passages: every question will be escalated until documents are added"
                    + " to the knowledge base (OFFICE_KNOWLEDGE_BASE, office.knowledge.base-dir) or uploaded"
                    + " in the console");
        }
        return report;
    }

    private Set<String> documentsOf(String file) {
        Set<String> numbers = new HashSet<>();
        Query passagesOfFile = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(PassageDocuments.FILE, file)), BooleanClause.Occur.FILTER)
                .add(
                        new TermQuery(new Term(PassageDocuments.KIND, PassageDocuments.PASSAGE)),
                        BooleanClause.Occur.FILTER)
                .build();
        index.passages(passagesOfFile)
                .forEach(passage -> numbers.add(passage.document().number()));
        return numbers;
    }

    @Override
    public RetrievalResult retrieve(String question, int top) {
        return engine.retrieve(question, top);
    }

    @Override
    public List<DueItem> deadlines(LocalDate dueBy, String language) {
        Map<String, DueItem> byPoint = new LinkedHashMap<>();
        for (Passage passage : index.passages(new TermQuery(new Term(PassageDocuments.HAS_DEADLINE, "yes")))) {
            for (Deadline deadline : passage.deadlines()) {
                if (dueBy != null && !deadline.isDueBy(dueBy)) {
                    continue;
                }
                DueItem item = new DueItem(deadline, passage.document(), passage.section());
                String key = passage.document().number() + "|" + passage.section() + "|" + deadline.due() + "|"
                        + deadline.dayOfMonth();
                DueItem existing = byPoint.get(key);
                if (existing == null
                        || (item.language().equals(language)
                                && !existing.language().equals(language))) {
                    byPoint.put(key, item);
                }
            }
        }
        return byPoint.values().stream()
                .sorted(Comparator.comparing((DueItem item) -> item.deadline().isMonthly())
                        .thenComparing(item -> item.deadline().due(), Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    @Override
    public int passageCount() {
        return index.passageCount();
    }
}
