package org.standingoffice.telegram.internal;

/**
 * A message to send, as put in the outbox. The key makes enqueueing idempotent: a redelivered
 * event or a re-handled update enqueues the same key, which is then ignored.
 *
 * @param replyTo the message this one answers (sent even when that message is gone)
 * @param targetMessageId the message to edit ({@link Method#EDIT}, {@link Method#EDIT_MARKUP}) or
 *     to copy ({@link Method#COPY}, from {@code sourceChatId})
 * @param context what the sender needs afterwards, e.g. {@link #DELIVERS} on an answer's last part
 */
record Outgoing(
        String key,
        long chatId,
        Method method,
        Kind kind,
        Long questionId,
        int part,
        int parts,
        String text,
        Integer replyTo,
        Integer targetMessageId,
        Long sourceChatId,
        Keyboard keyboard,
        boolean forceReply,
        String context) {

    /** On the last part of an answer: once it is sent the desk is told the answer was delivered. */
    static final String DELIVERS = "delivers";

    enum Method {
        SEND,
        EDIT,
        EDIT_MARKUP,
        COPY
    }

    enum Kind {
        /** Acknowledgement of a question, with its number and due time. */
        ACK,
        ANSWER,
        REVISION,
        /** News for an asker about their question (escalated). */
        NOTICE,
        /** A reply to a command or a message. */
        REPLY,
        CARD,
        CARD_UPDATE,
        PROMPT_EDIT,
        PROMPT_ANSWER,
        PREVIEW,
        ATTACHMENT,
        SLA
    }

    static Outgoing send(String key, long chatId, Kind kind, String html) {
        return new Outgoing(key, chatId, Method.SEND, kind, null, 0, 1, html, null, null, null, null, false, null);
    }

    static Outgoing edit(String key, long chatId, int messageId, Kind kind, String html) {
        return new Outgoing(key, chatId, Method.EDIT, kind, null, 0, 1, html, null, messageId, null, null, false, null);
    }

    static Outgoing removeButtons(String key, long chatId, int messageId) {
        return new Outgoing(
                key,
                chatId,
                Method.EDIT_MARKUP,
                Kind.REPLY,
                null,
                0,
                1,
                null,
                null,
                messageId,
                null,
                null,
                false,
                null);
    }

    static Outgoing copy(String key, long chatId, long sourceChatId, int messageId, Long questionId) {
        return new Outgoing(
                key,
                chatId,
                Method.COPY,
                Kind.ATTACHMENT,
                questionId,
                0,
                1,
                null,
                null,
                messageId,
                sourceChatId,
                null,
                false,
                null);
    }

    Outgoing about(long question) {
        return new Outgoing(
                key,
                chatId,
                method,
                kind,
                question,
                part,
                parts,
                text,
                replyTo,
                targetMessageId,
                sourceChatId,
                keyboard,
                forceReply,
                context);
    }

    Outgoing replyingTo(Integer messageId) {
        return new Outgoing(
                key,
                chatId,
                method,
                kind,
                questionId,
                part,
                parts,
                text,
                messageId,
                targetMessageId,
                sourceChatId,
                keyboard,
                forceReply,
                context);
    }

    Outgoing withKeyboard(Keyboard buttons) {
        return new Outgoing(
                key,
                chatId,
                method,
                kind,
                questionId,
                part,
                parts,
                text,
                replyTo,
                targetMessageId,
                sourceChatId,
                buttons,
                forceReply,
                context);
    }

    Outgoing forcingReply() {
        return new Outgoing(
                key,
                chatId,
                method,
                kind,
                questionId,
                part,
                parts,
                text,
                replyTo,
                targetMessageId,
                sourceChatId,
                keyboard,
                true,
                context);
    }

    Outgoing part(int index, int count) {
        return new Outgoing(
                key,
                chatId,
                method,
                kind,
                questionId,
                index,
                count,
                text,
                replyTo,
                targetMessageId,
                sourceChatId,
                keyboard,
                forceReply,
                context);
    }

    Outgoing withContext(String value) {
        return new Outgoing(
                key,
                chatId,
                method,
                kind,
                questionId,
                part,
                parts,
                text,
                replyTo,
                targetMessageId,
                sourceChatId,
                keyboard,
                forceReply,
                value);
    }
}
