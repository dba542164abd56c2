package org.standingoffice.cli;

import java.io.BufferedReader;
import java.io.PrintStream;

/** One command-line command. */
public interface Command {

    /** The word that invokes it. */
    String name();

    /** Whether the index must be synchronised before it runs. */
    default boolean needsIndex() {
        return true;
    }

    /**
     * Runs the command.
     *
     * @return the process exit status: 0 success, 1 failure, 2 bad usage
     */
    int run(CliArguments arguments, BufferedReader in, PrintStream out);
}
