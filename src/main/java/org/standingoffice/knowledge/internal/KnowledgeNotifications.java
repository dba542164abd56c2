package org.standingoffice.knowledge.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.standingoffice.knowledge.KnowledgeChanged;

/**
 * On PostgreSQL, tells this instance at once when any instance changed the knowledge base:
 * {@link KnowledgeDocuments} sends {@code NOTIFY knowledge_changed} in the transaction of the
 * change (delivered at its commit), and one connection per instance {@code LISTEN}s and publishes
 * {@link KnowledgeChanged}. The poll stays as the safety net (a notification sent while this
 * connection was being re-opened is lost), so nothing here has to be perfect. Off on H2, which
 * has no notifications and serves one instance.
 */
@Component
class KnowledgeNotifications implements SmartLifecycle {

    static final String CHANNEL = "knowledge_changed";

    private static final Logger log = LoggerFactory.getLogger(KnowledgeNotifications.class);

    private final DataSource dataSource;
    private final ApplicationEventPublisher events;
    private final boolean postgres;
    private volatile boolean running;
    private Thread listener;

    KnowledgeNotifications(DataSource dataSource, ApplicationEventPublisher events) {
        this.dataSource = dataSource;
        this.events = events;
        this.postgres = isPostgres(dataSource);
    }

    /** Whether changes are announced and heard: on PostgreSQL only. */
    boolean enabled() {
        return postgres;
    }

    @Override
    public void start() {
        running = true;
        if (!postgres) {
            return;
        }
        listener = new Thread(this::listen, "knowledge-listen");
        listener.setDaemon(true);
        listener.start();
    }

    @Override
    public void stop() {
        running = false;
        if (listener != null) {
            try {
                listener.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] heard = notifications.getNotifications(500);
                    if (heard != null && heard.length > 0) {
                        events.publishEvent(new KnowledgeChanged());
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                log.warn("Not listening for knowledge changes for now (the poll still finds them): {}", e.toString());
                pause();
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            return false;
        }
    }
}
