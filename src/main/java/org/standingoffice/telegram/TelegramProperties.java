package org.standingoffice.telegram;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The Telegram channel. Without a bot token the channel is off and nothing of it starts.
 *
 * @param botToken {@code TELEGRAM_BOT_TOKEN}; blank turns the channel off
 * @param apiUrl {@code TELEGRAM_API_URL}: scheme, host and port of the Bot API server (a local stub
 *     in tests, or a self-hosted Bot API server)
 * @param staffChatId {@code TELEGRAM_STAFF_CHAT_ID}: the staff group that receives cards; unset,
 *     staff work in the console only
 * @param staffUserIds Telegram user ids that may act on cards without being group members
 * @param botUsername the bot's user name for invitation links; unset, asked from Telegram at start
 * @param registration {@code OFFICE_REGISTRATION}: {@code invite} (only invited officials ask) or
 *     {@code open} (anyone, after giving commune and province)
 * @param registrationTries in open mode, answers naming no unit after which the official's
 *     questions go to staff with the place "not given" instead of asking again
 * @param defaultLanguage replies to askers, before their first question, whose Telegram language is
 *     English (Telegram's interface for everyone whose language it lacks) or none of the bundles'
 * @param languageSwitchWords words a question needs before its language becomes the one the bot
 *     writes to its asker in: a short one ("VPTT 412?") tells too little, plain ASCII being read as
 *     English, and would switch a Vietnamese official to English
 * @param staffLanguage the language of cards and prompts in the staff group
 * @param timeZone due times are shown in it
 * @param pollTimeout how long one long-polling request waits for updates
 * @param maxAttachmentSize photos and documents larger than this are refused
 * @param documentTypes MIME types of documents accepted with a question
 * @param membershipCacheTtl how long a staff-group membership check is trusted
 * @param inviteValidity how long an invitation works unless its creator says otherwise
 * @param linkCodeValidity how long a code that links a Telegram user to a console account works
 * @param consoleUrl the console's public address (e.g. {@code https://office.example}), for the
 *     "more in the console" link of a card too long for Telegram; unset, the card names the path
 */
@Validated
@ConfigurationProperties("office.telegram")
public record TelegramProperties(
        String botToken,
        @NotNull @DefaultValue("https://api.telegram.org") URI apiUrl,
        Long staffChatId,
        List<Long> staffUserIds,
        String botUsername,
        @NotNull @DefaultValue("polling") Mode mode,
        @Valid @DefaultValue Webhook webhook,
        @NotNull @DefaultValue("invite") Registration registration,
        @Min(1) @Max(5) @DefaultValue("2") int registrationTries,
        @NotBlank @DefaultValue("vi") String defaultLanguage,
        @Min(1) @DefaultValue("4") int languageSwitchWords,
        @NotBlank @DefaultValue("vi") String staffLanguage,
        @NotNull @DefaultValue("Asia/Ho_Chi_Minh") ZoneId timeZone,
        @NotNull @DefaultValue("50s") Duration pollTimeout,
        @Valid @DefaultValue Delivery delivery,
        @Valid @DefaultValue Inbox inbox,
        @NotNull @DefaultValue("20MB") DataSize maxAttachmentSize,

        @DefaultValue({
            "application/pdf",
            "image/jpeg",
            "image/png",
            "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.ms-excel",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.oasis.opendocument.text",
            "text/plain"
        })
        List<String> documentTypes,

        @NotNull @DefaultValue("5m") Duration membershipCacheTtl,
        @NotNull @DefaultValue("30d") Duration inviteValidity,
        @NotNull @DefaultValue("15m") Duration linkCodeValidity,
        String consoleUrl) {

    public TelegramProperties {
        staffUserIds = staffUserIds == null ? List.of() : List.copyOf(staffUserIds);
        documentTypes = documentTypes == null ? List.of() : List.copyOf(documentTypes);
    }

    /** Where staff read the whole of question {@code id} in the console. */
    public String consoleLink(long id) {
        String base = consoleUrl == null ? "" : consoleUrl.strip().replaceAll("/+$", "");
        return base + "/console/questions/" + id;
    }

    public boolean enabled() {
        return botToken != null && !botToken.isBlank();
    }

    public enum Mode {
        /** The service asks Telegram for updates: one instance, no public address needed. */
        POLLING,
        /** Telegram posts updates to {@code /telegram/webhook}: several instances behind a balancer. */
        WEBHOOK
    }

    public enum Registration {
        INVITE,
        OPEN
    }

    /**
     * @param url the public address Telegram posts to; set, the webhook is registered at start
     * @param secret {@code TELEGRAM_WEBHOOK_SECRET}: Telegram sends it in
     *     {@code X-Telegram-Bot-Api-Secret-Token}; requests without it are refused
     */
    public record Webhook(String url, String secret) {

        @Override
        public String toString() {
            return "Webhook[url=" + url + ", secret=" + (secret == null || secret.isBlank() ? "(unset)" : "(set)")
                    + "]";
        }
    }

    /**
     * Telegram's limits: about 30 messages a second overall, one a second to a private chat and 20
     * a minute to a group.
     *
     * @param perSecond messages a second overall
     * @param privateChatInterval least time between two messages to one private chat
     * @param groupChatInterval least time between two messages to one group
     * @param senders messages in flight at once
     * @param pollInterval how often the outbox is looked at when nothing wakes it
     * @param firstRetry wait after the first failure (5xx, network), doubled each time
     * @param maxRetry longest wait between attempts; a message is never given up for these failures
     * @param lease a message claimed for sending longer ago than this (its sender died) is sent again
     * @param retention how long sent and failed messages are kept (replies to prompts and overdue
     *     notices look up the messages they refer to)
     */
    public record Delivery(
            @Min(1) @Max(1000) @DefaultValue("30") int perSecond,
            @NotNull @DefaultValue("1s") Duration privateChatInterval,
            @NotNull @DefaultValue("3s") Duration groupChatInterval,
            @Min(1) @Max(64) @DefaultValue("4") int senders,
            @NotNull @DefaultValue("200ms") Duration pollInterval,
            @NotNull @DefaultValue("1s") Duration firstRetry,
            @NotNull @DefaultValue("10m") Duration maxRetry,
            @NotNull @DefaultValue("2m") Duration lease,
            @NotNull @DefaultValue("30d") Duration retention) {}

    /**
     * @param workers updates handled at once (updates of one chat are handled in order)
     * @param maxAttempts tries before an update that keeps failing is set aside
     * @param retention how long handled update ids are kept to recognise repeats
     * @param lease an update claimed longer ago than this (its handler died) is handled again
     * @param maxUpdateSize the largest update read (a webhook body, one update of a poll); a larger
     *     one is set aside with its first bytes, and intake goes on
     */
    public record Inbox(
            @Min(1) @Max(64) @DefaultValue("4") int workers,
            @Min(1) @DefaultValue("5") int maxAttempts,
            @NotNull @DefaultValue("7d") Duration retention,
            @NotNull @DefaultValue("5m") Duration lease,
            @NotNull @DefaultValue("64KB") DataSize maxUpdateSize) {}

    @Override
    public String toString() {
        return "TelegramProperties[botToken=" + (enabled() ? "(set)" : "(unset)") + ", apiUrl=" + apiUrl
                + ", staffChatId=" + staffChatId + ", mode=" + mode + ", registration=" + registration + ", webhook="
                + webhook + "]";
    }
}
