package org.standingoffice.telegram.internal.transport;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.standingoffice.telegram.TelegramProperties;
import org.standingoffice.telegram.internal.ConditionalOnTelegram;

/**
 * Updates Telegram posts in webhook mode. A request is accepted only with the configured secret
 * in {@code X-Telegram-Bot-Api-Secret-Token} (compared in constant time); the update is stored
 * before the 200 goes back, so a failure to store it makes Telegram post it again, and a repeat is
 * dropped by its update id. An update that cannot be read (too large, not JSON, {@code null}) is
 * set aside under its id and answered 200 too, so Telegram moves on. Several instances behind a load balancer may share the work: the
 * inbox and outbox rows are claimed with conditional updates.
 */
@RestController
@ConditionalOnTelegram(mode = "webhook")
class WebhookEndpoint {

    static final String PATH = "/telegram/webhook";
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final Logger log = LoggerFactory.getLogger(WebhookEndpoint.class);

    private final UpdateIntake intake;
    private final UpdateReader reader;
    private final long maxBytes;
    private final byte[] secret;

    WebhookEndpoint(UpdateIntake intake, UpdateReader reader, TelegramProperties properties) {
        String configured = properties.webhook().secret();
        if (configured == null || !configured.matches("[A-Za-z0-9_-]{16,256}")) {
            throw new IllegalStateException("webhook mode needs office.telegram.webhook.secret"
                    + " (TELEGRAM_WEBHOOK_SECRET): 16 to 256 characters A-Z, a-z, 0-9, _ and -");
        }
        this.intake = intake;
        this.reader = reader;
        this.maxBytes = properties.inbox().maxUpdateSize().toBytes();
        this.secret = configured.getBytes(StandardCharsets.UTF_8);
    }

    @PostMapping(PATH)
    ResponseEntity<Void> receive(
            @RequestHeader(name = SECRET_HEADER, required = false) String token, HttpServletRequest request)
            throws IOException {
        if (token == null || !MessageDigest.isEqual(secret, token.getBytes(StandardCharsets.UTF_8))) {
            log.warn("Refused a webhook request without the right secret token");
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        // Read at most one byte past the limit: enough to know the body is too large, and to find
        // its update_id, without holding a body of any size in memory.
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        // Stored or set aside, the answer is 200: Telegram would post a poison update again forever.
        intake.accept(reader.read(body));
        return ResponseEntity.ok().build();
    }
}
