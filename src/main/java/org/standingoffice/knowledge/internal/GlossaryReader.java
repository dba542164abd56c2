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
 * Reads {@code glossary.yaml}: {@code topics} (a map from topic id to its name per language),
 * {@code terms} (a list of maps from language to variants, each optionally with the {@code topic}
 * it belongs to) and {@code abbreviations} (a map from abbreviation to its expansion). A malformed
 * entry, or a term of an unlisted topic, is rejected
 * with the file and the entry named rather than skipped: an abbreviation is listed only for its
 * expansion, so one without is an editing mistake that would otherwise go unnoticed.
 */
public final class GlossaryReader {

    public Glossary read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Glossary.empty();
        }
        Object loaded;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (IOException | YAMLException e) {
            throw new IngestionException(file + ": cannot read the glossary: " + e.getMessage(), e);
        }
        if (!(loaded instanceof Map<?, ?> root)) {
            throw new IngestionException(file + ": the glossary must be a mapping with 'terms' and 'abbreviations'");
        }
        try {
            return new Glossary(
                    terms(file, root.get("terms")),
                    abbreviations(file, root.get("abbreviations")),
                    topics(file, root.get("topics")));
        } catch (IllegalArgumentException e) {
            throw new IngestionException(file + ": " + e.getMessage(), e);
        }
    }

    private static List<GlossaryTerm> terms(Path file, Object node) {
        List<GlossaryTerm> terms = new ArrayList<>();
        if (node instanceof List<?> list) {
            for (Object entry : list) {
                if (!(entry instanceof Map<?, ?> languages)) {
                    throw new IngestionException(
                            file + ": each term must be a mapping from language to variants, not " + entry);
                }
                Map<String, List<String>> variants = new LinkedHashMap<>();
                Object topic = languages.get("topic");
                languages.forEach((language, values) -> {
                    if (!"topic".equals(language)) {
                        variants.put(String.valueOf(language), strings(file, values));
                    }
                });
                terms.add(new GlossaryTerm(topic == null ? null : topic.toString(), variants));
            }
        }
        return terms;
    }

    private static List<String> strings(Path file, Object values) {
        if (values instanceof List<?> list) {
            if (list.contains(null)) {
                throw new IngestionException(file + ": the term variants " + list + " include an empty entry");
            }
            return list.stream().map(Object::toString).toList();
        }
        return values == null ? List.of() : List.of(values.toString());
    }

    private static Map<String, Map<String, String>> topics(Path file, Object node) {
        Map<String, Map<String, String>> topics = new LinkedHashMap<>();
        if (node instanceof Map<?, ?> map) {
            map.forEach((id, names) -> {
                if (!(names instanceof Map<?, ?> byLanguage) || byLanguage.isEmpty()) {
                    throw new IngestionException(
                            file + ": the topic '" + id + "' must map languages to its name, not " + names);
                }
                Map<String, String> named = new LinkedHashMap<>();
                byLanguage.forEach((language, name) -> named.put(String.valueOf(language), String.valueOf(name)));
                topics.put(String.valueOf(id), named);
            });
        } else if (node != null) {
            throw new IngestionException(file + ": 'topics' must be a mapping from topic id to names");
        }
        return topics;
    }

    private static Map<String, String> abbreviations(Path file, Object node) {
        Map<String, String> abbreviations = new LinkedHashMap<>();
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if (value == null || value.toString().isBlank()) {
                    throw new IngestionException(file + ": the abbreviation '" + key + "' has no expansion");
                }
                abbreviations.put(String.valueOf(key), value.toString());
            });
        }
        return abbreviations;
    }
}
