package org.standingoffice.search.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.standingoffice.knowledge.GlossaryTerm;

/**
 * A question prepared for search.
 *
 * @param text the question with the expansions of its abbreviations appended
 * @param concepts glossary concepts it mentions, for cross-lingual expansion
 * @param documentNumbers compact document numbers it mentions ("183kltw")
 * @param typedNumbers bare numbers it names with a document type ("Conclusion 183")
 * @param withoutDiacritics the asker typed plain ASCII (Vietnamese often is, on phones)
 * @param dueDate a deadline date it asks about, or {@code null}; {@code yearGiven} says whether
 *     the question named the year
 */
record ParsedQuestion(
        String text,
        String language,
        List<GlossaryTerm> concepts,
        Set<String> documentNumbers,
        Set<String> typedNumbers,
        boolean withoutDiacritics,
        LocalDate dueDate,
        boolean yearGiven) {}
