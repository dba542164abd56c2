package org.standingoffice.telegram.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;

/**
 * One person's side of a dialogue with the bot through the Bot API stub: what they send (texts,
 * commands, edits, files, button presses) and what they see (messages, buttons, edited messages).
 * Every expectation waits for a message sent after the step began, so an old message never passes
 * for a new one. {@link #checkLimits} then asserts what holds for every dialogue.
 */
final class Conversation {

    /** More than this many messages in reply to one message is a dialogue out of hand. */
    static final int MAX_REPLIES_TO_ONE_MESSAGE = 3;

    /**
     * Code names that must never reach a person: enum constants (two or more capitals joined by
     * underscores), the drafter's name, raw placeholders and nulls.
     */
    static final Pattern CODE_NAME = Pattern.compile(
            "\\b[A-Z]{2,}(?:_[A-Z]{2,})+\\b|\\b(?:ESCALATED|RECEIVED|CLOSED|DELIVERED|extractive|drafter)\\b"
                    + "|\\{\\d\\}|\\bnull\\b");

    private final BotApiStub stub;
    private final List<Pattern> staffDriven;
    private final long chat;
    private final ObjectNode user;
    private int nextMessageId = 1;
    private int mark;
    private int editMark;
    private int presses;
    private final List<Integer> own = new ArrayList<>();
    private final Map<Integer, String> texts = new HashMap<>();

    /**
     * @param staffDriven messages that follow what staff did (the answer, "passed to a member of
     *     staff"), though sent as replies to the question: not counted as replies to it
     */
    Conversation(BotApiStub stub, List<Pattern> staffDriven, long chat, String firstName, String language) {
        this.stub = stub;
        this.staffDriven = List.copyOf(staffDriven);
        this.chat = chat;
        this.user = Updates.user(chat, firstName, null, language);
    }

    long chat() {
        return chat;
    }

    /** Messages the person typed (texts, commands, files), not counting presses and edits. */
    int ownMessages() {
        return own.size();
    }

    int lastMessageId() {
        return own.get(own.size() - 1);
    }

    Conversation says(String text) {
        int id = begin();
        texts.put(id, text);
        stub.push(Updates.text(user, chat, id, text));
        return this;
    }

    /** A document with a caption, as officials send a scanned letter with their question. */
    Conversation sendsFile(String caption, String fileName, String mimeType) {
        int id = begin();
        ObjectNode update = Updates.document(chat, id, caption, "f-" + chat + "-" + id, fileName, mimeType, 2048);
        ((ObjectNode) update.get("message")).set("from", user);
        stub.push(update);
        return this;
    }

    /** A voice message: something the bot cannot take. */
    Conversation sendsVoice() {
        int id = begin();
        ObjectNode message = Updates.message(chat, id, user);
        message.putObject("voice")
                .put("file_id", "v-" + id)
                .put("file_unique_id", "uv-" + id)
                .put("duration", 3);
        stub.push(Updates.wrap("message", message));
        return this;
    }

    /** Edits an earlier message of theirs. */
    Conversation edits(int messageId, String text) {
        mark = stub.sentTo(chat).size();
        editMark = stub.calls("editmessagetext").size();
        ObjectNode edited = Updates.edited(chat, messageId, text);
        ((ObjectNode) edited.get("edited_message")).set("from", user);
        stub.push(edited);
        return this;
    }

    /** Presses the button with this label under the latest message that has it. */
    Conversation presses(String label) {
        BotApiStub.Call with = Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(
                        () -> {
                            BotApiStub.Call latest = null;
                            for (BotApiStub.Call call : stub.sentTo(chat)) {
                                if (labels(call).contains(label)) {
                                    latest = call;
                                }
                            }
                            return latest;
                        },
                        call -> call != null);
        String data = dataOf(with, label);
        mark = stub.sentTo(chat).size();
        editMark = stub.calls("editmessagetext").size();
        presses++;
        stub.push(Updates.press("q" + chat + "-" + presses, user, chat, stub.messageIdOf(with), data));
        return this;
    }

    /** Waits for a message sent since the step began that contains every fragment; returns it. */
    BotApiStub.Call sees(String... fragments) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(
                        () -> {
                            List<BotApiStub.Call> sent = stub.sentTo(chat);
                            for (int i = mark; i < sent.size(); i++) {
                                if (containsAll(sent.get(i).text(), fragments)) {
                                    return sent.get(i);
                                }
                            }
                            return null;
                        },
                        call -> call != null);
    }

    /** Waits for a message like {@link #sees} that also carries exactly these buttons. */
    BotApiStub.Call seesButtons(List<String> buttons, String... fragments) {
        BotApiStub.Call call = sees(fragments);
        assertThat(labels(call)).as("buttons under: " + call.text()).containsExactlyElementsOf(buttons);
        return call;
    }

    /** Waits for one of their messages to be edited so that it contains every fragment. */
    BotApiStub.Call seesEdited(String... fragments) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(
                        () -> {
                            List<BotApiStub.Call> edits = stub.calls("editmessagetext");
                            for (int i = editMark; i < edits.size(); i++) {
                                BotApiStub.Call edit = edits.get(i);
                                if (edit.chatId() == chat && containsAll(edit.text(), fragments)) {
                                    return edit;
                                }
                            }
                            return null;
                        },
                        call -> call != null);
    }

    /** Waits for the bot's answer to the press (answerCallbackQuery), shown as a toast or alert. */
    String toast() {
        String id = "q" + chat + "-" + presses;
        BotApiStub.Call answer = stub.awaitCall(
                "answercallbackquery",
                call -> id.equals(call.body().path("callback_query_id").asText()));
        return answer.body().path("text").asText("");
    }

    /**
     * What holds for every dialogue, checked once the bot has answered everything: the person's
     * own {@code /help} is answered last, as messages to one chat go out in order. No message got
     * more than {@value #MAX_REPLIES_TO_ONE_MESSAGE} replies; there are not more messages than
     * that per thing the person did; and no message or button shows a code name.
     */
    void checkLimits() {
        int barrier = 900 + own.size();
        stub.push(Updates.text(user, chat, barrier, "/help"));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> stub.sentTo(chat).stream().anyMatch(call -> replyTo(call) == barrier));
        List<BotApiStub.Call> sent = stub.sentTo(chat).stream()
                .filter(call -> replyTo(call) != barrier)
                .toList();
        Map<Integer, Integer> replies = new HashMap<>();
        for (BotApiStub.Call call : sent) {
            if (staffDriven.stream()
                    .noneMatch(pattern -> pattern.matcher(call.text()).find())) {
                replies.merge(replyTo(call), 1, Integer::sum);
            }
        }
        for (int message : own) {
            assertThat(replies.getOrDefault(message, 0))
                    .as("replies to \"%s\"", texts.getOrDefault(message, "a file"))
                    .isLessThanOrEqualTo(MAX_REPLIES_TO_ONE_MESSAGE);
        }
        assertThat(sent.size())
                .as("messages to %d for %d messages and %d presses", chat, own.size(), presses)
                .isLessThanOrEqualTo(MAX_REPLIES_TO_ONE_MESSAGE * (own.size() + presses));
        List<String> shown = new ArrayList<>();
        for (BotApiStub.Call call : sent) {
            shown.add(call.text());
            shown.addAll(labels(call));
        }
        stub.calls("editmessagetext").stream()
                .filter(call -> call.chatId() == chat)
                .forEach(call -> shown.add(call.text()));
        stub.calls("answercallbackquery").stream()
                .filter(call -> call.body().path("callback_query_id").asText().startsWith("q" + chat + "-"))
                .forEach(call -> shown.add(call.body().path("text").asText("")));
        assertNoCodeNames(shown);
    }

    static void assertNoCodeNames(List<String> shown) {
        for (String text : shown) {
            if (text != null) {
                assertThat(CODE_NAME.matcher(text).find())
                        .as("a code name in: " + text)
                        .isFalse();
            }
        }
    }

    private int begin() {
        int id = nextMessageId++;
        own.add(id);
        mark = stub.sentTo(chat).size();
        editMark = stub.calls("editmessagetext").size();
        return id;
    }

    static int replyTo(BotApiStub.Call call) {
        return call.body().path("reply_parameters").path("message_id").asInt(-1);
    }

    static List<String> labels(BotApiStub.Call call) {
        List<String> labels = new ArrayList<>();
        for (JsonNode row : call.body().path("reply_markup").path("inline_keyboard")) {
            for (JsonNode button : row) {
                labels.add(button.path("text").asText());
            }
        }
        return labels;
    }

    private static String dataOf(BotApiStub.Call call, String label) {
        for (JsonNode row : call.body().path("reply_markup").path("inline_keyboard")) {
            for (JsonNode button : row) {
                if (button.path("text").asText().equals(label)) {
                    return button.path("callback_data").asText();
                }
            }
        }
        throw new IllegalStateException("no button " + label);
    }

    private static boolean containsAll(String text, String... fragments) {
        return text != null && Arrays.stream(fragments).allMatch(text::contains);
    }
}
