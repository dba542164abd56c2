package org.standingoffice.search.internal;

import java.util.Optional;
import org.standingoffice.knowledge.AskedDate;
import org.standingoffice.knowledge.Glossary;
import org.standingoffice.search.QuestionReading;

/** Prepares a read question for search: abbreviations, glossary concepts, numbers, dates. */
final class QuestionParser {

    private final QuestionLanguage languages;

    QuestionParser(QuestionLanguage languages) {
        this.languages = languages;
    }

    /** The question exactly as typed, without reading it first: the benchmark's baseline. */
    ParsedQuestion parse(String question, Glossary glossary) {
        String language = languages.detect(question);
        return parse(QuestionReading.plain(question, language), glossary);
    }

    /** The normalised form searches; document numbers and dates are read from it too. */
    ParsedQuestion parse(QuestionReading reading, Glossary glossary) {
        String normalised = reading.normalised();
        String text = glossary.expandAbbreviations(normalised);
        Optional<AskedDate> asked = AskedDate.in(normalised);
        return new ParsedQuestion(
                text,
                reading.language(),
                glossary.termsIn(text),
                DocumentNumbers.compactCandidates(normalised),
                DocumentNumbers.typedNumbers(normalised),
                isAscii(reading.asTyped()),
                asked.map(AskedDate::date).orElse(null),
                asked.map(AskedDate::yearGiven).orElse(false));
    }

    private static boolean isAscii(String text) {
        return text.chars().allMatch(character -> character < 128);
    }
}
