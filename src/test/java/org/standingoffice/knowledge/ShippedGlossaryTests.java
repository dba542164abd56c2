package org.standingoffice.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.standingoffice.knowledge.internal.GlossaryReader;

/**
 * The rules of {@code knowledge-base/glossary.yaml} its header states, checked on the shipped file:
 * matching folds case and diacritics, so a rendering that folds onto another word finds concepts the
 * question never named.
 */
class ShippedGlossaryTests {

    private final Glossary glossary = new GlossaryReader().read(Path.of("knowledge-base", "glossary.yaml"));

    @Test
    void everyConceptHasVietnameseAndEnglishRenderings() {
        assertThat(glossary.terms())
                .allSatisfy(term -> assertThat(term.variantsByLanguage()).containsKeys("vi", "en"));
    }

    @Test
    void noRenderingNamesTwoConceptsOnceFolded() {
        Map<String, GlossaryTerm> owners = new HashMap<>();
        List<String> shared = new ArrayList<>();
        for (GlossaryTerm term : glossary.terms()) {
            term.variantsByLanguage()
                    .forEach((language, variants) -> variants.stream()
                            .map(variant -> language + ":" + Glossary.fold(variant))
                            .distinct()
                            .forEach(key -> {
                                GlossaryTerm owner = owners.putIfAbsent(key, term);
                                if (owner != null && owner != term) {
                                    shared.add(key);
                                }
                            }));
        }
        assertThat(shared).isEmpty();
    }

    @Test
    void noOneSyllableVietnameseRenderingFoldsOntoAnotherSyllableOfTheGlossary() {
        Set<String> syllables = new HashSet<>();
        for (GlossaryTerm term : glossary.terms()) {
            for (String variant : term.variants("vi")) {
                for (String syllable : lower(variant).split("[^\\p{L}\\p{M}]+")) {
                    syllables.add(syllable);
                }
            }
        }
        List<String> colliding = new ArrayList<>();
        for (GlossaryTerm term : glossary.terms()) {
            for (String variant : term.variants("vi")) {
                String single = lower(variant).strip();
                if (!single.contains(" ") && !single.equals(single.toUpperCase(Locale.ROOT))) {
                    syllables.stream()
                            .filter(other -> !other.equals(single))
                            .filter(other -> Glossary.fold(other).equals(Glossary.fold(single)))
                            .forEach(other -> colliding.add(single + " / " + other));
                }
            }
        }
        assertThat(colliding).as("'họp' would also match 'phối hợp'").isEmpty();
    }

    private static String lower(String text) {
        return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
    }
}
