package org.carecircle.telegram.fake;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A fake Telegram Bot API server on 127.0.0.1 (random port) for end-to-end tests with the real
 * telegrambots client. Answers {@code /bot<token>/<method>} (method names case-insensitive): getMe,
 * getUpdates (long-polled, with offsets: updates below a confirmed offset are forgotten), sendMessage,
 * editMessageText, answerCallbackQuery, setMyCommands, deleteWebhook, setWebhook, getChat,
 * getChatMember, getChatAdministrators, createForumTopic, createChatInviteLink,
 * approveChatJoinRequest, declineChatJoinRequest. Records every call; can fail the next calls with a
 * status, rate-limit them with retry_after, take a chat "down", or refuse private chats with 403 like
 * Telegram does for people who never started the bot. Thread-safe.
 */
public final class FakeTelegramBotApi implements AutoCloseable {
  public static final long BOT_ID = 7_000_001L;
  public static final String BOT_USERNAME = "carecircle_test_bot";
  private static final long EMPTY_POLL_HOLD_MILLIS = 300;
  private static final String GET_UPDATES = "getupdates";

  private final String token;
  private final HttpServer server;
  private final ExecutorService threads;
  private final ObjectMapper json = new ObjectMapper();
  private final Object lock = new Object();
  // everything below is guarded by lock
  private final List<Map<String, Object>> pending = new ArrayList<>();
  private final List<RecordedCall> calls = new ArrayList<>();
  private final Map<Integer, SentMessage> sent = new LinkedHashMap<>();
  private final Deque<Failure> failures = new ArrayDeque<>();
  private final Map<Long, Integer> downChats = new HashMap<>();
  private final Set<Long> blockedPrivateChats = new HashSet<>();
  private final Set<Long> forums = new HashSet<>();
  private final Map<Long, Set<Long>> administrators = new HashMap<>();
  private final Map<Integer, String> topicNames = new HashMap<>();
  private int nextUpdateId = 1;
  private int nextMessageId = 100;
  private int nextThreadId = 500;
  private long confirmedOffset;
  private boolean closed;
  private final AtomicInteger inviteCounter = new AtomicInteger();

  private FakeTelegramBotApi(String token) throws IOException {
    this.token = token;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    this.threads =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "fake-telegram");
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(threads);
    server.createContext("/", this::serve);
    server.start();
  }

  /** Starts a fake that accepts this bot token. */
  public static FakeTelegramBotApi start(String token) {
    try {
      return new FakeTelegramBotApi(token);
    } catch (IOException e) {
      throw new IllegalStateException("could not start the fake Telegram Bot API", e);
    }
  }

  /** The base URL to use as TELEGRAM_API_URL, e.g. {@code http://127.0.0.1:41234}. */
  public URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  public String token() {
    return token;
  }

  // ---- updates a test injects ----------------------------------------------------------------

  /** Queues an update (without update_id) and returns the id it was given. */
  public int pushUpdate(Map<String, Object> update) {
    synchronized (lock) {
      int id = nextUpdateId++;
      pushUpdate(id, update);
      return id;
    }
  }

  /** Queues an update with a chosen id: the same id twice simulates a repeated delivery. */
  public void pushUpdate(int updateId, Map<String, Object> update) {
    synchronized (lock) {
      Map<String, Object> copy = new LinkedHashMap<>(update);
      copy.put("update_id", updateId);
      pending.add(copy);
      nextUpdateId = Math.max(nextUpdateId, updateId + 1);
      lock.notifyAll();
    }
  }

  /**
   * Queues the same update twice under one id, delivered in one batch: a repeated delivery, as after
   * a restart before the offset was confirmed or from a relaying proxy.
   */
  public int pushTwice(Map<String, Object> update) {
    synchronized (lock) {
      int id = nextUpdateId++;
      pushUpdate(id, update);
      pushUpdate(id, update);
      return id;
    }
  }

  /** The update a person's private message produces; queued, and its update_id returned. */
  public int privateMessage(long userId, String text) {
    return pushUpdate(Map.of("message", message(privateChat(userId), user(userId), text, null)));
  }

  /** A group message by a person (no mention, no reply): the bot must still see it. */
  public int groupMessage(long chatId, long userId, String text) {
    return pushUpdate(Map.of("message", message(group(chatId), user(userId), text, null)));
  }

  /** A person's reply in a group to a message the bot sent there (through this fake). */
  public int groupReply(long chatId, long userId, String text, int botMessageId) {
    Map<String, Object> message = message(group(chatId), user(userId), text, null);
    message.put("reply_to_message", sentAsUpdateMessage(botMessageId));
    return pushUpdate(Map.of("message", message));
  }

  /** A message in a forum topic the bot created, not replying to anything in particular. */
  public int topicMessage(long chatId, int threadId, long userId, String text) {
    Map<String, Object> message = message(group(chatId), user(userId), text, null);
    message.put("message_thread_id", threadId);
    message.put("is_topic_message", true);
    Map<String, Object> created = new LinkedHashMap<>();
    created.put("message_id", threadId);
    created.put("date", now());
    created.put("chat", group(chatId));
    created.put("from", botUser());
    String name;
    synchronized (lock) {
      name = topicNames.getOrDefault(threadId, "topic");
    }
    created.put("forum_topic_created", Map.of("name", name, "icon_color", 7322096));
    message.put("reply_to_message", created);
    return pushUpdate(Map.of("message", message));
  }

  /** A press on an inline button of a message the bot sent through this fake. */
  public int pressButton(long userId, int botMessageId, String callbackData) {
    Map<String, Object> query = new LinkedHashMap<>();
    query.put("id", "cbq-" + botMessageId + "-" + System.nanoTime());
    query.put("from", user(userId));
    query.put("message", sentAsUpdateMessage(botMessageId));
    query.put("chat_instance", "ci-1");
    query.put("data", callbackData);
    return pushUpdate(Map.of("callback_query", query));
  }

  /** Someone asks to join a group that requires approval. */
  public int joinRequest(long chatId, String chatTitle, long userId, String bio) {
    Map<String, Object> chat = new LinkedHashMap<>(group(chatId));
    chat.put("title", chatTitle);
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("chat", chat);
    request.put("from", user(userId));
    request.put("user_chat_id", userId);
    request.put("date", now());
    if (bio != null) {
      request.put("bio", bio);
    }
    return pushUpdate(Map.of("chat_join_request", request));
  }

  /** A message object as Telegram would send it; tests may add fields before pushing. */
  public static Map<String, Object> message(
      Map<String, Object> chat, Map<String, Object> from, String text, List<Map<String, Object>> entities) {
    Map<String, Object> message = new LinkedHashMap<>();
    message.put("message_id", (int) (System.nanoTime() % 1_000_000_000L) & Integer.MAX_VALUE);
    message.put("date", now());
    message.put("chat", chat);
    message.put("from", from);
    message.put("text", text);
    List<Map<String, Object>> all = new ArrayList<>();
    if (text.startsWith("/")) {
      int end = text.indexOf(' ');
      all.add(entity("bot_command", 0, end < 0 ? text.length() : end));
    }
    if (entities != null) {
      all.addAll(entities);
    }
    if (!all.isEmpty()) {
      message.put("entities", all);
    }
    return message;
  }

  public static Map<String, Object> entity(String type, int offset, int length) {
    return Map.of("type", type, "offset", offset, "length", length);
  }

  public static Map<String, Object> user(long id) {
    return Map.of("id", id, "is_bot", false, "first_name", "Person" + id, "language_code", "en");
  }

  public static Map<String, Object> privateChat(long userId) {
    return Map.of("id", userId, "type", "private", "first_name", "Person" + userId);
  }

  public static Map<String, Object> group(long chatId) {
    return Map.of("id", chatId, "type", "supergroup", "title", "Group " + chatId);
  }

  // ---- behaviour a test configures --------------------------------------------------------------

  /** The next {@code n} calls of any method but getUpdates fail with this HTTP status. */
  public void failNext(int status, int n) {
    failNext(null, status, n);
  }

  /** The next {@code n} calls of this method fail with this HTTP status. */
  public void failNext(String method, int status, int n) {
    synchronized (lock) {
      for (int i = 0; i < n; i++) {
        failures.add(new Failure(normalise(method), status, 0));
      }
    }
  }

  /** The next call of any method but getUpdates gets 429 with this retry_after. */
  public void rateLimitNext(int seconds) {
    rateLimitNext(null, seconds, 1);
  }

  /** The next {@code n} calls of this method (null: any but getUpdates) get 429 with retry_after. */
  public void rateLimitNext(String method, int seconds, int n) {
    synchronized (lock) {
      for (int i = 0; i < n; i++) {
        failures.add(new Failure(normalise(method), 429, seconds));
      }
    }
  }

  /** Messages to this chat fail with the status until {@link #chatUp}: a moderator chat outage. */
  public void chatDown(long chatId, int status) {
    synchronized (lock) {
      downChats.put(chatId, status);
    }
  }

  public void chatUp(long chatId) {
    synchronized (lock) {
      downChats.remove(chatId);
    }
  }

  /** This person never started the bot: sendMessage to their private chat gets 403. */
  public void neverStarted(long userId) {
    synchronized (lock) {
      blockedPrivateChats.add(userId);
    }
  }

  /** getChat reports is_forum for this chat, so createForumTopic is expected. */
  public void forum(long chatId) {
    synchronized (lock) {
      forums.add(chatId);
    }
  }

  /** getChatMember / getChatAdministrators report these users as the chat's administrators. */
  public void administrators(long chatId, Long... userIds) {
    synchronized (lock) {
      administrators.put(chatId, new HashSet<>(List.of(userIds)));
    }
  }

  // ---- what a test checks ---------------------------------------------------------------------

  public List<RecordedCall> recordedCalls() {
    synchronized (lock) {
      return List.copyOf(calls);
    }
  }

  /** Recorded calls of one method (case-insensitive). */
  public List<RecordedCall> calls(String method) {
    String wanted = normalise(method);
    synchronized (lock) {
      return calls.stream().filter(c -> c.method().equals(wanted)).toList();
    }
  }

  /** Messages the bot created in this chat, in order, as they stand after edits. */
  public List<SentMessage> messagesTo(long chatId) {
    synchronized (lock) {
      return sent.values().stream().filter(m -> m.chatId() == chatId).toList();
    }
  }

  public SentMessage message(int messageId) {
    synchronized (lock) {
      return sent.get(messageId);
    }
  }

  /** Waits until at least {@code count} messages to the chat match; returns all that match. */
  public List<SentMessage> awaitMessages(
      long chatId, Predicate<SentMessage> matching, int count, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (lock) {
      while (true) {
        List<SentMessage> found =
            sent.values().stream().filter(m -> m.chatId() == chatId && matching.test(m)).toList();
        long left = deadline - System.nanoTime();
        if (found.size() >= count || left <= 0) {
          return found;
        }
        waitOn(left);
      }
    }
  }

  /** Waits until at least {@code count} recorded calls of the method match. */
  public List<RecordedCall> awaitCalls(
      String method, Predicate<RecordedCall> matching, int count, Duration timeout) {
    String wanted = normalise(method);
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (lock) {
      while (true) {
        List<RecordedCall> found =
            calls.stream().filter(c -> c.method().equals(wanted) && matching.test(c)).toList();
        long left = deadline - System.nanoTime();
        if (found.size() >= count || left <= 0) {
          return found;
        }
        waitOn(left);
      }
    }
  }

  /** The highest update id the bot confirmed by asking for a later offset. */
  public long confirmedOffset() {
    synchronized (lock) {
      return confirmedOffset;
    }
  }

  /** Updates queued and not yet confirmed. */
  public int pendingUpdates() {
    synchronized (lock) {
      return pending.size();
    }
  }

  @Override
  public void close() {
    synchronized (lock) {
      closed = true;
      lock.notifyAll();
    }
    server.stop(0);
    threads.shutdownNow();
  }

  // ---- the server ----------------------------------------------------------------------------

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      String path = exchange.getRequestURI().getPath();
      String prefix = "/bot" + token + "/";
      if (!path.startsWith("/bot")) {
        respond(exchange, 404, error(404, "Not Found", 0));
        return;
      }
      if (!path.startsWith(prefix)) {
        respond(exchange, 401, error(401, "Unauthorized", 0));
        return;
      }
      String method = normalise(path.substring(prefix.length()));
      Map<String, Object> params = parse(exchange, body);
      Answer answer;
      if (method.equals(GET_UPDATES)) {
        answer = answer(method, params); // waits: must not hold the lock
        synchronized (lock) {
          calls.add(new RecordedCall(method, params, body, answer.status(), Instant.now()));
          lock.notifyAll();
        }
      } else {
        // one step: a test that sees a message also sees the call that created it
        synchronized (lock) {
          answer = answer(method, params);
          calls.add(new RecordedCall(method, params, body, answer.status(), Instant.now()));
          lock.notifyAll();
        }
      }
      respond(exchange, answer.status(), answer.body());
    } catch (RuntimeException e) {
      respond(exchange, 500, error(500, "fake failed: " + e, 0));
    }
  }

  private Answer answer(String method, Map<String, Object> params) throws IOException {
    if (method.equals(GET_UPDATES)) {
      return ok(getUpdates(params));
    }
    Failure failure = takeFailure(method, params);
    if (failure != null) {
      return new Answer(failure.status(), error(failure.status(), describe(failure.status()), failure.retryAfter()));
    }
    return switch (method) {
      case "getme" -> ok(botUser());
      case "deletewebhook", "setwebhook", "setmycommands", "answercallbackquery",
          "approvechatjoinrequest", "declinechatjoinrequest" -> ok(true);
      case "sendmessage" -> sendMessage(params);
      case "editmessagetext" -> editMessageText(params);
      case "getchat" -> ok(chatInfo(longParam(params, "chat_id")));
      case "getchatmember" -> ok(member(longParam(params, "chat_id"), longParam(params, "user_id")));
      case "getchatadministrators" -> ok(admins(longParam(params, "chat_id")));
      case "createforumtopic" -> createForumTopic(params);
      case "createchatinvitelink" -> ok(inviteLink(params));
      default -> new Answer(404, error(404, "Not Found: method " + method, 0));
    };
  }

  private List<Map<String, Object>> getUpdates(Map<String, Object> params) {
    Object offsetParam = params.get("offset");
    long offset = offsetParam == null ? 0 : Long.parseLong(String.valueOf(offsetParam));
    int limit = params.get("limit") == null ? 100 : Integer.parseInt(String.valueOf(params.get("limit")));
    long timeoutSeconds =
        params.get("timeout") == null ? 0 : Long.parseLong(String.valueOf(params.get("timeout")));
    long holdMillis = Math.min(EMPTY_POLL_HOLD_MILLIS, timeoutSeconds * 1000);
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Math.max(holdMillis, 0));
    synchronized (lock) {
      if (offset > 0) {
        // asking for offset N confirms every update below N: Telegram forgets them
        pending.removeIf(u -> ((Number) u.get("update_id")).longValue() < offset);
        confirmedOffset = Math.max(confirmedOffset, offset - 1);
      }
      while (pending.isEmpty() && !closed) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          break;
        }
        waitOn(left);
      }
      List<Map<String, Object>> batch = new ArrayList<>();
      pending.stream().limit(limit).forEach(u -> batch.add(new LinkedHashMap<>(u)));
      return batch;
    }
  }

  private Answer sendMessage(Map<String, Object> params) {
    long chatId = longParam(params, "chat_id");
    synchronized (lock) {
      if (chatId > 0 && blockedPrivateChats.contains(chatId)) {
        return new Answer(403, error(403, "Forbidden: bot can't initiate conversation with a user", 0));
      }
      Integer threadId = intParam(params, "message_thread_id");
      Integer replyTo = intParam(params, "reply_to_message_id");
      if (replyTo == null && params.get("reply_parameters") instanceof Map<?, ?> reply) {
        replyTo = reply.get("message_id") == null ? null : Integer.valueOf(String.valueOf(reply.get("message_id")));
      }
      SentMessage message =
          new SentMessage(
              chatId,
              nextMessageId++,
              threadId,
              String.valueOf(params.get("text")),
              params.get("parse_mode") == null ? null : String.valueOf(params.get("parse_mode")),
              markup(params),
              replyTo);
      sent.put(message.messageId(), message);
      lock.notifyAll();
      return ok(asMessage(message));
    }
  }

  private Answer editMessageText(Map<String, Object> params) {
    Integer messageId = intParam(params, "message_id");
    synchronized (lock) {
      SentMessage old = messageId == null ? null : sent.get(messageId);
      if (old == null) {
        return new Answer(400, error(400, "Bad Request: message to edit not found", 0));
      }
      SentMessage edited =
          new SentMessage(old.chatId(), old.messageId(), old.threadId(),
              String.valueOf(params.get("text")),
              params.get("parse_mode") == null ? null : String.valueOf(params.get("parse_mode")),
              markup(params), old.replyToMessageId());
      sent.put(messageId, edited);
      lock.notifyAll();
      return ok(asMessage(edited));
    }
  }

  private Answer createForumTopic(Map<String, Object> params) {
    long chatId = longParam(params, "chat_id");
    synchronized (lock) {
      if (!forums.contains(chatId)) {
        return new Answer(400, error(400, "Bad Request: the chat is not a forum", 0));
      }
      int threadId = nextThreadId++;
      String name = String.valueOf(params.get("name"));
      topicNames.put(threadId, name);
      return ok(Map.of("message_thread_id", threadId, "name", name, "icon_color", 7322096));
    }
  }

  private Map<String, Object> inviteLink(Map<String, Object> params) {
    Map<String, Object> link = new LinkedHashMap<>();
    link.put("invite_link", "https://t.me/+fakeInvite" + inviteCounter.incrementAndGet());
    link.put("creator", botUser());
    link.put("creates_join_request", false);
    link.put("is_primary", false);
    link.put("is_revoked", false);
    if (params.get("member_limit") != null) {
      link.put("member_limit", Integer.valueOf(String.valueOf(params.get("member_limit"))));
    }
    if (params.get("expire_date") != null) {
      link.put("expire_date", Long.valueOf(String.valueOf(params.get("expire_date"))));
    }
    return link;
  }

  private Map<String, Object> chatInfo(long chatId) {
    Map<String, Object> chat = new LinkedHashMap<>();
    chat.put("id", chatId);
    chat.put("type", chatId > 0 ? "private" : "supergroup");
    chat.put("title", "Group " + chatId);
    chat.put("accent_color_id", 0);
    chat.put("max_reaction_count", 11);
    synchronized (lock) {
      chat.put("is_forum", forums.contains(chatId));
    }
    return chat;
  }

  private Map<String, Object> member(long chatId, long userId) {
    boolean admin;
    synchronized (lock) {
      admin = administrators.getOrDefault(chatId, Set.of()).contains(userId);
    }
    Map<String, Object> member = new LinkedHashMap<>();
    member.put("status", admin ? "administrator" : "member");
    member.put("user", user(userId));
    if (admin) {
      member.put("can_be_edited", false);
      member.put("is_anonymous", false);
    }
    return member;
  }

  private List<Map<String, Object>> admins(long chatId) {
    List<Map<String, Object>> list = new ArrayList<>();
    Set<Long> ids;
    synchronized (lock) {
      ids = new HashSet<>(administrators.getOrDefault(chatId, Set.of()));
    }
    for (Long id : ids) {
      list.add(member(chatId, id));
    }
    return list;
  }

  private Failure takeFailure(String method, Map<String, Object> params) {
    synchronized (lock) {
      if (method.equals("sendmessage") || method.equals("editmessagetext")) {
        Integer down = downChats.get(longParam(params, "chat_id"));
        if (down != null) {
          return new Failure(method, down, 0);
        }
      }
      for (var it = failures.iterator(); it.hasNext(); ) {
        Failure f = it.next();
        if (f.method() == null || f.method().equals(method)) {
          it.remove();
          return f;
        }
      }
      return null;
    }
  }

  private Map<String, Object> sentAsUpdateMessage(int botMessageId) {
    synchronized (lock) {
      SentMessage message = sent.get(botMessageId);
      if (message == null) {
        throw new IllegalArgumentException("the bot sent no message " + botMessageId);
      }
      return asMessage(message);
    }
  }

  private Map<String, Object> asMessage(SentMessage message) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("message_id", message.messageId());
    out.put("date", now());
    out.put("chat", message.chatId() > 0 ? privateChat(message.chatId()) : group(message.chatId()));
    out.put("from", botUser());
    // Telegram answers with the text as people see it: tags parsed away
    out.put("text", message.parseMode() == null ? message.text() : visibleText(message.text()));
    if (message.threadId() != null) {
      out.put("message_thread_id", message.threadId());
      out.put("is_topic_message", true);
    }
    if (message.replyMarkup() != null) {
      out.put("reply_markup", message.replyMarkup());
    }
    return out;
  }

  /** The text a person sees for HTML: tags dropped, entities decoded. */
  public static String visibleText(String html) {
    return html.replaceAll("<[^>]+>", "")
        .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
  }

  private static Map<String, Object> botUser() {
    return Map.of("id", BOT_ID, "is_bot", true, "first_name", "CareCircle", "username", BOT_USERNAME);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> markup(Map<String, Object> params) {
    Object markup = params.get("reply_markup");
    if (markup instanceof String text && !text.isBlank()) {
      try {
        return json.readValue(text, new TypeReference<Map<String, Object>>() {});
      } catch (IOException e) {
        return null;
      }
    }
    return markup instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
  }

  private Map<String, Object> parse(HttpExchange exchange, String body) throws IOException {
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    if (body.isBlank()) {
      return Map.of();
    }
    if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
      return multipart(type, body);
    }
    Map<String, Object> params = json.readValue(body, new TypeReference<Map<String, Object>>() {});
    Map<String, Object> cleaned = new HashMap<>();
    params.forEach((k, v) -> {
      if (v != null) {
        cleaned.put(k, v);
      }
    });
    return cleaned;
  }

  private static Map<String, Object> multipart(String contentType, String body) {
    Map<String, Object> params = new HashMap<>();
    String boundary = contentType.substring(contentType.indexOf("boundary=") + "boundary=".length()).replace("\"", "");
    for (String part : body.split("--" + java.util.regex.Pattern.quote(boundary))) {
      int headersEnd = part.indexOf("\r\n\r\n");
      int nameAt = part.indexOf("name=\"");
      if (headersEnd < 0 || nameAt < 0 || nameAt > headersEnd) {
        continue;
      }
      String name = part.substring(nameAt + 6, part.indexOf('"', nameAt + 6));
      String value = part.substring(headersEnd + 4);
      if (value.endsWith("\r\n")) {
        value = value.substring(0, value.length() - 2);
      }
      params.put(name, value);
    }
    return params;
  }

  private void respond(HttpExchange exchange, int status, Object payload) throws IOException {
    byte[] bytes = json.writeValueAsBytes(payload);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  private static Answer ok(Object result) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("ok", true);
    body.put("result", result);
    return new Answer(200, body);
  }

  private static Map<String, Object> error(int code, String description, int retryAfter) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("ok", false);
    body.put("error_code", code);
    body.put("description", description);
    if (retryAfter > 0) {
      body.put("parameters", Map.of("retry_after", retryAfter));
    }
    return body;
  }

  private static String describe(int status) {
    return switch (status) {
      case 429 -> "Too Many Requests: retry later";
      case 403 -> "Forbidden";
      case 400 -> "Bad Request";
      default -> status >= 500 ? "Internal Server Error" : "Error";
    };
  }

  private void waitOn(long nanos) {
    try {
      TimeUnit.NANOSECONDS.timedWait(lock, nanos);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static long longParam(Map<String, Object> params, String name) {
    Object value = params.get(name);
    return value == null ? 0 : Long.parseLong(String.valueOf(value));
  }

  private static Integer intParam(Map<String, Object> params, String name) {
    Object value = params.get(name);
    return value == null ? null : Integer.valueOf(String.valueOf(value));
  }

  private static int now() {
    return (int) Instant.now().getEpochSecond();
  }

  private static String normalise(String method) {
    return method == null ? null : method.toLowerCase(Locale.ROOT);
  }

  private record Failure(String method, int status, int retryAfter) {}

  private record Answer(int status, Object body) {}
}
