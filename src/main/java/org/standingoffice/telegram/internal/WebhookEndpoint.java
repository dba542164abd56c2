package org.standingoffice.telegram.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.standingoffice.telegram.TelegramProperties;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Updates Telegram posts in webhook mode. A request is accepted only with the configured secret
 * in {@code X-Telegram-Bot-Api-Secret-Token} (compared in constant time); the update is stored
 * before the 200 goes back, so a failure to store it makes Telegram post it again, and a repeat is
 * dropped by its update id. Several instances behind a load balancer may share the work: the
 * inbox and outbox rows are claimed with conditional updates.
 */
@RestController
@ConditionalOnTelegram(mode = "webhook")
class WebhookEndpoint {

    static final String PATH = "/telegram/webhook";
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final Logger log = LoggerFactory.getLogger(WebhookEndpoint.class);

    private final UpdateIntake intake;
    private final UpdateCodec codec;
    private final byte[] secret;

    WebhookEndpoint(UpdateIntake intake, UpdateCodec codec, TelegramProperties properties) {
        String configured = properties.webhook().secret();
        if (configured == null || !configured.matches("[A-Za-z0-9_-]{16,256}")) {
            throw new IllegalStateException("webhook mode needs office.telegram.webhook.secret"
                    + " (TELEGRAM_WEBHOOK_SECRET): 16 to 256 characters A-Z, a-z, 0-9, _ and -");
        }
        this.intake = intake;
        this.codec = codec;
        this.secret = configured.getBytes(StandardCharsets.UTF_8);
    }

    @PostMapping(PATH)
    ResponseEntity<Void> receive(
            @RequestHeader(name = SECRET_HEADER, required = false) String token, @RequestBody byte[] body) {
        if (token == null || !MessageDigest.isEqual(secret, token.getBytes(StandardCharsets.UTF_8))) {
            log.warn("Refused a webhook request without the right secret token");
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        Update update;
        try {
            update = codec.read(body);
        } catch (IllegalArgumentException e) {
            // Telegram would post it again forever; there is nothing to gain from that.
            log.warn("Ignored a webhook body that is not an update: {}", e.getMessage());
            return ResponseEntity.ok().build();
        }
        if (update.getUpdateId() == null) {
            return ResponseEntity.ok().build();
        }
        intake.accept(update);
        return ResponseEntity.ok().build();
    }
}
