package org.standingoffice.search;

import java.util.List;
import java.util.Objects;

/**
 * How one retrieved passage matches the question, beyond its rank: the evidence the answer
 * decision weighs.
 *
 * @param knownCoverage the IDF-weighted share of the question's content words that the index knows
 *     (some passage contains them) and that this passage carries, glossary concepts counted in any
 *     language; words no passage contains are left out here and counted in {@link
 *     RetrievalSignals#unknownShare()}, so a Vietnamese question over English documents is not
 *     punished for words no document could contain
 * @param conceptShare the share of the glossary concepts the question names that this passage
 *     carries in some rendering; 1 when the question names none
 * @param lexicalShare its BM25 score over the best BM25 score of the same query, 0–1 (0 only for
 *     passages made up outside the search, see {@link #unknown})
 * @param phraseCoverage the IDF-weighted share of the pairs of adjacent question words that some
 *     indexed passage also has side by side (in Vietnamese mostly the words themselves) that this
 *     passage carries, 0–1; 0 when the index knows none of them
 * @param missingWords content words of the question, as typed, that the index knows but this passage
 *     lacks, rarest first
 * @param headingInQuestion the share of the pairs of adjacent words of the passage's heading (an
 *     article's title, a section's name) that the question has side by side too, 0–1; 0 when the
 *     heading has none: a question that names what a passage is about, not only words it shares
 *     with its neighbours
 * @param questionInHeading the IDF-weighted share of the question's known pairs of adjacent words
 *     that the passage's heading carries, 0–1
 * @param titleInQuestion the share of the pairs of adjacent words of the passage's document title
 *     that the question has side by side too, 0–1: 1 when the question names the document ("Theo
 *     Luật Tiếp cận thông tin, …", "Bộ luật Dân sự"), 0 for a one-word title; a question that
 *     names one law and whose best passage has a low share here is answered from another law
 * @param citesSection whether the question cites the passage's section by its label and number
 *     ("Điều 6"), in any document: with {@code titleInQuestion} near 1, the question points at
 *     this very passage
 * @param ownDocumentCoverage the share of the question's pairs of adjacent words this passage carries,
 *     each weighted by its rarity among the passages of this passage's own document (not of the whole
 *     index), 0–1; pairs no passage of the document has are left out, and it is 0 when the document
 *     has none: over a law, the pairs every article of it shares with the question weigh little and
 *     those that tell one article from its siblings most
 * @param ownDocumentParagraphCoverage the same share carried by the passage's best paragraph (with
 *     its heading and its document's title), 0–1: a question asked of one clause of a long article
 * @param concepts how it carries the question's glossary concepts, weighted by their rarity
 */
public record PassageMatch(
        double knownCoverage,
        double conceptShare,
        double lexicalShare,
        double phraseCoverage,
        List<String> missingWords,
        double headingInQuestion,
        double questionInHeading,
        double titleInQuestion,
        boolean citesSection,
        double ownDocumentCoverage,
        double ownDocumentParagraphCoverage,
        ConceptEvidence concepts) {

    public PassageMatch {
        missingWords = List.copyOf(missingWords);
        Objects.requireNonNull(concepts);
    }

    /** The evidence of words and phrases alone (for passages without a heading, and tests). */
    public PassageMatch(
            double knownCoverage,
            double conceptShare,
            double lexicalShare,
            double phraseCoverage,
            List<String> missingWords) {
        this(
                knownCoverage,
                conceptShare,
                lexicalShare,
                phraseCoverage,
                missingWords,
                0,
                0,
                0,
                false,
                0,
                0,
                ConceptEvidence.none());
    }

    /** For passages made up outside the search engine (tests, merged results): nothing known. */
    public static PassageMatch unknown(double coverage) {
        return new PassageMatch(coverage, 1, 0, 0, List.of());
    }
}
