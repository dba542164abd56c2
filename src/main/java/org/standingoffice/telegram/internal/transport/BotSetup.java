package org.standingoffice.telegram.internal.transport;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.standingoffice.telegram.TelegramProperties;
import org.standingoffice.telegram.internal.ConditionalOnTelegram;
import org.standingoffice.telegram.internal.Texts;
import org.standingoffice.telegram.internal.Threads;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllPrivateChats;

/**
 * What the bot tells Telegram about itself at start, in the background so that an unreachable
 * Telegram does not hold up the service: its user name (for invitation links), the command menu
 * of private chats in each bundle language (the English one also as the default), and — in
 * webhook mode with a public address — the webhook with its secret.
 */
@Component
@ConditionalOnTelegram
class BotSetup implements SmartLifecycle {

    /**
     * The menu of every private chat, so it is the officials': {@code /link}, which only staff
     * linking their console account use, is left out and typed from the console's instructions.
     */
    static final List<String> COMMANDS = List.of("start", "help", "status", "my", "docs", "language", "cancel");

    private static final Logger log = LoggerFactory.getLogger(BotSetup.class);
    private static final int ATTEMPTS = 5;

    private final BotApi api;
    private final BotIdentity identity;
    private final Texts texts;
    private final TelegramProperties properties;
    private volatile boolean running;
    private Thread worker;

    BotSetup(BotApi api, BotIdentity identity, Texts texts, TelegramProperties properties) {
        this.api = api;
        this.identity = identity;
        this.texts = texts;
        this.properties = properties;
    }

    @Override
    public void start() {
        running = true;
        worker = Threads.daemon("telegram-setup-").newThread(this::setUp);
        worker.start();
    }

    private void setUp() {
        retrying("getMe", () -> {
            User me = api.call(new GetMe());
            identity.learnt(me.getUserName());
        });
        for (String language : Texts.LANGUAGES) {
            retrying("setMyCommands " + language, () -> api.call(commands(language, language)));
        }
        retrying("setMyCommands default", () -> api.call(commands("en", null)));
        TelegramProperties.Webhook webhook = properties.webhook();
        if (properties.mode() == TelegramProperties.Mode.WEBHOOK
                && webhook.url() != null
                && !webhook.url().isBlank()) {
            retrying(
                    "setWebhook",
                    () -> api.call(SetWebhook.builder()
                            .url(webhook.url())
                            .secretToken(webhook.secret())
                            .allowedUpdates(List.of("message", "edited_message", "callback_query"))
                            .build()));
        }
    }

    SetMyCommands commands(String language, String languageCode) {
        SetMyCommands.SetMyCommandsBuilder<?, ?> menu = SetMyCommands.builder()
                .scope(new BotCommandScopeAllPrivateChats())
                .commands(COMMANDS.stream()
                        .map(command -> new BotCommand(command, texts.get(language, "command." + command)))
                        .toList());
        if (languageCode != null) {
            menu.languageCode(languageCode);
        }
        return menu.build();
    }

    private interface Call {
        void run() throws BotApiFailure;
    }

    private void retrying(String what, Call call) {
        for (int attempt = 1; attempt <= ATTEMPTS && running; attempt++) {
            try {
                call.run();
                return;
            } catch (BotApiFailure e) {
                if (e.kind() == BotApiFailure.Kind.PERMANENT || attempt == ATTEMPTS) {
                    log.warn("Telegram {} failed: {}", what, e.getMessage());
                    return;
                }
                long wait = e.retryAfter() != null ? e.retryAfter().toMillis() : 1000L << attempt;
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    @Override
    public void stop() {
        running = false;
        if (worker != null) {
            worker.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
