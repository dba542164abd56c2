package org.standingoffice.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The process's standard streams as a command of the jar sees them, for a test: each test starts
 * with empty input and captured output and error, and finds the real streams back afterwards.
 * Register with {@code @RegisterExtension}.
 */
final class StandardStreams implements BeforeEachCallback, AfterEachCallback {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;
    private InputStream originalIn;

    @Override
    public void beforeEach(ExtensionContext context) {
        originalOut = System.out;
        originalErr = System.err;
        originalIn = System.in;
        out.reset();
        err.reset();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        input("");
    }

    @Override
    public void afterEach(ExtensionContext context) {
        System.setOut(originalOut);
        System.setErr(originalErr);
        System.setIn(originalIn);
    }

    /** What the command will read from standard input. */
    void input(String text) {
        System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** What was written to standard output so far. */
    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** What was written to standard error so far. */
    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** Forgets the output so far, for a second command in one test. */
    void resetOut() {
        out.reset();
    }
}
