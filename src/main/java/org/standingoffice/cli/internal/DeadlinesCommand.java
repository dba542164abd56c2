package org.standingoffice.cli.internal;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.standingoffice.cli.CliArguments;
import org.standingoffice.cli.Command;
import org.standingoffice.knowledge.Deadline;
import org.standingoffice.search.DueItem;
import org.standingoffice.search.KnowledgeIndex;

/** {@code deadlines [--due-by YYYY-MM-DD] [--language xx]}: the deadlines the documents set. */
@Component
class DeadlinesCommand implements Command {

    private final KnowledgeIndex index;
    private final MessageSource messages;

    DeadlinesCommand(KnowledgeIndex index, MessageSource messages) {
        this.index = index;
        this.messages = messages;
    }

    @Override
    public String name() {
        return "deadlines";
    }

    @Override
    public int run(CliArguments arguments, BufferedReader in, PrintStream out) {
        Locale locale = Locale.getDefault();
        LocalDate dueBy = null;
        String dueByOption = arguments.option("due-by", null);
        if (dueByOption != null) {
            try {
                dueBy = LocalDate.parse(dueByOption);
            } catch (DateTimeParseException e) {
                System.err.println(messages.getMessage("cli.error.date", new Object[] {dueByOption}, locale));
                return 2;
            }
        }
        List<DueItem> items = index.deadlines(dueBy, arguments.option("language", "en"));
        if (items.isEmpty()) {
            out.println(messages.getMessage("cli.deadlines.none", null, locale));
        }
        for (DueItem item : items) {
            Deadline deadline = item.deadline();
            String due = deadline.isMonthly()
                    ? "monthly, day " + deadline.dayOfMonth()
                    : deadline.due().toString();
            out.printf(
                    "%s | %s | %s, %s | %s%n    %s%n",
                    due,
                    deadline.responsible().isEmpty() ? "-" : deadline.responsible(),
                    item.document(),
                    item.section(),
                    deadline.phrase(),
                    deadline.task());
        }
        return 0;
    }
}
