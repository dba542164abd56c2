package org.standingoffice.telegram.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;
import org.awaitility.Awaitility;

/**
 * A Bot API server on 127.0.0.1 for the real TelegramBots client: serves queued updates to
 * {@code getUpdates} like Telegram (every update from the requested offset on, again and again
 * until the offset passes it), answers the methods the bot calls with Telegram's JSON, records
 * every call, checks HTML the way Telegram does ("can't parse entities"), serves the files it was
 * given to {@code getFile} and {@code /file/bot<token>/<file_path>}, and fails calls on request
 * (429 with retry_after, 5xx, a proxy's HTML page).
 */
final class BotApiStub implements AutoCloseable {

    static final String TOKEN = "123456:TEST-token";
    static final long BOT_ID = 42;

    /** One request the bot made. */
    record Call(String method, JsonNode body, Instant at, int status) {

        long chatId() {
            return body.path("chat_id").asLong();
        }

        String text() {
            return body.path("text").asText(null);
        }
    }

    private record Failure(int status, String body, Predicate<JsonNode> applies) {}

    private final MockWebServer server = new MockWebServer();
    private final ObjectMapper json = new ObjectMapper();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final List<JsonNode> updates = new CopyOnWriteArrayList<>();
    private final List<Long> offsets = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Failure>> failures = new ConcurrentHashMap<>();
    private final Map<Long, String> members = new ConcurrentHashMap<>();
    private final Map<String, String> groupMembers = new ConcurrentHashMap<>();
    private final Map<Long, String> chats = new ConcurrentHashMap<>();
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final AtomicInteger messageIds = new AtomicInteger(5000);
    private final AtomicInteger updateIds = new AtomicInteger(100);
    private volatile boolean down;
    private volatile java.util.concurrent.CountDownLatch stalled;

    BotApiStub() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return answer(request);
            }
        });
        try {
            server.start(java.net.InetAddress.getByName("127.0.0.1"), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getPort();
    }

    // --- what the bot receives

    /** Queues an update; its update_id is assigned here unless it has one. */
    int push(ObjectNode update) {
        if (!update.has("update_id")) {
            update.put("update_id", updateIds.incrementAndGet());
        }
        updates.add(update);
        return update.get("update_id").asInt();
    }

    int nextUpdateId() {
        return updateIds.incrementAndGet();
    }

    /** The user's status in every group the bot asks about, unless set for a group below. */
    void member(long userId, String status) {
        members.put(userId, status);
    }

    /** The user's status in one group. */
    void member(long chatId, long userId, String status) {
        groupMembers.put(chatId + ":" + userId, status);
    }

    /** A chat the bot can see, for getChat: "supergroup", "group", "private" or "channel". */
    void chat(long chatId, String type, String title) {
        chats.put(chatId, type + "\u0000" + title);
    }

    /** Telegram has a file with this file_id for the bot to download. */
    void file(String fileId, byte[] content) {
        files.put(fileId, content.clone());
    }

    /** The next {@code times} calls of {@code method} matching {@code applies} fail so. */
    void fail(String method, int times, int status, String body, Predicate<JsonNode> applies) {
        Deque<Failure> queue = failures.computeIfAbsent(method, key -> new ArrayDeque<>());
        synchronized (queue) {
            for (int i = 0; i < times; i++) {
                queue.add(new Failure(status, body, applies));
            }
        }
    }

    void fail(String method, int times, int status, String body) {
        fail(method, times, status, body, any -> true);
    }

    static String error(int code, String description) {
        return "{\"ok\":false,\"error_code\":" + code + ",\"description\":\"" + description + "\"}";
    }

    static String tooManyRequests(int retryAfter) {
        return "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after " + retryAfter
                + "\",\"parameters\":{\"retry_after\":" + retryAfter + "}}";
    }

    /** Every call answers 502 Bad Gateway, as a proxy in front of an unreachable Telegram would. */
    void down(boolean value) {
        down = value;
    }

    /**
     * From now on Telegram receives every message sent (recorded with status 0) but its answer never
     * comes back until {@link #release()}, which then answers 502: what a sender sees when it, or
     * the network, dies mid-call.
     */
    void stall() {
        stalled = new java.util.concurrent.CountDownLatch(1);
    }

    void release() {
        java.util.concurrent.CountDownLatch latch = stalled;
        stalled = null;
        if (latch != null) {
            latch.countDown();
        }
    }

    /** The offsets of every getUpdates so far: 1 (or 0) means "everything not confirmed yet". */
    List<Long> offsets() {
        return List.copyOf(offsets);
    }

    // --- what the bot sent

    List<Call> calls() {
        return List.copyOf(calls);
    }

    List<Call> calls(String method) {
        return calls.stream().filter(call -> call.method().equals(method)).toList();
    }

    /** Messages successfully sent to a chat, in order. */
    List<Call> sentTo(long chatId) {
        return calls.stream()
                .filter(call -> call.method().equals("sendmessage") && call.status() == 200 && call.chatId() == chatId)
                .toList();
    }

    Call awaitSent(long chatId, Predicate<Call> matching) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(
                        () -> sentTo(chatId).stream()
                                .filter(matching)
                                .findFirst()
                                .orElse(null),
                        call -> call != null);
    }

    Call awaitCall(String method, Predicate<Call> matching) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(
                        () -> calls(method).stream()
                                .filter(call -> call.status() == 200)
                                .filter(matching)
                                .findFirst()
                                .orElse(null),
                        call -> call != null);
    }

    /** The message id the stub gave a sent message. */
    int messageIdOf(Call call) {
        return call.body().path("_message_id").asInt();
    }

    // --- the server

    private MockResponse answer(RecordedRequest request) {
        String path = request.getPath() == null ? "" : request.getPath();
        String download = "/file/bot" + TOKEN + "/";
        if (path.startsWith(download)) {
            return download(path.substring(download.length()));
        }
        String prefix = "/bot" + TOKEN + "/";
        if (!path.startsWith(prefix)) {
            return respond(404, error(404, "Not Found"));
        }
        String method = path.substring(prefix.length()).toLowerCase(java.util.Locale.ROOT);
        JsonNode body;
        try {
            String raw = request.getBody().readUtf8();
            String type = request.getHeader("Content-Type");
            if (type != null && type.startsWith("multipart/form-data")) {
                body = formFields(raw, type.substring(type.indexOf("boundary=") + 9));
            } else {
                body = raw.isBlank() ? json.createObjectNode() : json.readTree(raw);
            }
        } catch (IOException e) {
            return respond(400, error(400, "Bad Request: body is not JSON"));
        }
        if (method.equals("getupdates")) {
            return updates(body);
        }
        if (down) {
            calls.add(new Call(method, body, Instant.now(), 502));
            return new MockResponse().setResponseCode(502).setBody("<html><body>502 Bad Gateway</body></html>");
        }
        java.util.concurrent.CountDownLatch stall = stalled;
        if (stall != null && method.equals("sendmessage")) {
            calls.add(new Call(method, body, Instant.now(), 0));
            try {
                stall.await(2, java.util.concurrent.TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new MockResponse().setResponseCode(502).setBody("<html><body>502 Bad Gateway</body></html>");
        }
        Failure failure = nextFailure(method, body);
        if (failure != null) {
            calls.add(new Call(method, body, Instant.now(), failure.status()));
            return respond(failure.status(), failure.body());
        }
        if (("sendmessage".equals(method) || "editmessagetext".equals(method))
                && "HTML".equalsIgnoreCase(body.path("parse_mode").asText())) {
            String problem = htmlProblem(body.path("text").asText());
            if (problem != null) {
                calls.add(new Call(method, body, Instant.now(), 400));
                return respond(400, error(400, "Bad Request: can't parse entities: " + problem));
            }
        }
        if (body.path("text").asText().length() > 4096) {
            calls.add(new Call(method, body, Instant.now(), 400));
            return respond(400, error(400, "Bad Request: message is too long"));
        }
        String result = switch (method) {
            case "sendmessage", "editmessagetext", "editmessagereplymarkup" -> message(method, body);
            case "copymessage" -> "{\"message_id\":" + messageIds.incrementAndGet() + "}";
            case "getchatmember" ->
                member(body.path("chat_id").asLong(), body.path("user_id").asLong());
            case "getchat" -> chat(body.path("chat_id").asLong());
            case "getfile" -> file(body.path("file_id").asText());
            case "getme" ->
                "{\"id\":" + BOT_ID
                        + ",\"is_bot\":true,\"first_name\":\"Standing Office\",\"username\":\"office_test_bot\"}";
            case "answercallbackquery", "setmycommands", "deletewebhook", "sendchataction", "setwebhook" -> "true";
            default -> null;
        };
        if (result == null && method.equals("getchat")) {
            calls.add(new Call(method, body, Instant.now(), 400));
            return respond(400, error(400, "Bad Request: chat not found"));
        }
        if (result == null && method.equals("getfile")) {
            calls.add(new Call(method, body, Instant.now(), 400));
            return respond(400, error(400, "Bad Request: invalid file_id"));
        }
        if (result == null) {
            calls.add(new Call(method, body, Instant.now(), 404));
            return respond(404, error(404, "Not Found: method not found"));
        }
        if (!method.startsWith("sendmessage") && !method.startsWith("edit")) {
            calls.add(new Call(method, body, Instant.now(), 200));
        }
        return respond(200, "{\"ok\":true,\"result\":" + result + "}");
    }

    /** The text fields of a multipart body (setWebhook is sent so, for its optional certificate). */
    private JsonNode formFields(String raw, String boundary) {
        ObjectNode fields = json.createObjectNode();
        for (String part : raw.split("--" + Pattern.quote(boundary))) {
            Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(part);
            int start = part.indexOf("\r\n\r\n");
            if (name.find() && start >= 0) {
                fields.put(name.group(1), part.substring(start + 4).replaceAll("\r\n$", ""));
            }
        }
        return fields;
    }

    private MockResponse updates(JsonNode body) {
        long offset = body.path("offset").asLong(0);
        offsets.add(offset);
        long deadline = System.currentTimeMillis() + 200;
        while (true) {
            List<JsonNode> due = new ArrayList<>();
            for (JsonNode update : updates) {
                if (update.get("update_id").asLong() >= offset) {
                    due.add(update);
                }
            }
            if (!due.isEmpty() || System.currentTimeMillis() > deadline) {
                return respond(200, "{\"ok\":true,\"result\":" + json.valueToTree(due) + "}");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return respond(200, "{\"ok\":true,\"result\":[]}");
            }
        }
    }

    private String message(String method, JsonNode body) {
        long chat = body.path("chat_id").asLong();
        int id = method.equals("sendmessage")
                ? messageIds.incrementAndGet()
                : body.path("message_id").asInt();
        ((ObjectNode) body).put("_message_id", id);
        calls.add(new Call(method, body, Instant.now(), 200));
        ObjectNode message = json.createObjectNode();
        message.put("message_id", id);
        message.put("date", Instant.now().getEpochSecond());
        ObjectNode chatNode = message.putObject("chat");
        chatNode.put("id", chat);
        chatNode.put("type", chat < 0 ? "supergroup" : "private");
        ObjectNode from = message.putObject("from");
        from.put("id", BOT_ID);
        from.put("is_bot", true);
        from.put("first_name", "Standing Office");
        if (body.has("text")) {
            message.put("text", body.get("text").asText());
        }
        return message.toString();
    }

    private String file(String fileId) {
        byte[] content = files.get(fileId);
        if (content == null) {
            return null;
        }
        ObjectNode file = json.createObjectNode();
        file.put("file_id", fileId);
        file.put("file_unique_id", "u-" + fileId);
        file.put("file_size", content.length);
        file.put("file_path", "documents/" + fileId);
        return file.toString();
    }

    /**
     * Recorded as a call of the method {@code file}, with the path as {@code file_path}; fails as
     * {@link #fail} says for {@code file}.
     */
    private MockResponse download(String filePath) {
        ObjectNode body = json.createObjectNode().put("file_path", filePath);
        Failure failure = nextFailure("file", body);
        if (failure != null) {
            calls.add(new Call("file", body, Instant.now(), failure.status()));
            return respond(failure.status(), failure.body());
        }
        byte[] content = filePath.startsWith("documents/") ? files.get(filePath.substring(10)) : null;
        if (content == null) {
            calls.add(new Call("file", body, Instant.now(), 404));
            return respond(404, error(404, "Not Found"));
        }
        calls.add(new Call("file", body, Instant.now(), 200));
        return new MockResponse()
                .setResponseCode(200)
                .setHeader("Content-Type", "application/octet-stream")
                .setBody(new Buffer().write(content));
    }

    private String chat(long chatId) {
        String known = chats.get(chatId);
        if (known == null) {
            return null;
        }
        String[] parts = known.split("\u0000", 2);
        ObjectNode chat = json.createObjectNode();
        chat.put("id", chatId);
        chat.put("type", parts[0]);
        chat.put("title", parts[1]);
        chat.put("accent_color_id", 0);
        chat.put("max_reaction_count", 11);
        return chat.toString();
    }

    private String member(long chatId, long userId) {
        String status = groupMembers.getOrDefault(chatId + ":" + userId, members.getOrDefault(userId, "left"));
        return "{\"status\":\"" + status + "\",\"user\":{\"id\":" + userId + ",\"is_bot\":false,\"first_name\":\"U\"}}";
    }

    private Failure nextFailure(String method, JsonNode body) {
        Deque<Failure> queue = failures.get(method);
        if (queue == null) {
            return null;
        }
        synchronized (queue) {
            for (var iterator = queue.iterator(); iterator.hasNext(); ) {
                Failure failure = iterator.next();
                if (failure.applies().test(body)) {
                    iterator.remove();
                    return failure;
                }
            }
        }
        return null;
    }

    private static final Set<String> TAGS =
            Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre", "blockquote");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z-]+)([^>]*)>");

    /** What Telegram would refuse in an HTML text: unknown or unbalanced tags, a bare & or <. */
    static String htmlProblem(String text) {
        Deque<String> open = new ArrayDeque<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '<') {
                Matcher tag = TAG.matcher(text);
                if (!tag.find(i) || tag.start() != i) {
                    return "unexpected < at byte offset " + i;
                }
                String name = tag.group(2).toLowerCase(java.util.Locale.ROOT);
                if (!TAGS.contains(name)) {
                    return "unsupported start tag \"" + name + "\" at byte offset " + i;
                }
                if (tag.group(1).isEmpty()) {
                    open.push(name);
                } else if (open.isEmpty() || !open.pop().equals(name)) {
                    return "unmatched end tag at byte offset " + i;
                }
                i = tag.end();
            } else if (c == '&') {
                int end = text.indexOf(';', i);
                String entity = end < 0 ? "" : text.substring(i + 1, end);
                if (!entity.matches("lt|gt|amp|quot|#[0-9]+|#x[0-9a-fA-F]+")) {
                    return "unsupported entity at byte offset " + i;
                }
                i = end + 1;
            } else if (c == '>') {
                i++; // Telegram tolerates a bare >
            } else {
                i++;
            }
        }
        return open.isEmpty() ? null : "can't find end tag corresponding to start tag \"" + open.peek() + "\"";
    }

    private static MockResponse respond(int status, String body) {
        return new MockResponse()
                .setResponseCode(status)
                .setHeader("Content-Type", "application/json")
                .setBody(body);
    }

    @Override
    public void close() throws IOException {
        release();
        server.shutdown();
    }
}
