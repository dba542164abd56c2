package org.standingoffice.telegram;

import java.util.List;
import java.util.Optional;
import org.standingoffice.desk.QuestionId;

/**
 * The photos and documents officials sent with their questions in Telegram, for staff who work in
 * the console. The files stay on Telegram's servers. Listing works whether or not the channel is
 * on; opening a file fetches it from Telegram and needs the channel on.
 */
public interface QuestionAttachments {

    /** Telegram hands bots files of up to 20 MB; larger ones can only be seen in the staff group. */
    long DOWNLOAD_LIMIT = 20L * 1024 * 1024;

    /** In the order they arrived; empty for a question that did not come through Telegram. */
    List<QuestionAttachment> of(QuestionId question);

    /**
     * Starts receiving one file from Telegram; the caller streams the content on and closes it.
     * A file whose stored size exceeds {@link #DOWNLOAD_LIMIT} is refused without asking Telegram.
     *
     * @return empty when the question has no attachment with this id (another question's included)
     * @throws AttachmentUnavailable when the channel is off, the file is too large, or Telegram
     *     does not hand it over
     */
    Optional<AttachmentContent> open(QuestionId question, long attachmentId);
}
