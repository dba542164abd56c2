package org.standingoffice.telegram.internal.staff;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.standingoffice.accounts.StaffDirectory;
import org.standingoffice.telegram.TelegramLinkCode;
import org.standingoffice.telegram.TelegramProperties;
import org.standingoffice.telegram.TelegramStaffLink;
import org.standingoffice.telegram.TelegramStaffLinks;
import org.standingoffice.telegram.internal.transport.BotIdentity;

/**
 * Links and their one-time codes in the database. A code is 8 characters of a 32-character
 * alphabet (40 bits): short enough to type on a phone, and with a few codes alive for minutes at a
 * time, far beyond what guessing at Telegram's message rate could reach.
 */
@Service
@Transactional
public class JdbcStaffLinks implements TelegramStaffLinks {

    /** Letters and digits that are not easily mistaken for one another: no 0/O, no 1/I. */
    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    private static final int LENGTH = 8;
    private static final Pattern CODE = Pattern.compile("[" + ALPHABET + "]{" + LENGTH + "}");

    private final JdbcClient jdbc;
    private final TelegramProperties properties;
    private final BotIdentity bot;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public JdbcStaffLinks(JdbcClient jdbc, TelegramProperties properties, BotIdentity bot, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.bot = bot;
        this.clock = clock;
    }

    @Override
    public TelegramLinkCode issueCode(String username) {
        Instant now = clock.instant();
        // Expired codes of every account go here too: the table stays small without a scheduled job.
        jdbc.sql("delete from telegram_link_code where username = ? or expires_at <= ?")
                .params(username, Timestamp.from(now))
                .update();
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        Instant expiresAt = now.plus(properties.linkCodeValidity());
        jdbc.sql("insert into telegram_link_code (code_hash, username, expires_at) values (?, ?, ?)")
                .params(StaffDirectory.hashToken(code.toString()), username, Timestamp.from(expiresAt))
                .update();
        return new TelegramLinkCode(code.toString(), expiresAt, bot.username());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TelegramStaffLink> linkedUser(String username) {
        return jdbc.sql("select user_id, linked_at from telegram_staff_link where username = ?")
                .params(username)
                .query((row, index) -> new TelegramStaffLink(
                        row.getLong("user_id"), row.getTimestamp("linked_at").toInstant()))
                .optional();
    }

    @Override
    public void unlink(String username) {
        jdbc.sql("delete from telegram_staff_link where username = ?")
                .params(username)
                .update();
        jdbc.sql("delete from telegram_link_code where username = ?")
                .params(username)
                .update();
    }

    /**
     * Uses the code once to link the Telegram user to the code's account, replacing whatever either
     * was linked to before. Deleting the code is what claims it, so of two uses at once one wins.
     *
     * @return the account, or empty when the code is unknown, used or expired
     */
    public Optional<String> redeem(String typed, long telegramUserId) {
        Optional<String> hash = hash(typed);
        if (hash.isEmpty()) {
            return Optional.empty();
        }
        record Issued(String username, Instant expiresAt) {}
        Optional<Issued> issued = jdbc.sql("select username, expires_at from telegram_link_code where code_hash = ?")
                .params(hash.get())
                .query((row, index) -> new Issued(
                        row.getString("username"),
                        row.getTimestamp("expires_at").toInstant()))
                .optional();
        Instant now = clock.instant();
        if (issued.isEmpty()
                || !discard(hash.get())
                || !now.isBefore(issued.get().expiresAt())) {
            return Optional.empty();
        }
        String username = issued.get().username();
        jdbc.sql("delete from telegram_staff_link where user_id = ? or username = ?")
                .params(telegramUserId, username)
                .update();
        jdbc.sql("insert into telegram_staff_link (user_id, username, linked_at) values (?, ?, ?)")
                .params(telegramUserId, username, Timestamp.from(now))
                .update();
        return Optional.of(username);
    }

    /** The code stops working; it was shown where others could read it. */
    void burn(String typed) {
        hash(typed).ifPresent(this::discard);
    }

    /** The console account the Telegram user is linked to. */
    @Transactional(readOnly = true)
    public Optional<String> accountOf(long telegramUserId) {
        return jdbc.sql("select username from telegram_staff_link where user_id = ?")
                .params(telegramUserId)
                .query(String.class)
                .optional();
    }

    private boolean discard(String hash) {
        return jdbc.sql("delete from telegram_link_code where code_hash = ?")
                        .params(hash)
                        .update()
                == 1;
    }

    /** Typed codes are forgiven their case and the spaces or hyphens people add while copying. */
    private static Optional<String> hash(String typed) {
        String code = typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return CODE.matcher(code).matches() ? Optional.of(StaffDirectory.hashToken(code)) : Optional.empty();
    }
}
