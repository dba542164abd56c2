package org.standingoffice.search.internal;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.standingoffice.knowledge.Passage;

/**
 * Embeds passages and questions with an in-process LangChain4j model, but only in the languages
 * the model serves: all-MiniLM-L6-v2 is an English model, and on Vietnamese its vectors point at
 * the wrong passages, so other languages get no vector and cost nothing to index.
 */
public final class PassageEmbedder {

    private final EmbeddingModel model;
    private final Set<String> languages;

    public PassageEmbedder(EmbeddingModel model, Set<String> languages) {
        this.model = model;
        this.languages = Set.copyOf(languages);
    }

    public Set<String> languages() {
        return languages;
    }

    public boolean serves(String language) {
        return languages.contains(language);
    }

    /** One vector per passage, {@code null} for passages in languages the model does not serve. */
    public List<float[]> embed(List<Passage> passages) {
        List<Integer> served = new ArrayList<>();
        List<TextSegment> segments = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            if (serves(passages.get(i).document().language())) {
                served.add(i);
                segments.add(TextSegment.from(passages.get(i).contextualText()));
            }
        }
        float[][] vectors = new float[passages.size()][];
        if (!segments.isEmpty()) {
            var embeddings = model.embedAll(segments).content();
            for (int i = 0; i < served.size(); i++) {
                vectors[served.get(i)] = embeddings.get(i).vector();
            }
        }
        return Arrays.asList(vectors);
    }

    public float[] embed(String question) {
        return model.embed(question).content().vector();
    }
}
