package org.standingoffice.knowledge.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.standingoffice.knowledge.IngestionException;
import org.standingoffice.knowledge.SourceDocument;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;

/** Document metadata written as YAML: a Markdown file's front matter or a sidecar file. */
public final class FrontMatter {

    /** The metadata and the text that follows the front matter. */
    public record Split(String yaml, String body) {}

    static final List<String> REQUIRED = List.of("number", "title", "language");
    /** Every key, in the order they are written. */
    static final List<String> KEYS = List.of(
            "number",
            "title",
            "type",
            "issuer",
            "date",
            "language",
            "source",
            "version",
            "supersedes",
            "valid_until",
            "number_verified");
    // The closing fence is looked for from the line after the opening one: the block may hold no line.
    private static final Pattern FENCED =
            Pattern.compile("(?ms)\\A---[^\\n]*\\n(?<yaml>.*?)\\n?^---[^\\n]*(?:\\n|\\z)");

    private FrontMatter() {}

    /** Separates a leading {@code ---} block from the body; a file without one has no metadata. */
    public static Split split(String content) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        if (!text.startsWith("---")) {
            return new Split("", text);
        }
        Matcher fenced = FENCED.matcher(text);
        if (!fenced.find()) {
            throw new IngestionException("the front matter opened by '---' is never closed");
        }
        return new Split(fenced.group("yaml"), text.substring(fenced.end()));
    }

    /** Reads the metadata; throws with the missing or malformed keys named. */
    public static SourceDocument parse(String yaml) {
        Map<String, Object> values = load(yaml);
        List<String> missing = new ArrayList<>();
        for (String key : REQUIRED) {
            if (text(values, key).isEmpty()) {
                missing.add(key);
            }
        }
        if (!missing.isEmpty()) {
            throw new IngestionException("metadata lacks " + String.join(", ", missing) + " (required: "
                    + String.join(", ", REQUIRED) + ")");
        }
        return new SourceDocument(
                text(values, "number"),
                text(values, "title"),
                text(values, "type"),
                text(values, "issuer"),
                date(values, "date"),
                text(values, "language").toLowerCase(Locale.ROOT),
                text(values, "source"),
                text(values, "version"),
                text(values, "supersedes"),
                date(values, "valid_until"),
                verified(values));
    }

    /** {@code number_verified} is true unless it says {@code false}; anything but a yes or no is an error. */
    private static boolean verified(Map<String, Object> values) {
        String value = text(values, "number_verified").toLowerCase(Locale.ROOT);
        return switch (value) {
            case "", "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw new IngestionException("'number_verified' is neither true nor false: " + value);
        };
    }

    /**
     * The given values as written, without checking them: for comparing metadata from two places
     * before either is parsed.
     */
    static Map<String, String> fields(String yaml) {
        Map<String, Object> values = load(yaml);
        Map<String, String> fields = new LinkedHashMap<>();
        values.keySet().forEach(key -> {
            String value = text(values, String.valueOf(key));
            if (!value.isEmpty()) {
                fields.put(String.valueOf(key), value);
            }
        });
        return fields;
    }

    /**
     * The given values of {@code document}, in key order, each on one line: form fields are
     * single-line, and a line break could otherwise close the front matter early.
     */
    static Map<String, String> fields(SourceDocument document) {
        List<Object> values = Arrays.asList(
                document.number(),
                document.title(),
                document.type(),
                document.issuer(),
                document.date(),
                document.language(),
                document.source(),
                document.version(),
                document.supersedes(),
                document.validUntil(),
                // Written only when it says something: a verified number is the default.
                document.numberVerified() ? null : false);
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < KEYS.size(); i++) {
            String value = values.get(i) == null
                    ? ""
                    : values.get(i).toString().strip().replaceAll("\\s+", " ");
            if (!value.isEmpty()) {
                fields.put(KEYS.get(i), value);
            }
        }
        return fields;
    }

    /** YAML for {@code fields}, one line each, quoted where YAML would read the text as something else. */
    static String write(Map<String, String> fields) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setSplitLines(false);
        return new Yaml(options).dump(new LinkedHashMap<>(fields));
    }

    private static Map<String, Object> load(String yaml) {
        try {
            Object loaded = new Yaml(new DatesAsText()).load(yaml);
            if (loaded == null) {
                return Map.of();
            }
            if (!(loaded instanceof Map<?, ?> map)) {
                throw new IngestionException("metadata must be a YAML mapping of keys to values");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> values = (Map<String, Object>) map;
            return values;
        } catch (YAMLException e) {
            throw new IngestionException("metadata is not valid YAML: " + e.getMessage(), e);
        }
    }

    private static String text(Map<String, Object> values, String key) {
        Object value = values.get(key);
        return value == null ? "" : value.toString().strip();
    }

    /**
     * Loads timestamps as the text written: SnakeYAML's own reading rolls an impossible date over
     * (2025-02-30 becomes 2025-03-02), whereas {@link #date} rejects it.
     */
    private static final class DatesAsText extends SafeConstructor {
        DatesAsText() {
            super(new LoaderOptions());
            yamlConstructors.put(Tag.TIMESTAMP, new ConstructYamlStr());
        }
    }

    private static LocalDate date(Map<String, Object> values, String key) {
        Object value = values.get(key);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.toString().strip());
        } catch (DateTimeParseException e) {
            throw new IngestionException("'" + key + "' is not a date in the form YYYY-MM-DD: " + value, e);
        }
    }
}
