package org.standingoffice.knowledge;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The domain glossary: concepts of the reform in several languages and the usual Vietnamese
 * administrative abbreviations. Matching ignores case and diacritics, because officials often
 * type Vietnamese without them.
 */
public final class Glossary {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern ABBREVIATION = Pattern.compile("(?<![\\p{L}\\d])[\\p{Lu}Đ]{2,8}(?![\\p{L}\\d])");

    /**
     * A document number such as "183-KL/TW" or "412/TB-VPCP": its letters are the issuer's code,
     * not an abbreviation the question uses ("TW" there is no "Trung ương" the passage must say).
     */
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("\\d+(?:[-/][\\p{L}\\d]+)*[-/][\\p{L}]+");

    private final List<GlossaryTerm> terms;
    /** Each term's variants folded and padded once, since every question is matched against all. */
    private final List<List<String>> foldedVariants;

    private final Map<String, String> abbreviations;
    /** Topic id to its name per language. */
    private final Map<String, Map<String, String>> topics;

    public Glossary(List<GlossaryTerm> terms, Map<String, String> abbreviations) {
        this(terms, abbreviations, Map.of());
    }

    /**
     * @param topics the name of each topic per language, by topic id
     * @throws IllegalArgumentException when a term names a topic that is not listed
     */
    public Glossary(
            List<GlossaryTerm> terms, Map<String, String> abbreviations, Map<String, Map<String, String>> topics) {
        for (GlossaryTerm term : terms) {
            if (term.topic() != null && !topics.containsKey(term.topic())) {
                throw new IllegalArgumentException("the term " + term.variantsByLanguage()
                        + " names the unknown topic '" + term.topic() + "'; the topics are " + topics.keySet());
            }
        }
        this.topics = Map.copyOf(topics);
        this.terms = List.copyOf(terms);
        this.foldedVariants = this.terms.stream()
                .map(term -> term.allVariants()
                        .map(Glossary::fold)
                        .filter(variant -> !variant.isEmpty())
                        .map(variant -> " " + variant + " ")
                        .toList())
                .toList();
        this.abbreviations = Map.copyOf(abbreviations);
    }

    public static Glossary empty() {
        return new Glossary(List.of(), Map.of());
    }

    /**
     * Lower case, no diacritics, đ as d, punctuation kept ("tháng 12/2025" → "thang 12/2025"): the
     * form that figures such as dates, sums and times are read from in any spelling.
     */
    public static String unaccented(String text) {
        return COMBINING_MARKS
                .matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
                .replaceAll("")
                .replace('đ', 'd');
    }

    /** Lower case, no diacritics, đ as d, single spaces: the form glossary matching works on. */
    public static String fold(String text) {
        return unaccented(text).replaceAll("[^\\p{L}\\d]+", " ").strip();
    }

    /** The concepts any variant of which occurs in {@code text} as whole words. */
    public List<GlossaryTerm> termsIn(String text) {
        String folded = " " + fold(text) + " ";
        List<GlossaryTerm> found = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            if (foldedVariants.get(i).stream().anyMatch(folded::contains)) {
                found.add(terms.get(i));
            }
        }
        return found;
    }

    /** The topics of the concepts found in {@code text}, each once, in the glossary's order. */
    public List<String> topicsIn(String text) {
        return termsIn(text).stream()
                .map(GlossaryTerm::topic)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    /** The topic's name in {@code language}, else in English, else its id. */
    public String topicName(String topic, String language) {
        Map<String, String> names = topics.getOrDefault(topic, Map.of());
        return names.getOrDefault(language, names.getOrDefault("en", topic));
    }

    /**
     * {@code text} followed by the expansion of every known abbreviation it contains outside
     * document numbers.
     */
    public String expandAbbreviations(String text) {
        StringBuilder expanded = new StringBuilder(text);
        Matcher matcher = ABBREVIATION.matcher(DOCUMENT_NUMBER.matcher(text).replaceAll(" "));
        while (matcher.find()) {
            String expansion = abbreviations.get(matcher.group());
            if (expansion != null) {
                expanded.append(' ').append(expansion);
            }
        }
        return expanded.toString();
    }

    /** Every concept, in the glossary's order. */
    public List<GlossaryTerm> terms() {
        return terms;
    }

    /** Each abbreviation with its expansion ("UBND" → "Ủy ban nhân dân"). */
    public Map<String, String> abbreviations() {
        return abbreviations;
    }

    public int size() {
        return terms.size();
    }
}
