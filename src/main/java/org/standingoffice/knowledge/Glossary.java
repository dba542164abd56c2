package org.standingoffice.knowledge;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    private final List<GlossaryTerm> terms;
    /** Each term's variants folded and padded once, since every question is matched against all. */
    private final List<List<String>> foldedVariants;

    private final Map<String, String> abbreviations;

    public Glossary(List<GlossaryTerm> terms, Map<String, String> abbreviations) {
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

    /** Lower case, no diacritics, đ as d, single spaces: the form glossary matching works on. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return COMBINING_MARKS
                .matcher(decomposed)
                .replaceAll("")
                .replace('đ', 'd')
                .replaceAll("[^\\p{L}\\d]+", " ")
                .strip();
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

    /** {@code text} followed by the expansion of every known abbreviation it contains. */
    public String expandAbbreviations(String text) {
        StringBuilder expanded = new StringBuilder(text);
        Matcher matcher = ABBREVIATION.matcher(text);
        while (matcher.find()) {
            String expansion = abbreviations.get(matcher.group());
            if (expansion != null) {
                expanded.append(' ').append(expansion);
            }
        }
        return expanded.toString();
    }

    public int size() {
        return terms.size();
    }
}
