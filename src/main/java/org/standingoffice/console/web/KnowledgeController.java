package org.standingoffice.console.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.standingoffice.drafting.Assistant;
import org.standingoffice.knowledge.IngestedFile;
import org.standingoffice.knowledge.KnowledgeBase;
import org.standingoffice.knowledge.SourceDocument;
import org.standingoffice.knowledge.SourceFile;
import org.standingoffice.search.KnowledgeIndex;
import org.standingoffice.search.ReindexReport;

/** The knowledge base as staff see it: documents, deadlines, reindexing and a search playground. */
@Controller
class KnowledgeController {

    /** A playground question gets as many passages as a drafted question does by default. */
    private static final int TOP = 5;

    private final KnowledgeBase knowledgeBase;
    private final KnowledgeIndex index;
    private final Assistant assistant;
    /** Parsing a document is costly; its metadata only changes with its content hash. */
    private final Map<String, DocumentRow> documents = new ConcurrentHashMap<>();

    KnowledgeController(KnowledgeBase knowledgeBase, KnowledgeIndex index, Assistant assistant) {
        this.knowledgeBase = knowledgeBase;
        this.index = index;
        this.assistant = assistant;
    }

    /** One rendering of a document as the list shows it. */
    record DocumentRow(String file, SourceDocument document, int passages) {}

    @GetMapping("/console/knowledge")
    String documents(Model model) {
        List<DocumentRow> rows = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (SourceFile file : knowledgeBase.files()) {
            try {
                rows.add(documents.computeIfAbsent(file.contentHash(), hash -> {
                    IngestedFile ingested = knowledgeBase.ingest(file);
                    return new DocumentRow(
                            file.name(),
                            ingested.document(),
                            ingested.passages().size());
                }));
            } catch (RuntimeException e) {
                failures.add(file.name() + ": " + e.getMessage());
            }
        }
        model.addAttribute("documents", rows);
        model.addAttribute("failures", failures);
        model.addAttribute("passageCount", index.passageCount());
        return "knowledge";
    }

    @PostMapping("/console/knowledge/reindex")
    String reindex(RedirectAttributes flash) {
        ReindexReport report = index.reindex();
        flash.addFlashAttribute("report", report);
        return "redirect:/console/knowledge";
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
