package org.standingoffice.console.web;

import java.time.LocalDate;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.standingoffice.drafting.Assistant;
import org.standingoffice.knowledge.KnowledgeProperties;
import org.standingoffice.search.KnowledgeIndex;
import org.standingoffice.search.Reindexer;

/** The knowledge base as staff see it: documents, deadlines, reindexing and a search playground. */
@Controller
class KnowledgeController {

    /** A playground question gets as many passages as a drafted question does by default. */
    private static final int TOP = 5;

    private final DocumentCatalog catalog;
    private final KnowledgeIndex index;
    private final Reindexer reindexer;
    private final Assistant assistant;
    private final KnowledgeProperties properties;

    KnowledgeController(
            DocumentCatalog catalog,
            KnowledgeIndex index,
            Reindexer reindexer,
            Assistant assistant,
            KnowledgeProperties properties) {
        this.catalog = catalog;
        this.index = index;
        this.reindexer = reindexer;
        this.assistant = assistant;
        this.properties = properties;
    }

    @GetMapping("/console/knowledge")
    String documents(Model model) {
        DocumentCatalog.Listing listing = catalog.list();
        model.addAttribute("documents", listing.documents());
        model.addAttribute("failures", listing.failures());
        model.addAttribute("passageCount", index.passageCount());
        model.addAttribute("progress", reindexer.progress());
        model.addAttribute("maxUploadBytes", properties.maxUploadSize().toBytes());
        model.addAttribute("maxUpload", UploadController.readable(properties.maxUploadSize()));
        if (!model.containsAttribute("upload")) {
            model.addAttribute("upload", UploadForm.EMPTY);
        }
        return "knowledge";
    }

    /** Starts a reindex in the background; the page shows its progress. */
    @PostMapping("/console/knowledge/reindex")
    String reindex() {
        reindexer.start();
        return "redirect:/console/knowledge";
    }

    /** The progress bar, polled by the page every second while a reindex is queued or running. */
    @GetMapping("/console/knowledge/reindex/progress")
    String progress(Model model) {
        model.addAttribute("progress", reindexer.progress());
        return "knowledge :: progress";
    }

    @GetMapping("/console/knowledge/deadlines")
    String deadlines(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBy,
            Model model) {
        model.addAttribute("dueBy", dueBy);
        model.addAttribute(
                "deadlines",
                index.deadlines(dueBy, LocaleContextHolder.getLocale().getLanguage()));
        return "deadlines";
    }

    @GetMapping("/console/knowledge/playground")
    String playground(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q);
        if (q != null && !q.isBlank()) {
            model.addAttribute("result", assistant.draft(q.strip(), TOP));
        }
        return "playground";
    }
}
