package org.standingoffice.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.standingoffice.knowledge.Passage;
import org.standingoffice.knowledge.SourceDocument;

class DocumentLinksTests {

    final DocumentLinks links = new DocumentLinks();

    @Test
    void encodesEachSegmentOfTheFileNameButKeepsTheFolders() {
        assertThat(links.document("sub/Nghị định #1.pdf"))
                .isEqualTo("/console/knowledge/documents/sub/Ngh%E1%BB%8B%20%C4%91%E1%BB%8Bnh%20%231.pdf");
    }

    @Test
    void givesEachPassageAnAnchorSafeInHtmlCssAndUrls() {
        Passage point = passage("a.md", "a.md#4(2)~2");
        Passage article = passage("a.md", "a.md#Điều 31");

        assertThat(links.anchor(point)).isEqualTo("p-4_282_29_7E2");
        assertThat(links.anchor(article)).matches("p-[A-Za-z0-9_-]+").startsWith("p-_C4_90i");
        assertThat(links.passage(point)).isEqualTo("/console/knowledge/documents/a.md#p-4_282_29_7E2");
    }

    @Test
    void keepsDifferentIdsApartEvenWhenTheyLookAlikeEscaped() {
        assertThat(links.anchor(passage("a.md", "a.md#1_28"))).isNotEqualTo(links.anchor(passage("a.md", "a.md#1(")));
    }

    private static Passage passage(String file, String id) {
        SourceDocument document = new SourceDocument("1", "t", "", "", null, "vi", "", "", "", null);
        return new Passage(id, document, file, "s", "", "text", List.of());
    }
}
