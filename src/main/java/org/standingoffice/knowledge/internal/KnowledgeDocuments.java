package org.standingoffice.knowledge.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.standingoffice.knowledge.SourceDocument;
import org.standingoffice.knowledge.StoredVersion;

/**
 * The documents of the deployment in the database: every version with its bytes, and one
 * knowledge version for all of them. A change takes the knowledge version's row lock first, so
 * changes from several instances are serialised and each gets its own number; a change that
 * stores what is already current does nothing and keeps the number.
 */
@Component
class KnowledgeDocuments {

    /** A document's current state. */
    record Current(String name, int version, String contentHash, boolean removed) {}

    /** The stored file of a document's current version; {@code sidecar} for PDF, DOCX and HTML. */
    record Content(byte[] bytes, String sidecar, String contentHash) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final KnowledgeNotifications notifications;

    KnowledgeDocuments(JdbcClient jdbc, TransactionTemplate transactions, KnowledgeNotifications notifications) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.notifications = notifications;
    }

    /** The deployment's knowledge version: how many changes the documents have seen. */
    long version() {
        return jdbc.sql("select version from knowledge_version where id = 1")
                .query(Long.class)
                .single();
    }

    /** Every document ever stored, removed ones included, by name. */
    Map<String, Current> current() {
        Map<String, Current> documents = new LinkedHashMap<>();
        jdbc.sql("select name, version, content_hash, removed from knowledge_document order by name")
                .query((row, i) -> new Current(
                        row.getString("name"),
                        row.getInt("version"),
                        row.getString("content_hash"),
                        row.getBoolean("removed")))
                .list()
                .forEach(document -> documents.put(document.name(), document));
        return documents;
    }

    /** Whether some version of the document, current or older, had this content. */
    boolean known(String name, String contentHash) {
        return jdbc.sql("select count(*) from knowledge_document_version where name = ? and content_hash = ?")
                        .params(name, contentHash)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The versions of the document, newest first. */
    List<StoredVersion> history(String name) {
        return jdbc.sql("""
                        select version, stored_by, stored_at, removed from knowledge_document_version
                        where name = ? order by version desc""")
                .params(name)
                .query((row, i) -> {
                    String by = row.getString("stored_by");
                    return new StoredVersion(
                            row.getInt("version"),
                            DatabaseKnowledgeBase.IMPORTED_BY.equals(by) ? null : by,
                            row.getTimestamp("stored_at").toInstant(),
                            row.getBoolean("removed"));
                })
                .list();
    }

    Optional<Content> content(String name) {
        return jdbc.sql("""
                        select v.content, v.sidecar, v.content_hash from knowledge_document d
                        join knowledge_document_version v on v.name = d.name and v.version = d.version
                        where d.name = ? and not d.removed""")
                .params(name)
                .query((row, i) ->
                        new Content(row.getBytes("content"), row.getString("sidecar"), row.getString("content_hash")))
                .optional();
    }

    /**
     * Stores a new version of the document unless its current version has this content already.
     *
     * @param metadata what the file says about itself; {@code null} when it cannot be read (it is
     *     stored all the same, and each index reports the failure as for a file in the folder)
     * @return the knowledge version that includes it
     */
    long store(
            String name,
            byte[] bytes,
            String sidecar,
            String contentHash,
            SourceDocument metadata,
            String storedBy,
            Instant now) {
        return transactions.execute(status -> {
            long version = lockVersion();
            Current current = currentOf(name).orElse(null);
            if (current != null && !current.removed() && current.contentHash().equals(contentHash)) {
                return version;
            }
            long next = version + 1;
            int documentVersion = current == null ? 1 : current.version() + 1;
            jdbc.sql("""
                            insert into knowledge_document_version (name, version, content, sidecar, content_hash,
                                number, title, language, stored_by, stored_at, knowledge_version)
                            values (:name, :version, :content, :sidecar, :hash, :number, :title, :language, :by, :at,
                                :knowledge)""")
                    .param("name", name)
                    .param("version", documentVersion)
                    .param("content", bytes)
                    .param("sidecar", sidecar)
                    .param("hash", contentHash)
                    .param("number", metadata == null ? null : metadata.number())
                    .param("title", metadata == null ? null : metadata.title())
                    .param("language", metadata == null ? null : metadata.language())
                    .param("by", storedBy)
                    .param("at", Timestamp.from(now))
                    .param("knowledge", next)
                    .update();
            if (current == null) {
                jdbc.sql("insert into knowledge_document (name, version, content_hash, removed, knowledge_version,"
                                + " changed_at) values (?, ?, ?, false, ?, ?)")
                        .params(name, documentVersion, contentHash, next, Timestamp.from(now))
                        .update();
            } else {
                jdbc.sql("update knowledge_document set version = ?, content_hash = ?, removed = false,"
                                + " knowledge_version = ?, changed_at = ? where name = ?")
                        .params(documentVersion, contentHash, next, Timestamp.from(now), name)
                        .update();
            }
            return bump(next, now);
        });
    }

    /** Marks the document removed (its versions are kept); nothing when it is removed already. */
    long remove(String name, String removedBy, Instant now) {
        return transactions.execute(status -> {
            long version = lockVersion();
            Current current = currentOf(name).orElse(null);
            if (current == null || current.removed()) {
                return version;
            }
            long next = version + 1;
            jdbc.sql("""
                            insert into knowledge_document_version (name, version, content, content_hash, removed,
                                stored_by, stored_at, knowledge_version)
                            values (?, ?, ?, ?, true, ?, ?, ?)""")
                    .params(
                            name,
                            current.version() + 1,
                            new byte[0],
                            current.contentHash(),
                            removedBy,
                            Timestamp.from(now),
                            next)
                    .update();
            jdbc.sql("update knowledge_document set version = ?, removed = true, knowledge_version = ?, changed_at = ?"
                            + " where name = ?")
                    .params(current.version() + 1, next, Timestamp.from(now), name)
                    .update();
            return bump(next, now);
        });
    }

    private long lockVersion() {
        return jdbc.sql("select version from knowledge_version where id = 1 for update")
                .query(Long.class)
                .single();
    }

    private long bump(long next, Instant now) {
        jdbc.sql("update knowledge_version set version = ?, changed_at = ? where id = 1")
                .params(next, Timestamp.from(now))
                .update();
        if (notifications.enabled()) {
            // Delivered when this transaction commits, and not at all if it rolls back.
            jdbc.sql("select pg_notify(?, ?)")
                    .params(KnowledgeNotifications.CHANNEL, Long.toString(next))
                    .query((row, i) -> 1)
                    .list();
        }
        return next;
    }

    private Optional<Current> currentOf(String name) {
        return jdbc.sql("select name, version, content_hash, removed from knowledge_document where name = ?")
                .params(name)
                .query((row, i) -> new Current(
                        row.getString("name"),
                        row.getInt("version"),
                        row.getString("content_hash"),
                        row.getBoolean("removed")))
                .optional();
    }
}
