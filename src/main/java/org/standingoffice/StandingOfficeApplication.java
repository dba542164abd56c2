package org.standingoffice;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.standingoffice.cli.CliArguments;
import org.standingoffice.cli.CommandLine;

/**
 * Starts the service, or runs one command-line command ({@code ask}, {@code reindex},
 * {@code deadlines}, {@code eval}) without a web server and exits with its status.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class StandingOfficeApplication {

    public static void main(String[] args) {
        if (CommandLine.isCommand(args)) {
            System.exit(CommandLine.run(StandingOfficeApplication.class, args));
        }
        SpringApplication.run(StandingOfficeApplication.class, CliArguments.forService(args));
    }
}
