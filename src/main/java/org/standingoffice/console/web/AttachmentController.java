package org.standingoffice.console.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.standingoffice.desk.QuestionId;
import org.standingoffice.telegram.AttachmentContent;
import org.standingoffice.telegram.AttachmentUnavailable;
import org.standingoffice.telegram.QuestionAttachments;

/**
 * A file an official sent with a question in Telegram, passed on from Telegram as it arrives. It
 * is always a download, never shown in the console's origin: its type is whatever the official's
 * app declared. When Telegram does not hand it over, the question page says why.
 */
@Controller
class AttachmentController {

    /** For the messages that name the limit. */
    static final long LIMIT_MB = QuestionAttachments.DOWNLOAD_LIMIT / (1024 * 1024);

    private final QuestionAttachments attachments;
    private final Flash flash;

    AttachmentController(QuestionAttachments attachments, Flash flash) {
        this.attachments = attachments;
        this.flash = flash;
    }

    @GetMapping("/console/questions/{id}/attachments/{attachmentId}")
    ResponseEntity<Resource> download(@PathVariable long id, @PathVariable long attachmentId) {
        AttachmentContent file = attachments
                .open(new QuestionId(id), attachmentId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mimeType()))
                .header(
                        "Content-Disposition",
                        ContentDisposition.attachment()
                                .filename(file.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString());
        if (file.size() != null) {
            response.contentLength(file.size());
        }
        // The converter closes the stream once it is copied, or the client went away.
        return response.body(new InputStreamResource(file.content()));
    }

    @ExceptionHandler
    String unavailable(AttachmentUnavailable e, HttpServletRequest request) {
        RequestContextUtils.getOutputFlashMap(request)
                .put("problem", flash.message("console.attachment.unavailable." + e.reason(), LIMIT_MB));
        return "redirect:/console/questions/" + e.question();
    }
}
