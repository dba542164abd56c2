package org.standingoffice.telegram.internal.staff;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.standingoffice.telegram.TelegramProperties;
import org.standingoffice.telegram.internal.ConditionalOnTelegram;
import org.standingoffice.telegram.internal.transport.BotApi;
import org.standingoffice.telegram.internal.transport.BotApiFailure;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberRestricted;
import org.telegram.telegrambots.meta.api.objects.chatmember.MemberStatus;

/**
 * Who may act on staff cards: members of the staff group the press or reply came from (the default
 * group or an office's), as Telegram says ({@code getChatMember}, trusted for {@code
 * membership-cache-ttl}), and the configured staff user ids. Anyone else
 * pressing a card's button — someone the card was forwarded to, a removed member — is refused.
 * When Telegram cannot be asked, the answer is no and nothing is cached.
 */
@Component
@ConditionalOnTelegram
class StaffMembership {

    private static final Logger log = LoggerFactory.getLogger(StaffMembership.class);
    private static final Set<String> MEMBERS =
            Set.of(MemberStatus.CREATOR, MemberStatus.ADMINISTRATOR, MemberStatus.MEMBER);

    private final BotApi api;
    private final TelegramProperties properties;
    /** A user in a group. */
    private record Membership(long chatId, long userId) {}

    private final Cache<Membership, Boolean> members;

    StaffMembership(BotApi api, TelegramProperties properties) {
        this.api = api;
        this.properties = properties;
        this.members = Caffeine.newBuilder()
                .expireAfterWrite(properties.membershipCacheTtl())
                .maximumSize(10_000)
                .build();
    }

    /** Whether the user may act in {@code groupChatId}, a staff group. */
    boolean isStaff(long userId, long groupChatId) {
        if (properties.staffUserIds().contains(userId)) {
            return true;
        }
        Boolean member = members.get(new Membership(groupChatId, userId), this::ask);
        return Boolean.TRUE.equals(member);
    }

    private Boolean ask(Membership membership) {
        long userId = membership.userId();
        try {
            ChatMember member = api.call(GetChatMember.builder()
                    .chatId(membership.chatId())
                    .userId(userId)
                    .build());
            if (member instanceof ChatMemberRestricted restricted) {
                return Boolean.TRUE.equals(restricted.getIsMember());
            }
            return member != null && MEMBERS.contains(member.getStatus());
        } catch (BotApiFailure e) {
            if (e.kind() == BotApiFailure.Kind.PERMANENT) {
                // "user not found" and the like: not a member, and worth remembering.
                return false;
            }
            log.warn("Could not check whether user {} is in the staff group: {}", userId, e.getMessage());
            return null; // not cached: ask again next time
        }
    }
}
