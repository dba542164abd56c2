package org.standingoffice.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parsed command line: the command, its options ({@code --name value} or a bare flag) and
 * its positional words.
 */
public record CliArguments(String command, Map<String, String> options, List<String> words) {

    private static final Set<String> FLAGS = Set.of("json", "dry-run", "details", "counterfactuals");
    private static final Set<String> VALUED = Set.of(
            "top",
            "knowledge-base",
            "data-dir",
            "due-by",
            "language",
            "dataset",
            "passages",
            "questions",
            "out",
            "alqac",
            "seed",
            "features");

    /** The options that say where the knowledge base and the data live, with the property each sets. */
    private static final Map<String, String> LOCATIONS =
            Map.of("knowledge-base", "office.knowledge.base-dir", "data-dir", "office.data-dir");

    public CliArguments {
        options = Map.copyOf(options);
        words = List.copyOf(words);
    }

    /**
     * @throws IllegalArgumentException naming the offending option
     */
    public static CliArguments parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> words = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--") || arg.equals("--")) {
                words.add(arg);
                continue;
            }
            String name = arg.substring(2);
            int equals = name.indexOf('=');
            if (equals > 0 && VALUED.contains(name.substring(0, equals))) {
                options.put(name.substring(0, equals), name.substring(equals + 1));
            } else if (FLAGS.contains(name)) {
                options.put(name, "true");
            } else if (VALUED.contains(name) && i + 1 < args.length) {
                options.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException(arg);
            }
        }
        return new CliArguments(args[0], options, words);
    }

    public boolean flag(String name) {
        return options.containsKey(name);
    }

    public String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    /**
     * Spring command-line arguments (which outrank every other property source) for where the
     * knowledge base and the data live; a command synchronises the index itself when it needs to.
     */
    String[] springArguments() {
        List<String> properties = new ArrayList<>();
        properties.add("--office.search.index-on-startup=false");
        // A command asks once and exits: warming every language up first would only delay it.
        properties.add("--office.search.warm-up=false");
        LOCATIONS.forEach((option, property) -> {
            if (options.containsKey(option)) {
                properties.add("--" + property + "=" + options.get(option));
            }
        });
        return properties.toArray(String[]::new);
    }

    /**
     * The service's own arguments with {@code --knowledge-base DIR} and {@code --data-dir DIR} (or
     * {@code =DIR}) read as the commands read them; every other argument passes to Spring as given.
     */
    public static String[] forService(String[] args) {
        List<String> service = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : "";
            int equals = name.indexOf('=');
            String option = equals > 0 ? name.substring(0, equals) : name;
            if (!LOCATIONS.containsKey(option) || equals < 0 && i + 1 == args.length) {
                service.add(args[i]);
            } else {
                service.add("--" + LOCATIONS.get(option) + "=" + (equals > 0 ? name.substring(equals + 1) : args[++i]));
            }
        }
        return service.toArray(String[]::new);
    }
}
