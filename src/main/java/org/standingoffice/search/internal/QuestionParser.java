package org.standingoffice.search.internal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import org.standingoffice.knowledge.AskedDate;
import org.standingoffice.knowledge.Glossary;
import org.standingoffice.search.QuestionReading;

/** Prepares a read question for search: abbreviations, glossary concepts, numbers, dates. */
final class QuestionParser {

    private final QuestionLanguage languages;
    private final Supplier<LocalDate> today;

    /** @param today the office's date: a date asked without a year is in its year */
    QuestionParser(QuestionLanguage languages, Supplier<LocalDate> today) {
        this.languages = languages;
        this.today = today;
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
        Optional<AskedDate> asked = AskedDate.in(normalised, today.get());
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
