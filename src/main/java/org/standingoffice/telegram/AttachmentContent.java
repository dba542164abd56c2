package org.standingoffice.telegram;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * A file on its way from Telegram. Closing it releases the connection.
 *
 * @param mimeType a well-formed MIME type: the declared one, {@code image/jpeg} for photos, or
 *     {@code application/octet-stream} when none or a malformed one was declared
 * @param fileName the sent name without control characters or path separators; for photos and
 *     nameless documents one made from the attachment's id
 * @param size in bytes; {@code null} when unknown
 */
public record AttachmentContent(InputStream content, String mimeType, String fileName, Long size) implements Closeable {

    @Override
    public void close() throws IOException {
        content.close();
    }
}
