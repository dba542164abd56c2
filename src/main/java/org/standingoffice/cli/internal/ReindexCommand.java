package org.standingoffice.cli.internal;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.standingoffice.cli.CliArguments;
import org.standingoffice.cli.Command;
import org.standingoffice.search.KnowledgeIndex;
import org.standingoffice.search.ReindexReport;

/** {@code reindex}: synchronises the index with the knowledge base and says what changed. */
@Component
class ReindexCommand implements Command {

    private final KnowledgeIndex index;
    private final MessageSource messages;

    ReindexCommand(KnowledgeIndex index, MessageSource messages) {
        this.index = index;
        this.messages = messages;
    }

    @Override
    public String name() {
        return "reindex";
    }

    @Override
    public boolean needsIndex() {
        return false;
    }

    @Override
    public int run(CliArguments arguments, BufferedReader in, PrintStream out) {
        Locale locale = Locale.getDefault();
        ReindexReport report = index.reindex();
        out.println(messages.getMessage(
                "cli.reindex.summary",
                new Object[] {
                    report.added(),
                    report.updated(),
                    report.removed(),
                    report.unchanged(),
                    report.passages(),
                    report.took().toMillis()
                },
                locale));
        report.failures()
                .forEach(failure ->
                        out.println(messages.getMessage("cli.reindex.failure", new Object[] {failure}, locale)));
        return report.failures().isEmpty() ? 0 : 1;
    }
}
