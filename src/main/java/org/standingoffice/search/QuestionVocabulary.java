package org.standingoffice.search;

/**
 * How much of a question's vocabulary the knowledge base can match: its content words (question
 * and function words, dates and numbers left out, each folded word once), how many of them a
 * glossary concept the question names covers (and so matches a passage in any language), and how
 * many some indexed passage contains as they are. Weights are each word's IDF in the index, an
 * unseen word weighing most, so a rare word the glossary misses counts for more than a common one.
 *
 * @param words content words
 * @param mapped those covered by a glossary concept the question names
 * @param known those some indexed passage contains as they are
 * @param weight the summed IDF of all content words
 * @param mappedWeight the summed IDF of those covered by a glossary concept
 * @param knownWeight the summed IDF of those some passage contains
 */
public record QuestionVocabulary(
        int words, int mapped, int known, double weight, double mappedWeight, double knownWeight) {

    /** A question without content words. */
    public static QuestionVocabulary none() {
        return new QuestionVocabulary(0, 0, 0, 0, 0, 0);
    }

    /** The words of both questions together: how shares over many questions are pooled. */
    public QuestionVocabulary plus(QuestionVocabulary other) {
        return new QuestionVocabulary(
                words + other.words,
                mapped + other.mapped,
                known + other.known,
                weight + other.weight,
                mappedWeight + other.mappedWeight,
                knownWeight + other.knownWeight);
    }

    /** The share of content words a glossary concept covers; NaN without words. */
    public double mappedShare() {
        return words == 0 ? Double.NaN : (double) mapped / words;
    }

    /** The IDF-weighted share of content words a glossary concept covers; NaN without words. */
    public double mappedWeightedShare() {
        return weight == 0 ? Double.NaN : mappedWeight / weight;
    }

    /** The share of content words some indexed passage contains as they are; NaN without words. */
    public double knownShare() {
        return words == 0 ? Double.NaN : (double) known / words;
    }

    /** The IDF-weighted share of content words some passage contains; NaN without words. */
    public double knownWeightedShare() {
        return weight == 0 ? Double.NaN : knownWeight / weight;
    }
}
