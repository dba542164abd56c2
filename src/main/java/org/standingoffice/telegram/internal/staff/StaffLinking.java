package org.standingoffice.telegram.internal.staff;

import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.standingoffice.telegram.internal.ConditionalOnTelegram;
import org.standingoffice.telegram.internal.Html;
import org.standingoffice.telegram.internal.Texts;
import org.standingoffice.telegram.internal.asker.Askers;
import org.standingoffice.telegram.internal.delivery.Outbox;
import org.standingoffice.telegram.internal.delivery.Outgoing;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * {@code /link CODE}: a member of staff links their Telegram user to the console account that
 * issued the code. Handled before anything else of a private chat, so staff need not register as
 * officials first. A code sent in the staff group is refused and stops working: everyone there has
 * read it and could use it first.
 */
@Component
@ConditionalOnTelegram
public class StaffLinking {

    public static final String COMMAND = "link";

    private static final Logger log = LoggerFactory.getLogger(StaffLinking.class);

    private final JdbcStaffLinks links;
    private final Askers askers;
    private final Outbox outbox;
    private final Texts texts;
    private final TransactionTemplate transactions;
    private final Clock clock;

    StaffLinking(
            JdbcStaffLinks links,
            Askers askers,
            Outbox outbox,
            Texts texts,
            TransactionTemplate transactions,
            Clock clock) {
        this.links = links;
        this.askers = askers;
        this.outbox = outbox;
        this.texts = texts;
        this.transactions = transactions;
        this.clock = clock;
    }

    public void onLink(long updateId, Message message, String code, boolean privateChat) {
        User from = message.getFrom();
        if (from == null || Boolean.TRUE.equals(from.getIsBot())) {
            return;
        }
        String language = askers.language(message.getChatId(), texts.supported(from.getLanguageCode()));
        if (!privateChat) {
            links.burn(code);
            reply(updateId, message, texts.get(language, "link.privately"));
            return;
        }
        if (code.isEmpty()) {
            reply(updateId, message, texts.get(language, "link.usage"));
            return;
        }
        // The link and its reply commit together: handled again after a crash, the update finds the
        // code used, and its "invalid" reply has the key of the one already queued, so is dropped.
        transactions.executeWithoutResult(status -> {
            Optional<String> account = links.redeem(code, from.getId());
            if (account.isPresent()) {
                log.info("Telegram user {} linked to console account {}", from.getId(), account.get());
                reply(updateId, message, texts.get(language, "link.linked", Html.escape(account.get())));
            } else {
                log.info("Telegram user {} sent an unknown, used or expired link code", from.getId());
                reply(updateId, message, texts.get(language, "link.invalid"));
            }
        });
    }

    private void reply(long updateId, Message message, String html) {
        outbox.enqueue(
                Outgoing.send("u:" + updateId + ":link", message.getChatId(), Outgoing.Kind.REPLY, html)
                        .replyingTo(message.getMessageId())
                        .build(),
                clock.instant());
    }
}
