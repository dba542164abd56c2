package org.standingoffice.knowledge;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One concept of the domain glossary with its variants per language ("vi", "en", "sv"…).
 *
 * @param topic the id of the glossary topic it belongs to (reports count questions by topic), or
 *     {@code null}
 */
public record GlossaryTerm(String topic, Map<String, List<String>> variantsByLanguage) {

    public GlossaryTerm {
        variantsByLanguage = Map.copyOf(variantsByLanguage);
    }

    public List<String> variants(String language) {
        return variantsByLanguage.getOrDefault(language, List.of());
    }

    public Stream<String> allVariants() {
        return variantsByLanguage.values().stream().flatMap(List::stream);
    }
}
