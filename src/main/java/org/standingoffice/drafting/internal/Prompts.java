package org.standingoffice.drafting.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The text templates of {@code prompts/}: one folder per language, one file per template
 * ({@code answer.txt}, {@code system.txt}, {@code draft.txt},
 * {@code rewrite.txt}), with {@code {{name}}} placeholders. Read once at start-up: the folder on
 * disk wins file by file over the copy in the jar, so an office can edit one template and keep the
 * shipped rest. A language without a template gets the English one.
 */
final class Prompts {

    static final String FALLBACK_LANGUAGE = "en";
    private static final String CLASSPATH_PATTERN = "classpath*:prompts/*/*.txt";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z_]+)}}");

    /** language → template name → text */
    private final Map<String, Map<String, String>> templates;

    private Prompts(Map<String, Map<String, String>> templates) {
        this.templates = templates;
    }

    /** The shipped templates, overridden by those under {@code dir} when it exists. */
    static Prompts load(Path dir) {
        Map<String, Map<String, String>> templates = new HashMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(CLASSPATH_PATTERN)) {
                String url = resource.getURL().toString();
                String[] parts = url.substring(url.lastIndexOf("prompts/") + "prompts/".length())
                        .split("/");
                put(templates, parts[0], parts[1], resource.getContentAsString(StandardCharsets.UTF_8));
            }
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.walk(dir, 2)) {
                    for (Path file : files.filter(file -> isTemplate(dir, file)).toList()) {
                        put(
                                templates,
                                file.getParent().getFileName().toString(),
                                file.getFileName().toString(),
                                Files.readString(file, StandardCharsets.UTF_8));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the prompt templates", e);
        }
        if (!templates.containsKey(FALLBACK_LANGUAGE)) {
            throw new IllegalStateException("no English prompt templates in " + dir + " nor in the jar");
        }
        return new Prompts(templates);
    }

    /** {@code <dir>/<language>/<name>.txt}; anything else (a README, backups) is not a template. */
    private static boolean isTemplate(Path dir, Path file) {
        return Files.isRegularFile(file)
                && file.getFileName().toString().endsWith(".txt")
                && dir.relativize(file).getNameCount() == 2;
    }

    private static void put(Map<String, Map<String, String>> templates, String language, String file, String text) {
        String name = file.substring(0, file.length() - ".txt".length());
        templates.computeIfAbsent(language, any -> new HashMap<>()).put(name, text.strip());
    }

    /** The template in {@code language}, else in English; fails when neither exists. */
    String template(String language, String name) {
        String text = templates.getOrDefault(language, Map.of()).get(name);
        if (text == null) {
            text = templates.get(FALLBACK_LANGUAGE).get(name);
        }
        if (text == null) {
            throw new IllegalStateException("no prompt template " + name + ".txt");
        }
        return text;
    }

    /**
     * The template with each {@code {{name}}} replaced by its value. Values are inserted once and
     * never rescanned, so a question containing "{{system}}" stays text.
     */
    String render(String language, String name, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template(language, name));
        StringBuilder rendered = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for {{" + matcher.group(1) + "}} in " + name + ".txt");
            }
            matcher.appendReplacement(rendered, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(rendered);
        return rendered.toString();
    }

    /** The language model's instructions in every language, so replies can be checked for them. */
    Stream<String> modelInstructions() {
        return templates.values().stream()
                .flatMap(byName -> Stream.of("system", "draft", "rewrite").map(byName::get))
                .filter(java.util.Objects::nonNull);
    }
}
