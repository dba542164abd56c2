package org.standingoffice.telegram;

import org.standingoffice.desk.QuestionId;

/** An attachment of a question that cannot be fetched from Telegram now, or at all. */
public class AttachmentUnavailable extends RuntimeException {

    public enum Reason {
        /** No bot token here: only the staff group has the file. */
        CHANNEL_OFF,
        /** Larger than {@link QuestionAttachments#DOWNLOAD_LIMIT}. */
        TOO_LARGE,
        /** Telegram is unreachable or busy; asking again later may work. */
        TRY_LATER,
        /** Telegram refused to hand the file over (it no longer has it, for one). */
        REFUSED
    }

    private final QuestionId question;
    private final Reason reason;

    public AttachmentUnavailable(QuestionId question, long attachmentId, Reason reason, Throwable cause) {
        super("attachment " + attachmentId + " of question " + question + ": " + reason, cause);
        this.question = question;
        this.reason = reason;
    }

    public QuestionId question() {
        return question;
    }

    public Reason reason() {
        return reason;
    }
}
