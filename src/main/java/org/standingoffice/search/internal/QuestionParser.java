package org.standingoffice.search.internal;

import java.util.Optional;
import org.standingoffice.knowledge.AskedDate;
import org.standingoffice.knowledge.Glossary;

/** Prepares a question for search: language, abbreviations, glossary concepts, numbers, dates. */
final class QuestionParser {

    private final QuestionLanguage languages;

    QuestionParser(QuestionLanguage languages) {
        this.languages = languages;
    }

    ParsedQuestion parse(String question, Glossary glossary) {
        String text = glossary.expandAbbreviations(question.strip());
        Optional<AskedDate> asked = AskedDate.in(question);
        return new ParsedQuestion(
                text,
                languages.detect(question),
                glossary.termsIn(text),
                DocumentNumbers.compactCandidates(question),
                DocumentNumbers.typedNumbers(question),
                question.chars().allMatch(character -> character < 128),
                asked.map(AskedDate::date).orElse(null),
                asked.map(AskedDate::yearGiven).orElse(false));
    }
}
