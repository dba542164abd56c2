package org.standingoffice.search;

import java.util.List;

/**
 * How one passage carries the glossary concepts a question names, each weighted by its rarity in the
 * index (IDF over the passages that carry it in any rendering). Every point of a document shares its
 * common concepts ("Bộ Chính trị", "chính quyền địa phương hai cấp"); the point that answers also
 * carries the rarer ones the question is about, and carries them together in one sentence.
 *
 * @param rarityShare the rarity-weighted share of the question's concepts that the passage carries,
 *     0–1; 1 when the question names none
 * @param sentences for each sentence of the passage's text ({@link
 *     org.standingoffice.knowledge.Sentences#of}), in order, the rarity-weighted share of the
 *     question's concepts it carries, 0–1; empty when the question names none
 */
public record ConceptEvidence(double rarityShare, List<Double> sentences) {

    public ConceptEvidence {
        sentences = List.copyOf(sentences);
    }

    /** For questions that name no concept, and passages made up outside the search. */
    public static ConceptEvidence none() {
        return new ConceptEvidence(1, List.of());
    }

    /** The share of the question's concepts its best sentence carries together; 1 when it names none. */
    public double inOneSentence() {
        return sentences.isEmpty()
                ? rarityShare
                : sentences.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }
}
