package org.standingoffice.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Runs one command in an application context without a web server or channels. Logging goes to
 * standard error (the {@code cli} profile), so standard output carries only results.
 */
public final class CommandLine {

    private static final List<String> COMMANDS = List.of("ask", "reindex", "deadlines", "eval", "calibrate");

    private CommandLine() {}

    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    public static int run(Class<?> application, String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        CliArguments arguments;
        try {
            arguments = CliArguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(message("cli.error.option", e.getMessage()));
            System.err.println(message("cli.usage"));
            return 2;
        }
        // Everything but the results goes to standard error, whatever a library prints.
        PrintStream originalOut = System.out;
        System.setOut(System.err);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .profiles("cli")
                .run(arguments.springArguments())) {
            Command command = context.getBeansOfType(Command.class).values().stream()
                    .filter(candidate -> candidate.name().equals(arguments.command()))
                    .findFirst()
                    .orElseThrow();
            if (command.needsIndex()) {
                context.getBean(org.standingoffice.search.KnowledgeIndex.class).reindex();
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            return command.run(arguments, in, out);
        } finally {
            System.setOut(originalOut);
        }
    }

    /** A message for errors raised before the application context exists. */
    static String message(String code, Object... arguments) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages.getMessage(code, arguments, Locale.getDefault());
    }
}
