package org.standingoffice.knowledge.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.standingoffice.knowledge.Glossary;
import org.standingoffice.knowledge.GlossaryTerm;
import org.standingoffice.knowledge.IngestionException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads {@code glossary.yaml}: {@code terms} (a list of maps from language to variants) and
 * {@code abbreviations} (a map from abbreviation to its expansion).
 */
public final class GlossaryReader {

    public Glossary read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Glossary.empty();
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            if (!(loaded instanceof Map<?, ?> root)) {
                throw new IngestionException(
                        file + ": the glossary must be a mapping with 'terms' and 'abbreviations'");
            }
            return new Glossary(terms(root.get("terms")), abbreviations(root.get("abbreviations")));
        } catch (IOException | YAMLException | ClassCastException e) {
            throw new IngestionException(file + ": cannot read the glossary: " + e.getMessage(), e);
        }
    }

    private static List<GlossaryTerm> terms(Object node) {
        List<GlossaryTerm> terms = new ArrayList<>();
        if (node instanceof List<?> list) {
            for (Object entry : list) {
                Map<String, List<String>> variants = new LinkedHashMap<>();
                ((Map<?, ?>) entry).forEach((language, values) -> variants.put(language.toString(), strings(values)));
                terms.add(new GlossaryTerm(variants));
            }
        }
        return terms;
    }

    private static List<String> strings(Object values) {
        if (values instanceof List<?> list) {
            return list.stream().map(Object::toString).toList();
        }
        return values == null ? List.of() : List.of(values.toString());
    }

    private static Map<String, String> abbreviations(Object node) {
        Map<String, String> abbreviations = new LinkedHashMap<>();
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> abbreviations.put(key.toString(), value.toString()));
        }
        return abbreviations;
    }
}
