package org.standingoffice.console.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.format.DateTimeParseException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.standingoffice.knowledge.DocumentUpload;
import org.standingoffice.knowledge.IngestedFile;
import org.standingoffice.knowledge.KnowledgeProperties;
import org.standingoffice.knowledge.SourceDocument;
import org.standingoffice.knowledge.UploadRefused;
import org.standingoffice.search.Reindexer;

/**
 * An admin adds a document to the knowledge base from the browser; a reindex follows at once. A
 * refusal is a message on the knowledge page, with the form given back as it was filled in.
 */
@Controller
class UploadController {

    static final String TOO_LARGE = "/console/knowledge/upload/too-large";

    private final DocumentUpload upload;
    private final Reindexer reindexer;
    private final MessageSource messages;
    private final String limit;

    UploadController(
            DocumentUpload upload, Reindexer reindexer, MessageSource messages, KnowledgeProperties properties) {
        this.upload = upload;
        this.reindexer = reindexer;
        this.messages = messages;
        this.limit = readable(properties.maxUploadSize());
    }

    @PostMapping("/console/knowledge/upload")
    String upload(
            @RequestParam(required = false) MultipartFile file,
            UploadForm form,
            RedirectAttributes flash,
            java.security.Principal admin) {
        String name = file == null ? null : file.getOriginalFilename();
        if (name == null || name.isBlank()) {
            return refused(flash, form, message("console.knowledge.noFile"));
        }
        SourceDocument metadata;
        try {
            metadata = form.metadata();
        } catch (DateTimeParseException e) {
            return refused(flash, form, message("console.knowledge.badDate", e.getParsedString()));
        }
        try (InputStream content = file.getInputStream()) {
            IngestedFile stored = upload.upload(name, content, metadata, form.replacing(), admin.getName());
            reindexer.start();
            flash.addFlashAttribute(
                    "notice",
                    message(
                            "console.knowledge.uploaded",
                            stored.file().name(),
                            stored.document().number(),
                            stored.passages().size()));
            return "redirect:/console/knowledge";
        } catch (UploadRefused e) {
            return refused(
                    flash,
                    form,
                    message("console.knowledge.refused." + e.reason().name(), name, e.detail(), limit));
        } catch (IOException e) {
            // The web server could not hand over the part it received (a temporary file gone, a broken connection).
            return refused(flash, form, message("console.knowledge.refused.NOT_STORED", name, e.getMessage(), limit));
        }
    }

    /**
     * Where the web server sends a body too large even to read (over twice the limit, see
     * {@link WebConsoleConfiguration#multipartConfig}): back to the form with the reason, instead of
     * the server's own English error page.
     */
    @RequestMapping(TOO_LARGE)
    String tooLarge(RedirectAttributes flash) {
        flash.addFlashAttribute("problem", message("console.knowledge.tooLarge", limit));
        return "redirect:/console/knowledge";
    }

    private static String refused(RedirectAttributes flash, UploadForm form, String problem) {
        flash.addFlashAttribute("problem", problem);
        flash.addFlashAttribute("upload", form);
        return "redirect:/console/knowledge";
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    /** "20 MB", "512 KB": the limit as the form and its refusals state it. */
    static String readable(DataSize size) {
        long bytes = size.toBytes();
        if (bytes >= DataSize.ofMegabytes(1).toBytes()
                && bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
            return size.toMegabytes() + " MB";
        }
        return bytes >= DataSize.ofKilobytes(1).toBytes() ? size.toKilobytes() + " KB" : bytes + " B";
    }
}
