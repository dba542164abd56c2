package org.standingoffice.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import org.standingoffice.knowledge.KnowledgeProperties;
import org.standingoffice.knowledge.Passage;
import org.standingoffice.knowledge.QuoteRule;
import org.standingoffice.knowledge.Sentences;
import org.standingoffice.knowledge.SourceFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Property: over every passage of the shipped knowledge base and every article of the ALQAC 2024
 * corpus, everything a drafter can quote — any sentence, any two sentences in either order — is
 * verbatim by the {@link QuoteRule}, and every part of it is a substring of its passage.
 */
class QuotablePassagesTests {

    static final Path ALQAC = Path.of("../shared/datasets/alqac2024/law.json");

    @Test
    void everyQuotableSpanOfTheShippedKnowledgeBaseIsVerbatim() {
        FileSystemKnowledgeBase shipped = new FileSystemKnowledgeBase(
                new KnowledgeProperties(KnowledgeBaseTexts.FOLDER, 1200, 120, DataSize.ofMegabytes(20)));
        List<String> texts = new ArrayList<>();
        for (SourceFile file : shipped.files()) {
            shipped.ingest(file).passages().stream().map(Passage::text).forEach(texts::add);
        }

        assertThat(texts).hasSizeGreaterThan(50);
        assertThat(quotesOf(texts)).isGreaterThan(100);
    }

    @Test
    void everyQuotableSpanOfTheAlqacLawsIsVerbatim() throws IOException {
        assumeTrue(Files.isRegularFile(ALQAC), "the ALQAC corpus is not next to the project");
        List<String> texts = new ArrayList<>();
        JsonNode laws = JsonMapper.builder().build().readTree(ALQAC.toFile());
        for (JsonNode law : laws) {
            for (JsonNode article : law.path("articles")) {
                texts.add(article.path("text").asString());
            }
        }

        assertThat(texts).hasSizeGreaterThan(2000);
        assertThat(quotesOf(texts)).isGreaterThan(20_000);
    }

    /** Checks every quote of the texts and counts them. */
    private static long quotesOf(List<String> texts) {
        long checked = 0;
        for (String text : texts) {
            List<Sentences.Span> sentences = Sentences.spans(text);
            assertThat(sentences).as(text).isNotEmpty();
            for (int i = 0; i < sentences.size(); i++) {
                // Pairs within a window: the drafter takes two sentences of one passage, and the
                // check is quadratic in a long article.
                for (int j = Math.max(0, i - 2); j < Math.min(sentences.size(), i + 3); j++) {
                    List<Sentences.Span> chosen =
                            i == j ? List.of(sentences.get(i)) : List.of(sentences.get(i), sentences.get(j));
                    String quote = QuoteRule.of(text, chosen);
                    assertThat(QuoteRule.isVerbatim(quote, text)).as(quote).isTrue();
                    for (String part : quote.split(" … ")) {
                        assertThat(text).as(quote).contains(part);
                    }
                    checked++;
                }
            }
        }
        return checked;
    }
}
