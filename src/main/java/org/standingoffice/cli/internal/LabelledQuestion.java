package org.standingoffice.cli.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One item of a labelled question set ({@code src/test/resources/eval/*.jsonl}, one JSON object a
 * line: {@code id, lang, group, q, expect, evidence, leave_out}).
 *
 * @param group the set's group (en-plain, vi-nodiacritics, near-miss…); when a file has none,
 *     {@code <lang>} for answerable items and {@code unanswerable} for the rest
 * @param answerable {@code expect} is {@code answer}
 * @param evidence exact strings a passage (and a draft) that answers it contains
 * @param leaveOut exact strings of passages to remove from the index for this item: the item is
 *     then unanswerable by construction
 */
record LabelledQuestion(
        String id,
        String language,
        String group,
        String question,
        boolean answerable,
        List<String> evidence,
        Set<String> leaveOut) {

    /** The group, and the id prefix, of the items {@link #counterfactual} makes. */
    static final String COUNTERFACTUAL = "counterfactual";

    LabelledQuestion {
        evidence = List.copyOf(evidence);
        leaveOut = Set.copyOf(new TreeSet<>(leaveOut));
    }

    /**
     * The same question asked of the knowledge base without the passages that answer it (those
     * containing an evidence string, which holds one per rendering): unanswerable by construction.
     * Empty for an unanswerable item or one without evidence.
     */
    Optional<LabelledQuestion> counterfactual() {
        if (!answerable || evidence.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LabelledQuestion(
                COUNTERFACTUAL + "-" + id,
                language,
                COUNTERFACTUAL,
                question,
                false,
                List.of(),
                new TreeSet<>(evidence)));
    }

    /** {@code items} followed by the {@link #counterfactual} of each that has one. */
    static List<LabelledQuestion> withCounterfactuals(List<LabelledQuestion> items) {
        List<LabelledQuestion> all = new ArrayList<>(items);
        items.forEach(item -> item.counterfactual().ifPresent(all::add));
        return List.copyOf(all);
    }

    /** Whether {@link #counterfactual} made it (or a file labelled it so): not a question as asked. */
    boolean isCounterfactual() {
        return group.equals(COUNTERFACTUAL);
    }

    /** How the asker typed it: {@code vi-diacritics}, {@code vi-plain} (no diacritics), or the language. */
    String typing() {
        if (!language.equals("vi")) {
            return language;
        }
        return question.chars().anyMatch(character -> character > 127) ? "vi-diacritics" : "vi-plain";
    }

    static List<LabelledQuestion> read(Path file) {
        JsonMapper json = JsonMapper.builder().build();
        List<LabelledQuestion> items = new ArrayList<>();
        try {
            int line = 0;
            for (String text : Files.readAllLines(file)) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                JsonNode node = json.readTree(text);
                String question = node.path("q").asString("");
                if (question.isBlank()) {
                    throw new IllegalArgumentException(file + ":" + line + ": no \"q\"");
                }
                boolean answerable = node.path("expect").asString("answer").equals("answer");
                String language = node.path("lang").asString("und");
                String group = node.path("group").asString(answerable ? language : "unanswerable");
                items.add(new LabelledQuestion(
                        node.path("id").asString(Integer.toString(line)),
                        language,
                        group,
                        question,
                        answerable,
                        strings(node.path("evidence")),
                        new TreeSet<>(strings(node.path("leave_out")))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return items;
    }

    private static List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        array.forEach(value -> strings.add(value.asString()));
        return strings;
    }
}
