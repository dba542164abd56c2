package org.standingoffice.telegram.internal.transport;

import java.time.Duration;

/** A Bot API call that failed, sorted by what the caller should do about it. */
public final class BotApiFailure extends Exception {

    public enum Kind {
        /** 429: wait {@link #retryAfter()} and send again. */
        RATE_LIMITED,
        /** 5xx, a network failure or an unreadable answer: try again later. */
        TRANSIENT,
        /** Any other 4xx: sending it again would fail again. */
        PERMANENT
    }

    private final Kind kind;
    private final Integer code;
    private final Duration retryAfter;

    BotApiFailure(Kind kind, Integer code, Duration retryAfter, String description, Throwable cause) {
        super(description, cause);
        this.kind = kind;
        this.code = code;
        this.retryAfter = retryAfter;
    }

    public Kind kind() {
        return kind;
    }

    Integer code() {
        return code;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Telegram refused the HTML of the text; the same text without markup would pass. */
    public boolean cannotParseEntities() {
        return kind == Kind.PERMANENT && describes("can't parse entities");
    }

    /** An edit that would leave the message as it is: nothing to do. */
    public boolean notModified() {
        return kind == Kind.PERMANENT && describes("message is not modified");
    }

    /** getFile of a file larger than the Bot API hands to bots. */
    boolean fileTooBig() {
        return kind == Kind.PERMANENT && describes("file is too big");
    }

    private boolean describes(String fragment) {
        return getMessage() != null
                && getMessage().toLowerCase(java.util.Locale.ROOT).contains(fragment);
    }
}
