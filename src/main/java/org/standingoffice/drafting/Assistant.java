package org.standingoffice.drafting;

import org.standingoffice.search.RetrievalResult;
import org.standingoffice.search.Retriever;

/**
 * Takes a question from its text to a decided draft: retrieves, drafts and decides. With a
 * language model configured, the question is also rewritten into a search query in the documents'
 * language and both queries' passages are merged, so a Vietnamese question finds English
 * documents; without one, this is {@link org.standingoffice.search.Retriever} then {@link Drafter}.
 */
public interface Assistant {

    /**
     * The passages found for {@code question} (at most {@code top}) and the draft made from them.
     * Questions the guardrails stop (prompt injection, personal data, out of scope) are never
     * sent to the language model and come back escalated.
     */
    AssistedDraft draft(String question, int top);

    /**
     * The same guardrails, decision and drafters over another retriever: for evaluating the path
     * questions take on an index built without some passages (a scratch index), never for serving.
     */
    Assistant over(Retriever retriever);

    /**
     * @param retrieval what the draft was made from: the original question, its language, the
     *     merged passages and the higher of the two queries' retrieval confidences
     * @param assessment the decision's calibrated confidence, decision and reasons; the draft's
     *     decision agrees with it unless the guardrails or the drafter escalated for another reason
     */
    record AssistedDraft(RetrievalResult retrieval, Draft draft, Assessment assessment) {

        /** The calibrated confidence that the draft answers the question. */
        public double confidence() {
            return assessment.confidence();
        }
    }
}
