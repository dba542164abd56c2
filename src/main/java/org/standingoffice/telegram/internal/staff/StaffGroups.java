package org.standingoffice.telegram.internal.staff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.standingoffice.desk.OfficeDirectory;
import org.standingoffice.telegram.OfficeGroup;
import org.standingoffice.telegram.TelegramOfficeGroups;
import org.standingoffice.telegram.TelegramProperties;
import org.standingoffice.telegram.UnreachableGroup;
import org.standingoffice.telegram.internal.ConditionalOnTelegram;
import org.standingoffice.telegram.internal.Html;
import org.standingoffice.telegram.internal.transport.BotApi;
import org.standingoffice.telegram.internal.transport.BotApiFailure;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChat;
import org.telegram.telegrambots.meta.api.objects.chat.ChatFullInfo;

/**
 * The staff groups: the default one ({@code TELEGRAM_STAFF_CHAT_ID}) and one per office where an
 * administrator set it. Decides where a question's cards go and whether a chat is a staff group
 * at all (messages and presses from other groups are ignored).
 */
@Service
@Transactional
@ConditionalOnTelegram
public class StaffGroups implements TelegramOfficeGroups {

    private static final Set<String> GROUP_TYPES = Set.of("group", "supergroup");

    private final JdbcClient jdbc;
    private final BotApi api;
    private final OfficeDirectory offices;
    private final TelegramProperties properties;
    private final Clock clock;

    StaffGroups(JdbcClient jdbc, BotApi api, OfficeDirectory offices, TelegramProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.api = api;
        this.offices = offices;
        this.properties = properties;
        this.clock = clock;
    }

    /** The group for a question of this office: its own, else the default one, else none. */
    @Transactional(readOnly = true)
    Optional<Long> forOffice(String officeId) {
        if (officeId != null) {
            Optional<Long> own = jdbc.sql("select chat_id from telegram_office_group where office_id = ?")
                    .param(officeId)
                    .query(Long.class)
                    .optional();
            if (own.isPresent()) {
                return own;
            }
        }
        return Optional.ofNullable(properties.staffChatId());
    }

    @Transactional(readOnly = true)
    public boolean isStaffGroup(long chatId) {
        if (properties.staffChatId() != null && properties.staffChatId() == chatId) {
            return true;
        }
        return jdbc.sql("select count(*) from telegram_office_group where chat_id = ?")
                        .param(chatId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OfficeGroup> list() {
        return jdbc.sql("select * from telegram_office_group order by office_id")
                .query(StaffGroups::group)
                .list();
    }

    @Override
    public OfficeGroup set(String officeId, long chatId, String by) {
        if (offices.offices().stream().noneMatch(office -> office.id().equals(officeId))) {
            throw new IllegalArgumentException("no office " + officeId);
        }
        Optional<String> holder = jdbc.sql("select office_id from telegram_office_group where chat_id = ?")
                .param(chatId)
                .query(String.class)
                .optional();
        if (holder.isPresent() && !holder.get().equals(officeId)) {
            throw new UnreachableGroup(UnreachableGroup.Reason.TAKEN, chatId, holder.get());
        }
        ChatFullInfo chat = chat(chatId);
        if (!GROUP_TYPES.contains(chat.getType())) {
            throw new UnreachableGroup(UnreachableGroup.Reason.NOT_A_GROUP, chatId, chat.getType());
        }
        // Stored to the microsecond at best: keep what the database keeps.
        OfficeGroup group = new OfficeGroup(
                officeId, chatId, chat.getTitle(), by, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        jdbc.sql("delete from telegram_office_group where office_id = ?")
                .param(officeId)
                .update();
        jdbc.sql("""
                        insert into telegram_office_group (office_id, chat_id, title, set_by, set_at)
                        values (?, ?, ?, ?, ?)""")
                .params(
                        officeId,
                        chatId,
                        chat.getTitle() == null ? null : Html.truncate(chat.getTitle(), 300),
                        by,
                        Timestamp.from(group.setAt()))
                .update();
        return group;
    }

    @Override
    public void clear(String officeId) {
        jdbc.sql("delete from telegram_office_group where office_id = ?")
                .param(officeId)
                .update();
    }

    private ChatFullInfo chat(long chatId) {
        try {
            ChatFullInfo chat = api.call(GetChat.builder().chatId(chatId).build());
            if (chat == null) {
                throw new UnreachableGroup(UnreachableGroup.Reason.NOT_VISIBLE, chatId, null);
            }
            return chat;
        } catch (BotApiFailure e) {
            throw new UnreachableGroup(
                    e.kind() == BotApiFailure.Kind.PERMANENT
                            ? UnreachableGroup.Reason.NOT_VISIBLE
                            : UnreachableGroup.Reason.TELEGRAM_UNAVAILABLE,
                    chatId,
                    e.getMessage());
        }
    }

    private static OfficeGroup group(ResultSet row, int index) throws SQLException {
        return new OfficeGroup(
                row.getString("office_id"),
                row.getLong("chat_id"),
                row.getString("title"),
                row.getString("set_by"),
                row.getTimestamp("set_at").toInstant());
    }
}
