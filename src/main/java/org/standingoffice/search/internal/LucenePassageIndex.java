package org.standingoffice.search.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.standingoffice.knowledge.Passage;
import org.standingoffice.knowledge.SourceFile;
import org.standingoffice.search.SearchProperties;

/**
 * The Lucene index of passages. Changes go to one {@link IndexWriter}; searchers come from a
 * {@link SearcherManager} that is refreshed only after a commit, so a search sees either the index
 * before a reindex or after it, never half of one. A schema stamp in the commit data rebuilds the
 * index when the analysis changes.
 *
 * <p>Lucene lets one process write an index. When another holds it (the service is running while
 * {@code ask} is used on the same data dir), the index opens read-only: searches see the other
 * process's last commit, and changes are refused.
 */
final class LucenePassageIndex implements Closeable {

    /** 3: passages carry their heading, their document's title and their section key apart. */
    static final String SCHEMA_VERSION = "3";

    private static final String SCHEMA_KEY = "schema";

    private final Directory directory;
    private static final Logger log = LoggerFactory.getLogger(LucenePassageIndex.class);

    private final Path path;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final String schema = SCHEMA_VERSION;

    /** An index searched with the default {@link SearchProperties.Lexical} scoring. */
    public LucenePassageIndex(Path path) {
        this(path, new SyllableScoring(SearchProperties.Lexical.DEFAULTS.syllables()));
    }

    /** @param scoring how searches score passages (only searches: it changes nothing indexed) */
    public LucenePassageIndex(Path path, Similarity scoring) {
        this.path = path;
        try {
            this.directory = FSDirectory.open(path);
            IndexWriterConfig config = new IndexWriterConfig(TextAnalyzers.perField());
            config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            this.writer = openWriter(directory, config);
            SearcherFactory factory = new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                    IndexSearcher searcher = new IndexSearcher(reader);
                    searcher.setSimilarity(scoring);
                    return searcher;
                }
            };
            if (writer == null) {
                this.searchers = new SearcherManager(directory, factory);
            } else {
                rebuildIfSchemaChanged();
                this.searchers = new SearcherManager(writer, factory);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the index at " + path, e);
        }
    }

    private IndexWriter openWriter(Directory directory, IndexWriterConfig config) throws IOException {
        try {
            return new IndexWriter(directory, config);
        } catch (LockObtainFailedException heldElsewhere) {
            log.warn("The index at {} is being written by another process; searching it read-only", path);
            return null;
        }
    }

    /** Whether another process writes this index, so this one may only search it. */
    public boolean isReadOnly() {
        return writer == null;
    }

    private void rebuildIfSchemaChanged() throws IOException {
        Map<String, String> committed = new HashMap<>();
        writer.getLiveCommitData().forEach(entry -> committed.put(entry.getKey(), entry.getValue()));
        if (!schema.equals(committed.get(SCHEMA_KEY))) {
            writer.deleteAll();
            commitWithSchema();
        }
    }

    /** The files in the index and the hash they were indexed with. */
    public Map<String, String> indexedFiles() {
        return withSearcher(searcher -> {
            Map<String, String> files = new HashMap<>();
            TermQuery markers = new TermQuery(new Term(PassageDocuments.KIND, PassageDocuments.FILE_MARKER));
            StoredFields stored = searcher.storedFields();
            int all = Math.max(1, searcher.getIndexReader().maxDoc());
            for (ScoreDoc hit : searcher.search(markers, all).scoreDocs) {
                Document doc = stored.document(hit.doc);
                files.put(doc.get(PassageDocuments.FILE), doc.get(PassageDocuments.FILE_HASH));
            }
            return files;
        });
    }

    /** The stored passages matching {@code query}, in index order. */
    public List<Passage> passages(Query query) {
        return withSearcher(searcher -> {
            StoredFields stored = searcher.storedFields();
            List<Passage> passages = new ArrayList<>();
            int all = Math.max(1, searcher.getIndexReader().maxDoc());
            for (ScoreDoc hit : searcher.search(query, all).scoreDocs) {
                passages.add(PassageDocuments.toPassage(stored.document(hit.doc)));
            }
            return passages;
        });
    }

    /** Replaces everything indexed from {@code file}; invisible to searches until {@link #commit()}. */
    public void replace(SourceFile file, List<Passage> passages) {
        requireWritable();
        try {
            writer.deleteDocuments(new Term(PassageDocuments.FILE, file.name()));
            for (Passage passage : passages) {
                writer.addDocument(PassageDocuments.toDocument(passage, file.contentHash()));
            }
            writer.addDocument(PassageDocuments.fileMarker(file.name(), file.contentHash()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index " + file.name(), e);
        }
    }

    /** Removes a file that left the knowledge base; invisible to searches until {@link #commit()}. */
    public void remove(String file) {
        requireWritable();
        try {
            writer.deleteDocuments(new Term(PassageDocuments.FILE, file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + file, e);
        }
    }

    /** Makes every change since the last commit durable and visible to new searches at once. */
    public void commit() {
        requireWritable();
        try {
            commitWithSchema();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the index", e);
        }
    }

    private void commitWithSchema() throws IOException {
        writer.setLiveCommitData(Map.of(SCHEMA_KEY, schema).entrySet());
        writer.commit();
    }

    private void requireWritable() {
        if (isReadOnly()) {
            throw new IllegalStateException("the index at " + path + " is being written by another process");
        }
    }

    /** Shows this process the latest commit, a read-only index's only way to see changes. */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int passageCount() {
        return withSearcher(
                searcher -> searcher.count(new TermQuery(new Term(PassageDocuments.KIND, PassageDocuments.PASSAGE))));
    }

    /** Runs {@code work} on a searcher over the last committed state of the index. */
    public <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Work done on a searcher; may throw {@link IOException}. */
    @FunctionalInterface
    public interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        if (writer != null) {
            writer.close();
        }
        directory.close();
    }
}
