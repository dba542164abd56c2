package org.standingoffice.telegram.internal.delivery;

/**
 * A message to send, as put in the outbox. The key makes enqueueing idempotent: a redelivered
 * event or a re-handled update enqueues the same key, which is then ignored. Built with
 * {@link #send}, {@link #edit}, {@link #removeButtons} or {@link #copy} and the {@link Builder}
 * they return; only the outbox, reading a stored row, calls the constructor.
 *
 * @param replyTo the message this one answers (sent even when that message is gone)
 * @param targetMessageId the message to edit ({@link Method#EDIT}, {@link Method#EDIT_MARKUP}) or
 *     to copy ({@link Method#COPY}, from {@code sourceChatId})
 * @param context what the sender needs afterwards, e.g. {@link #DELIVERS} on an answer's last part
 */
public record Outgoing(
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
    public static final String DELIVERS = "delivers";

    enum Method {
        SEND,
        EDIT,
        EDIT_MARKUP,
        COPY
    }

    public enum Kind {
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

    /** A new message with this text ({@link Method#SEND}). */
    public static Builder send(String key, long chatId, Kind kind, String html) {
        return new Builder(key, chatId, Method.SEND, kind).text(html);
    }

    /** A new text for a message sent before ({@link Method#EDIT}). */
    public static Builder edit(String key, long chatId, int messageId, Kind kind, String html) {
        return new Builder(key, chatId, Method.EDIT, kind).text(html).target(messageId);
    }

    /**
     * A new text for the question's card in this chat, whether it was sent already or still waits
     * in the outbox: the card's message is looked up when the edit's turn comes, which is after the
     * card went out, since a chat's messages leave in order. A card edited before it was sent is
     * thus edited, never posted twice.
     */
    public static Builder editCard(String key, long chatId, long questionId, String html) {
        return new Builder(key, chatId, Method.EDIT, Kind.CARD_UPDATE)
                .text(html)
                .about(questionId);
    }

    /** This edit aimed at {@code messageId}, once the sender found the message to edit. */
    Outgoing targeting(int messageId) {
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
                messageId,
                sourceChatId,
                keyboard,
                forceReply,
                context);
    }

    /** An edit of the question's card whose message is found when it is sent ({@link #editCard}). */
    boolean editsCardOnceSent() {
        return method == Method.EDIT && targetMessageId == null && kind == Kind.CARD_UPDATE && questionId != null;
    }

    /** The buttons under a message sent before taken away ({@link Method#EDIT_MARKUP}). */
    public static Builder removeButtons(String key, long chatId, int messageId) {
        return new Builder(key, chatId, Method.EDIT_MARKUP, Kind.REPLY).target(messageId);
    }

    /** A message of another chat copied here, e.g. an asker's file to the staff group ({@link Method#COPY}). */
    public static Builder copy(String key, long chatId, long sourceChatId, int messageId) {
        Builder copy = new Builder(key, chatId, Method.COPY, Kind.ATTACHMENT).target(messageId);
        copy.sourceChatId = sourceChatId;
        return copy;
    }

    /**
     * Collects what a message needs beyond its key, chat, method and kind; unset parts are absent
     * (no question, a single part, no reply, no buttons).
     */
    public static final class Builder {

        private final String key;
        private final long chatId;
        private final Method method;
        private final Kind kind;
        private Long questionId;
        private int part;
        private int parts = 1;
        private String text;
        private Integer replyTo;
        private Integer targetMessageId;
        private Long sourceChatId;
        private Keyboard keyboard;
        private boolean forceReply;
        private String context;

        Builder(String key, long chatId, Method method, Kind kind) {
            this.key = key;
            this.chatId = chatId;
            this.method = method;
            this.kind = kind;
        }

        public Builder about(Long question) {
            this.questionId = question;
            return this;
        }

        Builder text(String html) {
            this.text = html;
            return this;
        }

        /** Sent as a reply to this message, when there is one. */
        public Builder replyingTo(Integer messageId) {
            this.replyTo = messageId;
            return this;
        }

        Builder target(Integer messageId) {
            this.targetMessageId = messageId;
            return this;
        }

        /** Buttons under the message; {@code null} for none. */
        public Builder keyboard(Keyboard buttons) {
            this.keyboard = buttons;
            return this;
        }

        public Builder forcingReply() {
            return forceReply(true);
        }

        Builder forceReply(boolean force) {
            this.forceReply = force;
            return this;
        }

        /** Part {@code index} (from 0) of {@code count}. */
        public Builder part(int index, int count) {
            this.part = index;
            this.parts = count;
            return this;
        }

        public Builder context(String value) {
            this.context = value;
            return this;
        }

        public Outgoing build() {
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
                    context);
        }
    }
}
