package org.standingoffice.drafting.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.standingoffice.knowledge.Glossary;
import org.standingoffice.knowledge.Passage;
import org.standingoffice.search.AnswerType;
import org.standingoffice.search.RetrievalResult;
import org.standingoffice.search.RetrievedPassage;

/**
 * Which retrieved passages a draft quotes, in the retriever's order, each point once in the
 * rendering {@link Points} prefers: the first-ranked one that is not a lead-in (or a lead-in ranked
 * above it that covers about as much as the best), and the others only
 * when they cover about as much of the question as the best one (the first-ranked is not always the
 * one that answers, nor is the best-covering one), name every figure the question and the first
 * share (asked about "Kết luận 183", a first quote from 183-KL/TW is not followed by a meeting of
 * another conclusion) and are about what the question asks ({@link Further}). The drafter quotes
 * them, and the decision asks of them whether a draft would carry what the question asks for.
 */
final class QuotedPassages {

    private final int max;
    private final double related;
    private final double relatedWords;
    private final Supplier<Glossary> glossary;
    private final FocusEvidence focus;

    /**
     * @param max how many passages a draft quotes at most
     * @param related the share of the best coverage a further passage needs to be quoted
     * @param relatedWords the share of the first quote's count of the question's words a further
     *     quote needs
     */
    QuotedPassages(int max, double related, double relatedWords, Supplier<Glossary> glossary) {
        this.max = max;
        this.related = related;
        this.relatedWords = relatedWords;
        this.glossary = glossary;
        this.focus = new FocusEvidence(glossary);
    }

    /** Without a glossary: the question's own words are all a quote can share with it. */
    QuotedPassages(int max, double related, double relatedWords) {
        this(max, related, relatedWords, Glossary::empty);
    }

    int max() {
        return max;
    }

    List<RetrievedPassage> of(RetrievalResult result) {
        // A point found in two renderings (a summary and a translation) is quoted once.
        List<RetrievedPassage> passages = Points.onePerPoint(result.passages(), result.language());
        if (passages.isEmpty()) {
            return List.of();
        }
        double baseline = answeringCoverage(passages);
        // The first quote, the one the others are measured against: a lead-in ranked above the first
        // answering passage is it when it covers as much ("3. Assign the Government Party Committee
        // to …:" heads the clauses it assigns, and answers with them).
        RetrievedPassage first = passages.stream()
                .filter(found -> !isLeadIn(found.passage()) || found.coverage() >= baseline * related)
                .findFirst()
                .orElse(passages.get(0));
        Set<String> shared = new HashSet<>(NamedFigures.keys(result.question()));
        shared.retainAll(NamedFigures.of(first.passage()));
        Further further = new Further(result, first);
        List<RetrievedPassage> quoted = new ArrayList<>();
        for (RetrievedPassage retrieved : passages) {
            if (quoted.size() == max) {
                break;
            }
            if (retrieved == first
                    || retrieved.coverage() >= baseline * related
                            && NamedFigures.of(retrieved.passage()).containsAll(shared)
                            && further.aboutTheQuestion(retrieved)) {
                quoted.add(retrieved);
            }
        }
        return quoted;
    }

    /**
     * Whether a further passage is about what the question asks, judged with the words the first
     * quote is chosen by. An official reads every quote of a draft as part of the answer, and staff
     * delete the ones that are not: a further quote must give the kind of answer asked for (in its
     * text or its heading, where a point names the body it assigns) and carry {@link #relatedWords} of
     * as many of the question's words as the first quote does (the asker's words and the glossary's
     * renderings of the concepts they name, so in the passage's language), or the question's focus. A
     * passage that shares only the documents' common frame with the question ("the Politburo", "the
     * two-level local government model") is left out: asked on which day Notice 412/TB-VPCP was
     * issued, a draft no longer adds the notice's paragraphs on the achievements and on the tasks to
     * come, which give no day. As many words,
     * not the same ones: the first-ranked passage is not always the one that answers.
     */
    private final class Further {

        private final RetrievalResult result;
        private final Set<String> questionWords;
        private final AnswerType type;
        private final int carriedByFirst;

        Further(RetrievalResult result, RetrievedPassage first) {
            this.result = result;
            this.questionWords = QuotedSentences.questionWords(result, glossary.get());
            this.type = result.reading().answerType();
            this.carriedByFirst = questionWordsIn(first);
        }

        boolean aboutTheQuestion(RetrievedPassage passage) {
            if (!type.carriedBy(passage.passage().contextualText(), glossary.get())) {
                return false;
            }
            if (questionWordsIn(passage) >= relatedWords * carriedByFirst) {
                return true;
            }
            FocusEvidence.Carried focused = focus.of(result, List.of(passage));
            return focused.judged() > 0 && focused.carried() == 1;
        }

        /** How many of the question's words the quote a draft would take from {@code passage} carries. */
        private int questionWordsIn(RetrievedPassage passage) {
            Set<String> words = QuotedSentences.words(
                    QuotedSentences.quote(passage.passage().text(), questionWords, type));
            words.retainAll(questionWords);
            return words.size();
        }
    }

    /**
     * The coverage quoted passages are measured against: the highest among the passages that are
     * not lead-ins ("…concluded as follows:", whose content is in the passages after them), so a
     * lead-in does not crowd out what it introduces.
     */
    private static double answeringCoverage(List<RetrievedPassage> passages) {
        return passages.stream()
                .filter(found -> !isLeadIn(found.passage()))
                .mapToDouble(RetrievedPassage::coverage)
                .max()
                .orElse(passages.stream()
                        .mapToDouble(RetrievedPassage::coverage)
                        .max()
                        .orElse(0));
    }

    private static boolean isLeadIn(Passage passage) {
        return passage.text().strip().endsWith(":");
    }
}
