package org.standingoffice.telegram.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.standingoffice.telegram.TelegramNames;
import org.standingoffice.telegram.internal.asker.AskerConversation;

/**
 * The names of officials from their registration ({@code telegram_asker}) and of nameless staff
 * members from their last action ({@code telegram_staff_name}). The one place that writes and reads
 * the desk names the channel gives people: {@code telegram:<chat>} and {@code tg-<user>}.
 */
@Service
@Transactional
public class JdbcTelegramNames implements TelegramNames {

    private static final String NAMELESS_STAFF = "tg-";
    private static final Pattern ASKER = Pattern.compile(AskerConversation.CHANNEL + ":(-?\\d{1,19})");
    private static final Pattern STAFF = Pattern.compile(NAMELESS_STAFF + "(\\d{1,19})");
    private static final int MAX_NAME = 200;

    private final JdbcClient jdbc;

    public JdbcTelegramNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The desk name of a staff member Telegram knows by no user name: {@code tg-<user id>}. */
    public static String namelessStaff(long userId) {
        return NAMELESS_STAFF + userId;
    }

    /** Keeps the Telegram name of a nameless staff member who acts; a blank name keeps the earlier one. */
    public void rememberStaff(long userId, String name, Instant now) {
        if (name == null || name.isBlank()) {
            return;
        }
        String shown = name.strip().length() > MAX_NAME ? name.strip().substring(0, MAX_NAME) : name.strip();
        int updated = jdbc.sql("update telegram_staff_name set display_name = ?, updated_at = ? where user_id = ?")
                .params(shown, Timestamp.from(now), userId)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into telegram_staff_name (user_id, display_name, updated_at) values (?, ?, ?)"
                            + " on conflict do nothing")
                    .params(userId, shown, Timestamp.from(now))
                    .update();
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> nameOf(String actor) {
        if (actor == null) {
            return Optional.empty();
        }
        Matcher asker = ASKER.matcher(actor);
        if (asker.matches()) {
            return name("select display_name from telegram_asker where chat_id = ?", asker.group(1));
        }
        Matcher staff = STAFF.matcher(actor);
        if (staff.matches()) {
            return name("select display_name from telegram_staff_name where user_id = ?", staff.group(1));
        }
        return Optional.empty();
    }

    private Optional<String> name(String sql, String id) {
        long key;
        try {
            key = Long.parseLong(id);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return jdbc.sql(sql).params(key).query(String.class).optional().filter(name -> !name.isBlank());
    }
}
