package org.standingoffice.console.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.standingoffice.knowledge.IngestedFile;
import org.standingoffice.knowledge.IngestionException;
import org.standingoffice.knowledge.KnowledgeBase;
import org.standingoffice.knowledge.Passage;
import org.standingoffice.knowledge.SourceFile;

/**
 * One document of the knowledge base as the index sees it: its metadata and every passage in
 * document order, under its headings, each with an anchor that passages elsewhere link to; and
 * the versions of its file the database keeps, with who stored them and when.
 */
@Controller
class DocumentController {

    /** Consecutive passages under the same heading (sub-points of one point, parts of a long section). */
    record Section(String heading, List<Passage> passages) {}

    private final DocumentCatalog catalog;
    private final KnowledgeBase knowledgeBase;

    DocumentController(DocumentCatalog catalog, KnowledgeBase knowledgeBase) {
        this.catalog = catalog;
        this.knowledgeBase = knowledgeBase;
    }

    /**
     * The file name may have folders; only a name the knowledge base lists is shown, so no path
     * given here can reach anything else.
     */
    @GetMapping("/console/knowledge/documents/{*file}")
    String document(@PathVariable String file, Model model) {
        String name = file.startsWith("/") ? file.substring(1) : file;
        SourceFile source = catalog.file(name).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("file", source.name());
        // Who stored which version when: the database's record, shared by every instance.
        model.addAttribute("history", knowledgeBase.history(source.name()));
        try {
            IngestedFile ingested = knowledgeBase.ingest(source);
            model.addAttribute("document", ingested.document());
            model.addAttribute("sections", sections(ingested.passages()));
            // One listing for both: listing hashes every file of the knowledge base.
            DocumentCatalog.Listing listing = catalog.list();
            Optional<DocumentCatalog.DocumentRow> row = listing.row(source.name());
            model.addAttribute("row", row.orElse(null));
            model.addAttribute("renderings", row.map(listing::otherRenderings).orElse(List.of()));
        } catch (IngestionException e) {
            model.addAttribute("problem", e.getMessage());
        }
        return "document";
    }

    static List<Section> sections(List<Passage> passages) {
        List<Section> sections = new ArrayList<>();
        for (Passage passage : passages) {
            Section last = sections.isEmpty() ? null : sections.get(sections.size() - 1);
            if (last != null && last.heading().equals(passage.heading())) {
                last.passages().add(passage);
            } else {
                List<Passage> under = new ArrayList<>();
                under.add(passage);
                sections.add(new Section(passage.heading(), under));
            }
        }
        return sections;
    }
}
