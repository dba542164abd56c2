package org.standingoffice.cli.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.standingoffice.cli.CliArguments;
import org.standingoffice.cli.Command;
import org.standingoffice.drafting.Assistant;
import org.standingoffice.drafting.Draft;
import org.standingoffice.knowledge.Passage;
import org.standingoffice.search.RetrievalResult;
import org.standingoffice.search.RetrievedPassage;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ask "question"} prints the passages and the draft for a person; {@code ask --json}
 * answers JSON lines ({@code {"id", "q"}}, or plain text lines) from standard input with one JSON
 * object per line — the contract other tools rely on.
 */
@Component
class AskCommand implements Command {

    private static final int MAX_TOP = 100;

    private final Assistant assistant;
    private final MessageSource messages;
    private final JsonMapper json = JsonMapper.builder().build();

    AskCommand(Assistant assistant, MessageSource messages) {
        this.assistant = assistant;
        this.messages = messages;
    }

    @Override
    public String name() {
        return "ask";
    }

    @Override
    public int run(CliArguments arguments, BufferedReader in, PrintStream out) {
        Locale locale = Locale.getDefault();
        String topOption = arguments.option("top", "5");
        int top;
        try {
            top = Integer.parseInt(topOption);
        } catch (NumberFormatException e) {
            top = -1;
        }
        if (top < 1 || top > MAX_TOP) {
            System.err.println(messages.getMessage("cli.error.top", new Object[] {topOption}, locale));
            return 2;
        }
        if (arguments.flag("json")) {
            return answerJsonLines(in, out, top);
        }
        if (arguments.words().isEmpty()) {
            System.err.println(messages.getMessage("cli.error.question", null, locale));
            return 2;
        }
        printForPerson(String.join(" ", arguments.words()), top, out, locale);
        return 0;
    }

    private int answerJsonLines(BufferedReader in, PrintStream out, int top) {
        int status = 0;
        try {
            int lineNumber = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                String id = Integer.toString(lineNumber);
                String question = line.strip();
                if (question.startsWith("{")) {
                    try {
                        JsonNode node = json.readTree(question);
                        question = node.path("q").asString("");
                        id = node.path("id").isMissingNode()
                                ? id
                                : node.path("id").asString();
                    } catch (JacksonException e) {
                        question = "";
                    }
                    if (question.isBlank()) {
                        System.err.println(messages.getMessage(
                                "cli.error.json", new Object[] {lineNumber, line}, Locale.getDefault()));
                        status = 1;
                        continue;
                    }
                }
                out.println(json.writeValueAsString(answer(id, question, top)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return status;
    }

    private Map<String, Object> answer(String id, String question, int top) {
        Assistant.AssistedDraft assisted = assistant.draft(question, top);
        RetrievalResult result = assisted.retrieval();
        Draft draft = assisted.draft();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", id);
        answer.put("question", question);
        answer.put("normalised", result.reading().normalised());
        answer.put("answer_type", result.reading().answerType().name().toLowerCase(Locale.ROOT));
        answer.put("language", result.language());
        answer.put("decision", draft.decision().name().toLowerCase(Locale.ROOT));
        answer.put("confidence", round(assisted.confidence()));
        answer.put(
                "passages", result.passages().stream().map(AskCommand::passage).toList());
        answer.put("draft", draft.text());
        answer.put("drafter", draft.drafter());
        answer.put(
                "citations",
                draft.citations().stream()
                        .map(citation -> Map.of("document", citation.document(), "section", citation.section()))
                        .toList());
        return answer;
    }

    private static Map<String, Object> passage(RetrievedPassage retrieved) {
        Passage passage = retrieved.passage();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("document", passage.document().number());
        json.put("title", passage.document().title());
        json.put("section", passage.section());
        json.put("language", passage.document().language());
        json.put("source", passage.document().source());
        json.put("score", round(retrieved.score()));
        json.put("coverage", round(retrieved.coverage()));
        json.put("text", passage.text());
        return json;
    }

    private void printForPerson(String question, int top, PrintStream out, Locale locale) {
        Assistant.AssistedDraft assisted = assistant.draft(question, top);
        RetrievalResult result = assisted.retrieval();
        Draft draft = assisted.draft();
        out.println(messages.getMessage(
                "cli.ask.decision",
                new Object[] {
                    draft.decision().name().toLowerCase(Locale.ROOT), String.format("%.2f", assisted.confidence())
                },
                locale));
        out.println(messages.getMessage(
                "cli.ask.reading", new Object[] {result.reading().normalised()}, locale));
        out.println();
        out.println(messages.getMessage("cli.ask.passages", null, locale));
        List<RetrievedPassage> passages = result.passages();
        if (passages.isEmpty()) {
            out.println("  " + messages.getMessage("cli.ask.none", null, locale));
        }
        for (int i = 0; i < passages.size(); i++) {
            Passage passage = passages.get(i).passage();
            out.printf(
                    "%d. %s, %s [%s] (coverage %.2f)%n   %s%n",
                    i + 1,
                    passage.document().number(),
                    passage.section(),
                    passage.document().language(),
                    passages.get(i).coverage(),
                    passage.text().replace("\n", "\n   "));
        }
        out.println();
        out.println(messages.getMessage("cli.ask.draft", null, locale));
        out.println(draft.text());
    }

    private static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }
}
