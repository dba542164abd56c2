package org.standingoffice.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.standingoffice.accounts.AccountExists;
import org.standingoffice.accounts.LastAdmin;
import org.standingoffice.accounts.Role;
import org.standingoffice.accounts.StaffAccount;
import org.standingoffice.accounts.StaffDirectory;

/** Accounts in the {@code staff_account} table. */
@Service
@Transactional
class JdbcStaffDirectory implements StaffDirectory {

    private static final String COLUMNS =
            "username, display_name, role, office_id, enabled, created_at, credentials_changed_at";

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    JdbcStaffDirectory(JdbcClient jdbc, PasswordEncoder passwords, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StaffAccount> find(String username) {
        return jdbc.sql("select " + COLUMNS + " from staff_account where username = ?")
                .param(username)
                .query(JdbcStaffDirectory::account)
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Credentials> credentials(String username) {
        return jdbc.sql("select " + COLUMNS + ", password_hash from staff_account where username = ?")
                .param(username)
                .query((rs, row) -> new Credentials(account(rs, row), rs.getString("password_hash")))
                .optional();
    }

    @Override
    public StaffAccount create(String username, String displayName, Role role, String office, String password) {
        if (username == null || !username.matches(USERNAME_PATTERN)) {
            throw new IllegalArgumentException("the user name must match " + USERNAME_PATTERN);
        }
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("the display name is empty");
        }
        if (role == null) {
            throw new IllegalArgumentException("the role is missing");
        }
        if (office != null && !officeExists(office)) {
            throw new IllegalArgumentException("there is no office " + office);
        }
        String hash = hash(password);
        if (find(username).isPresent()) {
            throw new AccountExists(username);
        }
        Instant now = clock.instant();
        try {
            jdbc.sql("insert into staff_account (username, display_name, role, password_hash, office_id, enabled,"
                            + " created_at) values (?, ?, ?, ?, ?, true, ?)")
                    .params(username, displayName.strip(), role.name(), hash, office, Timestamp.from(now))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new AccountExists(username); // created concurrently since the check above
        }
        return new StaffAccount(username, displayName.strip(), role, office, true, now, null);
    }

    @Override
    public void disable(String username) {
        StaffAccount account = existing(username);
        if (account.role() == Role.ADMIN) {
            keepAnEnabledAdminBesides(username);
        }
        setEnabled(username, false);
    }

    @Override
    public void enable(String username) {
        existing(username);
        setEnabled(username, true);
    }

    @Override
    public StaffAccount reassign(String username, Role role, String office) {
        if (role == null) {
            throw new IllegalArgumentException("the role is missing");
        }
        if (office != null && !officeExists(office)) {
            throw new IllegalArgumentException("there is no office " + office);
        }
        StaffAccount account = existing(username);
        if (account.role() == Role.ADMIN && role != Role.ADMIN) {
            keepAnEnabledAdminBesides(username);
        }
        jdbc.sql("update staff_account set role = ?, office_id = ? where username = ?")
                .params(role.name(), office, username)
                .update();
        return new StaffAccount(
                username,
                account.displayName(),
                role,
                office,
                account.enabled(),
                account.createdAt(),
                account.credentialsChangedAt());
    }

    @Override
    public void changePassword(String username, String newPassword) {
        requireAccount(
                username,
                jdbc.sql("update staff_account set password_hash = ?, credentials_changed_at = ? where username = ?")
                        .params(hash(newPassword), Timestamp.from(clock.instant()), username)
                        .update());
    }

    /** The same password, hashed anew: sessions signed in with it stay valid. */
    @Override
    public void replacePasswordHash(String username, String newHash) {
        requireAccount(
                username,
                jdbc.sql("update staff_account set password_hash = ? where username = ?")
                        .params(newHash, username)
                        .update());
    }

    private static void requireAccount(String username, int updatedRows) {
        if (updatedRows == 0) {
            throw new IllegalArgumentException("there is no account " + username);
        }
    }

    @Override
    public String issueApiToken(String username) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        int updated = jdbc.sql("update staff_account set api_token_hash = ? where username = ?")
                .params(StaffDirectory.hashToken(token), username)
                .update();
        if (updated == 0) {
            throw new IllegalArgumentException("there is no account " + username);
        }
        return token;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StaffAccount> findByTokenHash(String tokenHash) {
        if (tokenHash == null) {
            return Optional.empty();
        }
        return jdbc.sql("select " + COLUMNS + " from staff_account where api_token_hash = ?")
                .param(tokenHash)
                .query(JdbcStaffDirectory::account)
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public List<StaffAccount> list(int page, int size) {
        int pageSize = Math.max(1, size);
        return jdbc.sql("select " + COLUMNS + " from staff_account order by username offset ? rows fetch next ? rows"
                        + " only")
                .params((long) Math.max(0, page) * pageSize, pageSize)
                .query(JdbcStaffDirectory::account)
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean anyWithRole(Role role) {
        return jdbc.sql("select count(*) from staff_account where role = ?")
                        .param(role.name())
                        .query(Long.class)
                        .single()
                > 0;
    }

    private StaffAccount existing(String username) {
        return find(username).orElseThrow(() -> new IllegalArgumentException("there is no account " + username));
    }

    private void setEnabled(String username, boolean enabled) {
        jdbc.sql("update staff_account set enabled = ? where username = ?")
                .params(enabled, username)
                .update();
    }

    /**
     * Locks the enabled admins' rows before counting them: of two admins disabling each other at
     * once, the second waits for the first, then sees one admin fewer and is refused.
     */
    private void keepAnEnabledAdminBesides(String username) {
        List<String> admins = jdbc.sql("select username from staff_account where role = ? and enabled = true"
                        + " order by username for update")
                .param(Role.ADMIN.name())
                .query(String.class)
                .list();
        if (admins.equals(List.of(username))) {
            throw new LastAdmin(username);
        }
    }

    private boolean officeExists(String office) {
        return jdbc.sql("select count(*) from office where id = ?")
                        .param(office)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private String hash(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new IllegalArgumentException("the password has fewer than " + MIN_PASSWORD + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new IllegalArgumentException("the password is longer than " + MAX_PASSWORD_BYTES + " bytes");
        }
        return passwords.encode(password);
    }

    private static StaffAccount account(ResultSet rs, int row) throws SQLException {
        return new StaffAccount(
                rs.getString("username"),
                rs.getString("display_name"),
                Role.valueOf(rs.getString("role")),
                rs.getString("office_id"),
                rs.getBoolean("enabled"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("credentials_changed_at") == null
                        ? null
                        : rs.getTimestamp("credentials_changed_at").toInstant());
    }

    @Override
    public Optional<String> language(String username) {
        return jdbc.sql("select language from staff_account where username = ?")
                .param(username)
                .query(String.class)
                .optional();
    }

    @Override
    public void chooseLanguage(String username, String language) {
        jdbc.sql("update staff_account set language = ? where username = ?")
                .params(language, username)
                .update();
    }
}
