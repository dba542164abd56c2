package org.standingoffice.telegram.internal.asker;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.standingoffice.desk.OfficeDirectory;
import org.standingoffice.desk.OfficeSettings;
import org.standingoffice.places.AdministrativeUnits;
import org.standingoffice.places.Place;
import org.standingoffice.telegram.NewInvite;
import org.standingoffice.telegram.TelegramInvite;
import org.standingoffice.telegram.TelegramInvites;
import org.standingoffice.telegram.TelegramProperties;
import org.standingoffice.telegram.internal.transport.BotIdentity;

/** Invitations in the database, with codes from a secure random source. */
@Service
@Transactional
class JdbcInvites implements TelegramInvites {

    /** What Telegram accepts as a {@code /start} payload. */
    static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final JdbcClient jdbc;
    private final AdministrativeUnits units;
    private final OfficeDirectory offices;
    private final TelegramProperties properties;
    private final BotIdentity bot;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    JdbcInvites(
            JdbcClient jdbc,
            AdministrativeUnits units,
            OfficeDirectory offices,
            TelegramProperties properties,
            BotIdentity bot,
            Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.offices = offices;
        this.properties = properties;
        this.bot = bot;
        this.clock = clock;
    }

    @Override
    public TelegramInvite create(NewInvite invite) {
        if (invite.maxUses() < 1 || invite.maxUses() > NewInvite.MAX_USES) {
            throw new IllegalArgumentException("an invitation allows 1 to " + NewInvite.MAX_USES + " uses");
        }
        Duration validity = invite.validFor() == null ? properties.inviteValidity() : invite.validFor();
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("an invitation must be valid for some time");
        }
        // Only what a creator asks for is bounded; the configured default is the operator's choice.
        if (invite.validFor() != null && invite.validFor().compareTo(Duration.ofDays(NewInvite.MAX_VALID_DAYS)) > 0) {
            throw new IllegalArgumentException(
                    "an invitation is valid for at most " + NewInvite.MAX_VALID_DAYS + " days");
        }
        if (invite.office() != null
                && offices.offices().stream().map(OfficeSettings::id).noneMatch(invite.office()::equals)) {
            throw new IllegalArgumentException("no office " + invite.office());
        }
        Place place = units.resolve(invite.commune(), invite.province());
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String code = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into telegram_invite (code, office_id, commune, province, max_uses, uses, expires_at,
                            revoked, created_by, created_at)
                        values (?, ?, ?, ?, ?, 0, ?, false, ?, ?)""")
                .params(
                        code,
                        invite.office(),
                        place.commune(),
                        place.province(),
                        invite.maxUses(),
                        Timestamp.from(now.plus(validity)),
                        invite.createdBy() == null ? "unknown" : invite.createdBy(),
                        Timestamp.from(now))
                .update();
        return find(code).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TelegramInvite> find(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        return jdbc.sql("select * from telegram_invite where code = ?")
                .params(code)
                .query(this::invite)
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public List<TelegramInvite> list(int page, int size) {
        int pageSize = Math.max(1, Math.min(size, 100));
        return jdbc.sql("select * from telegram_invite order by created_at desc, code offset "
                        + (long) Math.max(0, page) * pageSize + " rows fetch next " + pageSize + " rows only")
                .query(this::invite)
                .list();
    }

    @Override
    public void revoke(String code) {
        jdbc.sql("update telegram_invite set revoked = true where code = ?")
                .params(code)
                .update();
    }

    /**
     * Uses the invitation once if it is still usable; the row lock makes the last use of a
     * limited invitation go to one asker only.
     */
    Optional<TelegramInvite> redeem(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        Optional<TelegramInvite> invite = jdbc.sql("select * from telegram_invite where code = ? for update")
                .params(code)
                .query(this::invite)
                .optional()
                .filter(found -> found.usable(clock.instant()));
        invite.ifPresent(found -> jdbc.sql("update telegram_invite set uses = uses + 1 where code = ?")
                .params(code)
                .update());
        return invite;
    }

    private TelegramInvite invite(ResultSet row, int index) throws SQLException {
        String code = row.getString("code");
        String username = bot.username();
        return new TelegramInvite(
                code,
                username == null ? null : "https://t.me/" + username + "?start=" + code,
                row.getString("office_id"),
                row.getString("commune"),
                row.getString("province"),
                row.getInt("max_uses"),
                row.getInt("uses"),
                row.getTimestamp("expires_at").toInstant(),
                row.getBoolean("revoked"),
                row.getString("created_by"),
                row.getTimestamp("created_at").toInstant());
    }
}
