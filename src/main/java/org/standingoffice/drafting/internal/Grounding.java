package org.standingoffice.drafting.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.standingoffice.knowledge.Glossary;
import org.standingoffice.knowledge.Passage;
import org.standingoffice.knowledge.QuoteRule;

/**
 * Checks that a model's answer stands on the passages it was shown. Each sentence must cite only
 * passages that were retrieved, copy a quote of at least {@code minQuoteWords} words verbatim from
 * one of them (by the {@link QuoteRule}: one span, or spans joined by "…"; not re-cased, not
 * re-punctuated), state no number they lack and — when it is written in the passages' own language —
 * share most of its words with them. Across languages only the quote and the numbers can be
 * checked: a Vietnamese sentence over an English passage has no words to compare. A sentence may
 * state the numbers of the citation the model was shown (the document's number and date, the
 * section), and must not write a placeholder number: it would reach the asker as an official one.
 */
final class Grounding {

    private static final int MAX_SENTENCES = 12;
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private final int minQuoteWords;
    private final double minSentenceSupport;

    Grounding(int minQuoteWords, double minSentenceSupport) {
        this.minQuoteWords = minQuoteWords;
        this.minSentenceSupport = minSentenceSupport;
    }

    /**
     * Why {@code reply} cannot be used, if it cannot.
     *
     * @param shown the passages the model saw, by the label it saw them under
     * @param language the language the answer is written in
     */
    Optional<String> problem(ModelReply reply, Map<String, Passage> shown, String language) {
        List<ModelReply.Sentence> sentences = reply.sentences();
        if (sentences.isEmpty()) {
            return Optional.of("the answer has no sentences");
        }
        if (sentences.size() > MAX_SENTENCES) {
            return Optional.of("the answer has more than " + MAX_SENTENCES + " sentences");
        }
        for (int i = 0; i < sentences.size(); i++) {
            Optional<String> problem = problem(sentences.get(i), shown, language);
            if (problem.isPresent()) {
                return Optional.of("sentence " + (i + 1) + " " + problem.get());
            }
        }
        return Optional.empty();
    }

    private Optional<String> problem(ModelReply.Sentence sentence, Map<String, Passage> shown, String language) {
        if (sentence.text().isBlank()) {
            return Optional.of("is empty");
        }
        if (sentence.passageIds().isEmpty()) {
            return Optional.of("cites no passage");
        }
        for (String id : sentence.passageIds()) {
            if (!shown.containsKey(id)) {
                // Only the label is reported: it is model output, not the asker's words.
                return Optional.of("cites " + abbreviate(id) + ", which was not retrieved");
            }
        }
        for (Passage passage : shown.values()) {
            String number = passage.document().number();
            if (!passage.document().numberVerified()
                    && sentence.text().toLowerCase(Locale.ROOT).contains(number.toLowerCase(Locale.ROOT))) {
                return Optional.of("writes a document number that is only a placeholder");
            }
        }
        List<Passage> cited =
                sentence.passageIds().stream().map(shown::get).distinct().toList();
        String quote = Glossary.fold(sentence.quote());
        if (quote.isEmpty() || quote.split(" ").length < minQuoteWords) {
            return Optional.of("quotes fewer than " + minQuoteWords + " words");
        }
        if (cited.stream().noneMatch(passage -> QuoteRule.isVerbatim(sentence.quote(), passage.text()))) {
            return Optional.of("quotes what is not a verbatim span of one of its passages");
        }
        String citedText = String.join(
                " ",
                cited.stream()
                        .map(passage -> passage.document().number() + " " + dated(passage) + " " + passage.section()
                                + " " + passage.text())
                        .toList());
        Set<String> citedNumbers = numbers(citedText);
        for (String number : numbers(sentence.text())) {
            if (mustMatch(number) && !citedNumbers.contains(number)) {
                return Optional.of("states a number (" + number + ") its passages do not");
            }
        }
        boolean sameLanguage =
                cited.stream().allMatch(passage -> passage.document().language().equals(language));
        if (sameLanguage && support(sentence.text(), citedText) < minSentenceSupport) {
            return Optional.of("is not supported by its passages");
        }
        return Optional.empty();
    }

    /** The document's date, which names it in a citation when its number is a placeholder. */
    private static String dated(Passage passage) {
        return passage.document().date() == null
                ? ""
                : passage.document().date().toString();
    }

    /**
     * One-digit numbers and 10–12 are not checked: they are how a translation writes months and
     * small counts the passage spells out ("31/8" for "August 31", "2 levels" for "two-level").
     */
    private static boolean mustMatch(String number) {
        String digits = number.replaceFirst("^0+(?=\\d)", "");
        return digits.length() > 1 && !List.of("10", "11", "12").contains(digits);
    }

    private static Set<String> numbers(String text) {
        Set<String> numbers = new HashSet<>();
        Matcher matcher = NUMBER.matcher(text);
        while (matcher.find()) {
            numbers.add(matcher.group().replaceFirst("^0+(?=\\d)", ""));
        }
        return numbers;
    }

    /** The share of the sentence's longer words (stop words are mostly short) the passages contain. */
    private static double support(String sentence, String passages) {
        Set<String> passageWords = new HashSet<>(List.of(Glossary.fold(passages).split(" ")));
        List<String> words = List.of(Glossary.fold(sentence).split(" ")).stream()
                .filter(word -> word.length() > 3)
                .toList();
        if (words.isEmpty()) {
            return 1;
        }
        return words.stream().filter(passageWords::contains).count() / (double) words.size();
    }

    private static String abbreviate(String id) {
        return id.length() <= 12 ? id : id.substring(0, 12) + "…";
    }
}
