package org.standingoffice.drafting.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.standingoffice.knowledge.Glossary;

/**
 * The last check on every reply: it must not contain the model's instructions, the bot's
 * configuration or a key, whatever the question talked the model into. Instructions are matched by
 * runs of {@value #RUN} words, so a paraphrase of one phrase passes but a copied rule does not.
 */
final class Disclosure {

    private static final int RUN = 8;
    private static final Pattern CONFIGURATION_NAMES = Pattern.compile(
            "(?i)\\b(LLM_PROVIDER|OPENAI_[A-Z_]+|OLLAMA_[A-Z_]+|TELEGRAM_[A-Z_]+|SPRING_DATASOURCE_[A-Z_]+"
                    + "|OFFICE_[A-Z_]+|office\\.(llm|drafting|search|knowledge)\\.[a-z.-]+)\\b");

    private final Set<String> instructionRuns = new HashSet<>();
    private final List<String> secrets;

    /**
     * @param instructions the model's prompt templates
     * @param secrets configuration values no reply may contain (keys, server addresses); blank ones
     *     are ignored
     */
    Disclosure(Stream<String> instructions, List<String> secrets) {
        instructions.forEach(text -> instructionRuns.addAll(runs(text)));
        this.secrets = secrets.stream()
                .filter(secret -> secret != null && secret.strip().length() >= 6)
                .map(String::strip)
                .toList();
    }

    /** What {@code reply} gives away, if anything. */
    Optional<String> check(String reply) {
        for (String secret : secrets) {
            if (reply.contains(secret)) {
                return Optional.of("the reply contains a configuration value");
            }
        }
        if (CONFIGURATION_NAMES.matcher(reply).find()) {
            return Optional.of("the reply names configuration settings");
        }
        if (runs(reply).stream().anyMatch(instructionRuns::contains)) {
            return Optional.of("the reply repeats the model's instructions");
        }
        return Optional.empty();
    }

    private static Set<String> runs(String text) {
        String[] words = Glossary.fold(text).split(" ");
        Set<String> runs = new HashSet<>();
        for (int i = 0; i + RUN <= words.length; i++) {
            runs.add(String.join(" ", List.of(words).subList(i, i + RUN)));
        }
        return runs;
    }
}
