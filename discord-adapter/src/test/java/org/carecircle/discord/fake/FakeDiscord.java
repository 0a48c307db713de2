package org.carecircle.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * A local fake Discord for end-to-end tests with the real JDA: REST over HTTP and the gateway over
 * WebSocket, both on one port of 127.0.0.1. Enough of Discord for a bot to log in (IDENTIFY,
 * HELLO, READY, GUILD_CREATE, heartbeats), receive messages and interactions, and send messages,
 * interaction responses, threads, DMs and invites. It records every REST call, answers repeated
 * enforced nonces with the earlier message like Discord, and can inject 5xx and 429 answers.
 *
 * <p>One guild: channels {@link #MODERATOR_CHANNEL_ID} ("moderators"), {@link #GENERAL_CHANNEL_ID}
 * ("general"), {@link #GROUP_CHANNEL_ID} ("private-group"); roles {@link #MODERATOR_ROLE_ID} and
 * {@link #ADMIN_ROLE_ID} (ADMINISTRATOR); members {@link #MODERATOR_ID} (moderator role),
 * {@link #ADMIN_ID} (administrator), {@link #MEMBER_ID} (no role), {@link #OTHER_BOT_ID} (another
 * bot) and the bot {@link #BOT_ID}. Thread-safe.
 */
public final class FakeDiscord implements AutoCloseable {
  /** The token the fake accepts; any other gives 401. */
  public static final String TOKEN = "fake-discord-bot-token.for-tests.0123456789";

  public static final long GUILD_ID = 910000000000000001L;
  /** The bot's user id, also its application id. */
  public static final long BOT_ID = 910000000000000010L;
  public static final long MODERATOR_CHANNEL_ID = 910000000000000100L;
  public static final long GENERAL_CHANNEL_ID = 910000000000000101L;
  public static final long GROUP_CHANNEL_ID = 910000000000000102L;
  public static final long MODERATOR_ROLE_ID = 910000000000000200L;
  public static final long ADMIN_ROLE_ID = 910000000000000201L;
  public static final long BOT_ROLE_ID = 910000000000000202L;
  public static final long MODERATOR_ID = 910000000000000300L;
  public static final long MEMBER_ID = 910000000000000301L;
  public static final long ADMIN_ID = 910000000000000302L;
  public static final long OTHER_BOT_ID = 910000000000000303L;

  private static final String API_PREFIX = "/api/v10";
  private static final long EVERYONE_PERMISSIONS = (1L << 10) | (1L << 11) | (1L << 16);
  private static final long BOT_PERMISSIONS =
      (1L << 0) | (1L << 10) | (1L << 11) | (1L << 14) | (1L << 16) | (1L << 17) | (1L << 35)
          | (1L << 38);
  private static final Pattern MESSAGES = Pattern.compile("/channels/(\\d+)/messages");
  private static final Pattern MESSAGE = Pattern.compile("/channels/(\\d+)/messages/(\\d+)");
  private static final Pattern THREAD_FROM_MESSAGE =
      Pattern.compile("/channels/(\\d+)/messages/(\\d+)/threads");
  private static final Pattern INVITES = Pattern.compile("/channels/(\\d+)/invites");
  private static final Pattern CALLBACK = Pattern.compile("/interactions/(\\d+)/([^/]+)/callback");
  private static final Pattern WEBHOOK = Pattern.compile("/webhooks/(\\d+)/([^/]+)(/messages/.+)?");
  private static final Pattern COMMANDS = Pattern.compile("/applications/(\\d+)/commands");

  private final ObjectMapper json = new ObjectMapper();
  private final MockWebServer server = new MockWebServer();
  private static final long DISCORD_EPOCH_MS = 1420070400000L;
  private final AtomicLong ids = new AtomicLong();
  private final List<RecordedCall> calls = new CopyOnWriteArrayList<>();
  private final List<String> gatewayFrames = new CopyOnWriteArrayList<>();
  private final List<Injection> injections = new ArrayList<>();
  private final List<GatewaySession> sessions = new CopyOnWriteArrayList<>();
  private final Map<Long, ObjectNode> users = new ConcurrentHashMap<>();
  private final Map<Long, List<Long>> memberRoles = new ConcurrentHashMap<>();
  private final Map<Long, ObjectNode> channels = new ConcurrentHashMap<>();
  private final Map<Long, Long> dmChannelOfUser = new ConcurrentHashMap<>();
  private final Map<String, ObjectNode> messages = new ConcurrentHashMap<>();
  private final Map<String, String> messageOfNonce = new ConcurrentHashMap<>();
  private final Map<String, ObjectNode> interactions = new ConcurrentHashMap<>();
  private final List<ObjectNode> createdMessages = new CopyOnWriteArrayList<>();
  private final AtomicLong sessionCount = new AtomicLong();
  private volatile boolean refuseMessageContent;

  private FakeDiscord() {
    user(BOT_ID, "carecircle-bot", true);
    user(MODERATOR_ID, "mod-maria", false);
    user(MEMBER_ID, "member-sam", false);
    user(ADMIN_ID, "admin-alex", false);
    user(OTHER_BOT_ID, "other-bot", true);
    memberRoles.put(BOT_ID, List.of(BOT_ROLE_ID));
    memberRoles.put(MODERATOR_ID, List.of(MODERATOR_ROLE_ID));
    memberRoles.put(MEMBER_ID, List.of());
    memberRoles.put(ADMIN_ID, List.of(ADMIN_ROLE_ID));
    memberRoles.put(OTHER_BOT_ID, List.of());
    textChannel(MODERATOR_CHANNEL_ID, "moderators", 0);
    textChannel(GENERAL_CHANNEL_ID, "general", 1);
    textChannel(GROUP_CHANNEL_ID, "private-group", 2);
  }

  /** Starts a fake on a random port of 127.0.0.1. */
  public static FakeDiscord start() throws IOException {
    FakeDiscord fake = new FakeDiscord();
    fake.server.setDispatcher(fake.new Routes());
    fake.server.start(InetAddress.getByName("127.0.0.1"), 0);
    return fake;
  }

  /** The REST base, e.g. {@code http://127.0.0.1:4321} (the API lives under /api/v10/). */
  public String url() {
    return "http://127.0.0.1:" + server.getPort();
  }

  /** The gateway WebSocket URL. */
  public String gatewayUrl() {
    return "ws://127.0.0.1:" + server.getPort() + "/gateway";
  }

  /** Every REST call so far, in arrival order. */
  public List<RecordedCall> recordedCalls() {
    return List.copyOf(calls);
  }

  /** Every text frame the bot sent on the gateway (IDENTIFY carries the token, as on Discord). */
  public List<String> gatewayFrames() {
    return List.copyOf(gatewayFrames);
  }

  /** Messages the fake created (nonce repeats excluded), as the message objects it returned. */
  public List<JsonNode> createdMessages() {
    return List.copyOf(createdMessages);
  }

  /** Messages created in one channel, in order. */
  public List<JsonNode> createdMessagesIn(long channelId) {
    List<JsonNode> found = new ArrayList<>();
    for (ObjectNode message : createdMessages) {
      if (message.path("channel_id").asText().equals(Long.toUnsignedString(channelId))) {
        found.add(message);
      }
    }
    return found;
  }

  /** The DM channel between the bot and a user (created on first use). */
  public long dmChannelOf(long userId) {
    return dmChannelOfUser.computeIfAbsent(
        userId,
        user -> {
          long id = ids.incrementAndGet();
          ObjectNode channel = json.createObjectNode();
          channel.put("id", Long.toUnsignedString(id));
          channel.put("type", 1);
          channel.putArray("recipients").add(users.get(user));
          channel.putNull("last_message_id");
          channels.put(id, channel);
          return id;
        });
  }

  /** The next {@code count} writes (message, DM, thread, invite, interaction calls) fail. */
  public void failNext(int status, int count) {
    failNext(status, count, "");
  }

  /** The next {@code count} writes whose path contains {@code pathPart} fail with {@code status}. */
  public void failNext(int status, int count, String pathPart) {
    synchronized (injections) {
      for (int i = 0; i < count; i++) {
        injections.add(new Injection(status, 0, pathPart));
      }
    }
  }

  /** The next write is answered 429 with Discord's per-route rate-limit headers. */
  public void rateLimitNext(int retryAfterSeconds) {
    rateLimitNext(retryAfterSeconds, "");
  }

  /** The next write whose path contains {@code pathPart} is answered 429. */
  public void rateLimitNext(int retryAfterSeconds, String pathPart) {
    synchronized (injections) {
      injections.add(new Injection(429, retryAfterSeconds, pathPart));
    }
  }

  /**
   * From now on, an IDENTIFY asking for the privileged MESSAGE_CONTENT intent is closed with 4014,
   * as for an application that was not granted it.
   */
  public void refuseMessageContentIntent() {
    refuseMessageContent = true;
  }

  /** Waits until a bot session identified and received its guild. */
  public boolean awaitIdentified(Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      if (sessions.stream().anyMatch(s -> s.guildSent)) {
        return true;
      }
      Thread.sleep(20);
    }
    return false;
  }

  /** Waits for a recorded REST call that matches; null on timeout. */
  public RecordedCall awaitCall(Predicate<RecordedCall> match, Duration timeout)
      throws InterruptedException {
    List<RecordedCall> found = awaitCalls(match, 1, timeout);
    return found.isEmpty() ? null : found.get(0);
  }

  /** Waits until {@code count} matching REST calls were recorded; returns those found. */
  public List<RecordedCall> awaitCalls(Predicate<RecordedCall> match, int count, Duration timeout)
      throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    List<RecordedCall> found;
    do {
      found = calls.stream().filter(match).toList();
      if (found.size() >= count) {
        return found;
      }
      Thread.sleep(20);
    } while (System.nanoTime() < end);
    return found;
  }

  /** A user writes to the bot in DMs; returns the message id. */
  public String sendDirectMessage(long userId, String content) {
    long channelId = dmChannelOf(userId);
    ObjectNode message = message(nextId(), channelId, userId, content);
    messages.put(message.get("id").asText(), message);
    dispatch("MESSAGE_CREATE", message);
    return message.get("id").asText();
  }

  /** A member writes in a guild channel or thread; returns the message id. */
  public String sendChannelMessage(long channelId, long userId, String content) {
    return sendChannelMessage(channelId, userId, content, false);
  }

  /**
   * A member writes in a guild channel or thread, mentioning the bot first when {@code mentionBot};
   * returns the message id.
   */
  public String sendChannelMessage(long channelId, long userId, String content, boolean mentionBot) {
    String text = mentionBot ? "<@" + Long.toUnsignedString(BOT_ID) + "> " + content : content;
    ObjectNode message = message(nextId(), channelId, userId, text);
    if (mentionBot) {
      ((ArrayNode) message.get("mentions")).add(users.get(BOT_ID));
    }
    if (text.contains("@everyone") || text.contains("@here")) {
      // what Discord reports for a member without the permission to ping everyone
      message.put("mention_everyone", false);
    }
    messages.put(message.get("id").asText(), message);
    dispatch("MESSAGE_CREATE", message);
    return message.get("id").asText();
  }

  /** A member answers an earlier message with Discord's reply feature; returns the message id. */
  public String sendChannelReply(long channelId, long userId, String content, String repliedMessageId) {
    ObjectNode message = message(nextId(), channelId, userId, content);
    message.put("type", 19);
    ObjectNode reference = message.putObject("message_reference");
    reference.put("type", 0);
    reference.put("message_id", repliedMessageId);
    reference.put("channel_id", Long.toUnsignedString(channelId));
    reference.put("guild_id", Long.toUnsignedString(GUILD_ID));
    ObjectNode replied = messages.get(repliedMessageId);
    if (replied != null) {
      message.set("referenced_message", replied);
      if (replied.path("author").path("id").asText().equals(Long.toUnsignedString(BOT_ID))) {
        // Discord lists the replied-to author among the mentions
        ((ArrayNode) message.get("mentions")).add(users.get(BOT_ID));
      }
    }
    messages.put(message.get("id").asText(), message);
    dispatch("MESSAGE_CREATE", message);
    return message.get("id").asText();
  }

  /**
   * A user runs a slash command, in a guild channel or, when {@code channelId} is null, in DMs;
   * returns the interaction id.
   */
  public String sendSlashCommand(long userId, Long channelId, String name, Map<String, String> options) {
    ObjectNode data = json.createObjectNode();
    data.put("id", Long.toUnsignedString(nextId()));
    data.put("name", name);
    data.put("type", 1);
    ArrayNode opts = data.putArray("options");
    options.forEach(
        (key, value) -> {
          ObjectNode option = opts.addObject();
          option.put("name", key);
          option.put("type", 3);
          option.put("value", value);
        });
    return interact(2, userId, channelId, data, null);
  }

  /** A user clicks a button of a message the bot sent; returns the interaction id. */
  public String clickButton(long userId, long channelId, String messageId, String customId) {
    ObjectNode data = json.createObjectNode();
    data.put("custom_id", customId);
    data.put("component_type", 2);
    ObjectNode message = messages.get(messageId);
    if (message == null) {
      message = message(Long.parseLong(messageId), channelId, BOT_ID, "");
    }
    Long channel = channels.get(channelId) != null && channels.get(channelId).get("type").asInt() == 1
        ? null
        : channelId;
    return interact(3, userId, channel, data, message);
  }

  /** A user submits a modal with one text input; returns the interaction id. */
  public String submitModal(
      long userId, long channelId, String modalId, String inputId, String value) {
    ObjectNode data = json.createObjectNode();
    data.put("custom_id", modalId);
    ObjectNode label = data.putArray("components").addObject();
    label.put("type", 18);
    label.put("id", 1);
    ObjectNode input = label.putObject("component");
    input.put("type", 4);
    input.put("id", 2);
    input.put("custom_id", inputId);
    input.put("value", value);
    return interact(5, userId, channelId, data, null);
  }

  /** The interaction callbacks and follow-ups for one interaction, in order. */
  public List<RecordedCall> answersTo(String interactionId) {
    ObjectNode interaction = interactions.get(interactionId);
    String token = interaction == null ? "?" : interaction.get("token").asText();
    return calls.stream()
        .filter(
            c ->
                (c.isInteractionCallback() && interactionId.equals(c.interactionId()))
                    || (c.isInteractionFollowUp() && c.path().contains("/" + token)))
        .toList();
  }

  /** Closes every gateway session (code 4000), as when Discord drops a connection. */
  public void dropGateway() {
    for (GatewaySession session : sessions) {
      session.socket.close(4000, "fake drop");
    }
  }

  @Override
  public void close() throws IOException {
    for (GatewaySession session : sessions) {
      session.socket.cancel();
    }
    server.close();
  }

  // ---------------------------------------------------------------- gateway

  private final class GatewaySession extends WebSocketListener {
    private final long number = sessionCount.incrementAndGet();
    private WebSocket socket;
    private long sequence;
    private volatile boolean identified;
    private volatile boolean guildSent;

    @Override
    public void onOpen(WebSocket webSocket, Response response) {
      socket = webSocket;
      sessions.add(this);
      ObjectNode hello = json.createObjectNode();
      hello.put("op", 10);
      hello.putObject("d").put("heartbeat_interval", 41250);
      webSocket.send(hello.toString());
    }

    @Override
    public void onMessage(WebSocket webSocket, String text) {
      gatewayFrames.add(text);
      JsonNode frame = read(text);
      switch (frame.path("op").asInt(-1)) {
        case 1 -> {
          ObjectNode ack = json.createObjectNode();
          ack.put("op", 11);
          webSocket.send(ack.toString());
        }
        case 2 -> identify(frame.path("d"));
        case 6 -> {
          // a resumed session: keep the sequence, say RESUMED
          identified = true;
          send("RESUMED", json.createObjectNode());
        }
        case 8 -> {
          ObjectNode chunk = json.createObjectNode();
          chunk.put("guild_id", Long.toUnsignedString(GUILD_ID));
          chunk.putArray("members");
          chunk.put("chunk_index", 0);
          chunk.put("chunk_count", 1);
          if (frame.path("d").has("nonce")) {
            chunk.set("nonce", frame.path("d").get("nonce"));
          }
          send("GUILD_MEMBERS_CHUNK", chunk);
        }
        default -> {}
      }
    }

    @Override
    public void onClosing(WebSocket webSocket, int code, String reason) {
      sessions.remove(this);
      webSocket.close(1000, null);
    }

    @Override
    public void onFailure(WebSocket webSocket, Throwable t, Response response) {
      sessions.remove(this);
    }

    private void identify(JsonNode identify) {
      if (!TOKEN.equals(identify.path("token").asText())) {
        socket.close(4004, "Authentication failed.");
        return;
      }
      if (refuseMessageContent && (identify.path("intents").asLong() & (1L << 15)) != 0) {
        socket.close(4014, "Disallowed intent(s).");
        return;
      }
      identified = true;
      ObjectNode ready = json.createObjectNode();
      ready.put("v", 10);
      ready.set("user", users.get(BOT_ID));
      ObjectNode guild = ready.putArray("guilds").addObject();
      guild.put("id", Long.toUnsignedString(GUILD_ID));
      guild.put("unavailable", true);
      ready.putArray("private_channels");
      ready.put("session_id", "fake-session-" + number);
      ready.put("resume_gateway_url", gatewayUrl());
      ObjectNode application = ready.putObject("application");
      application.put("id", Long.toUnsignedString(BOT_ID));
      application.put("flags", 0);
      ready.putArray("shard").add(0).add(1);
      send("READY", ready);
      send("GUILD_CREATE", guildCreate());
      guildSent = true;
    }

    synchronized void send(String type, JsonNode data) {
      ObjectNode frame = json.createObjectNode();
      frame.put("op", 0);
      frame.put("t", type);
      frame.put("s", ++sequence);
      frame.set("d", data);
      socket.send(frame.toString());
    }
  }

  private void dispatch(String type, JsonNode data) {
    for (GatewaySession session : sessions) {
      if (session.identified) {
        session.send(type, data);
      }
    }
  }

  private ObjectNode guildCreate() {
    ObjectNode guild = json.createObjectNode();
    String guildId = Long.toUnsignedString(GUILD_ID);
    guild.put("id", guildId);
    guild.put("name", "CareCircle test community");
    guild.putNull("icon");
    guild.putNull("splash");
    guild.putNull("banner");
    guild.putNull("description");
    guild.put("owner_id", Long.toUnsignedString(ADMIN_ID));
    guild.put("afk_timeout", 300);
    guild.putNull("afk_channel_id");
    guild.putNull("system_channel_id");
    guild.put("system_channel_flags", 0);
    guild.put("verification_level", 1);
    guild.put("default_message_notifications", 1);
    guild.put("explicit_content_filter", 0);
    guild.put("mfa_level", 0);
    guild.put("nsfw_level", 0);
    guild.put("premium_tier", 0);
    guild.put("premium_subscription_count", 0);
    guild.put("preferred_locale", "en-US");
    guild.put("max_members", 500000);
    guild.put("large", false);
    guild.put("unavailable", false);
    guild.put("joined_at", Instant.now().toString());
    guild.putArray("features");
    guild.putArray("emojis");
    guild.putArray("stickers");
    guild.putArray("voice_states");
    guild.putArray("presences");
    guild.putArray("stage_instances");
    guild.putArray("guild_scheduled_events");
    guild.putArray("threads");
    ArrayNode roles = guild.putArray("roles");
    roles.add(role(GUILD_ID, "@everyone", 0, EVERYONE_PERMISSIONS));
    roles.add(role(MODERATOR_ROLE_ID, "Moderators", 1, 0));
    roles.add(role(ADMIN_ROLE_ID, "Admins", 2, 8));
    roles.add(role(BOT_ROLE_ID, "CareCircle", 3, BOT_PERMISSIONS));
    ArrayNode channelList = guild.putArray("channels");
    for (long id : List.of(MODERATOR_CHANNEL_ID, GENERAL_CHANNEL_ID, GROUP_CHANNEL_ID)) {
      channelList.add(channels.get(id));
    }
    ArrayNode members = guild.putArray("members");
    for (long id : List.of(BOT_ID, MODERATOR_ID, MEMBER_ID, ADMIN_ID, OTHER_BOT_ID)) {
      members.add(member(id));
    }
    guild.put("member_count", members.size());
    return guild;
  }

  private ObjectNode role(long id, String name, int position, long permissions) {
    ObjectNode role = json.createObjectNode();
    role.put("id", Long.toUnsignedString(id));
    role.put("name", name);
    role.put("position", position);
    role.put("permissions", Long.toString(permissions));
    role.put("color", 0);
    role.putObject("colors").put("primary_color", 0).putNull("secondary_color").putNull("tertiary_color");
    role.put("hoist", false);
    role.put("managed", false);
    role.put("mentionable", id == MODERATOR_ROLE_ID);
    role.put("flags", 0);
    return role;
  }

  private ObjectNode member(long userId) {
    ObjectNode member = json.createObjectNode();
    member.set("user", users.get(userId));
    ArrayNode roles = member.putArray("roles");
    for (long role : memberRoles.getOrDefault(userId, List.of())) {
      roles.add(Long.toUnsignedString(role));
    }
    member.put("joined_at", "2025-01-01T00:00:00.000000+00:00");
    member.put("deaf", false);
    member.put("mute", false);
    member.put("flags", 0);
    member.put("pending", false);
    member.putNull("nick");
    return member;
  }

  private void user(long id, String name, boolean bot) {
    ObjectNode user = json.createObjectNode();
    user.put("id", Long.toUnsignedString(id));
    user.put("username", name);
    user.putNull("global_name");
    user.put("discriminator", "0");
    user.putNull("avatar");
    user.put("bot", bot);
    user.put("verified", true);
    user.put("mfa_enabled", false);
    user.put("flags", 0);
    user.put("public_flags", 0);
    users.put(id, user);
  }

  private void textChannel(long id, String name, int position) {
    ObjectNode channel = json.createObjectNode();
    channel.put("id", Long.toUnsignedString(id));
    channel.put("type", 0);
    channel.put("guild_id", Long.toUnsignedString(GUILD_ID));
    channel.put("name", name);
    channel.put("position", position);
    channel.putNull("parent_id");
    channel.putNull("topic");
    channel.put("nsfw", false);
    channel.put("rate_limit_per_user", 0);
    channel.putArray("permission_overwrites");
    channels.put(id, channel);
  }

  // ---------------------------------------------------------------- entities

  /** A snowflake of now, as Discord makes them: JDA reads an interaction's age from its id. */
  private long nextId() {
    long now = (System.currentTimeMillis() - DISCORD_EPOCH_MS) << 22;
    return ids.updateAndGet(last -> Math.max(last + 1, now));
  }

  private boolean isGuildChannel(long channelId) {
    ObjectNode channel = channels.get(channelId);
    return channel != null && channel.has("guild_id");
  }

  private ObjectNode message(long id, long channelId, long authorId, String content) {
    ObjectNode message = json.createObjectNode();
    message.put("id", Long.toUnsignedString(id));
    message.put("type", 0);
    message.put("channel_id", Long.toUnsignedString(channelId));
    message.set("author", users.getOrDefault(authorId, users.get(MEMBER_ID)));
    message.put("content", content);
    message.put("timestamp", Instant.now().toString());
    message.putNull("edited_timestamp");
    message.put("tts", false);
    message.put("mention_everyone", false);
    message.putArray("mentions");
    message.putArray("mention_roles");
    message.putArray("attachments");
    message.putArray("embeds");
    message.putArray("components");
    message.put("pinned", false);
    message.put("flags", 0);
    if (isGuildChannel(channelId)) {
      message.put("guild_id", Long.toUnsignedString(GUILD_ID));
      ObjectNode member = member(authorId);
      member.remove("user");
      message.set("member", member);
    }
    return message;
  }

  private String interact(int type, long userId, Long channelId, ObjectNode data, ObjectNode message) {
    long id = nextId();
    ObjectNode interaction = json.createObjectNode();
    interaction.put("id", Long.toUnsignedString(id));
    interaction.put("application_id", Long.toUnsignedString(BOT_ID));
    interaction.put("type", type);
    interaction.put("token", "interaction-token-" + id);
    interaction.put("version", 1);
    interaction.put("locale", "en-GB");
    interaction.put("app_permissions", Long.toString(BOT_PERMISSIONS));
    interaction.putArray("entitlements");
    interaction.put("attachment_size_limit", 10485760);
    ObjectNode owners = interaction.putObject("authorizing_integration_owners");
    if (channelId != null) {
      ObjectNode channel = channels.get(channelId);
      interaction.put("channel_id", Long.toUnsignedString(channelId));
      interaction.set("channel", channel);
      interaction.put("guild_id", Long.toUnsignedString(GUILD_ID));
      ObjectNode guild = interaction.putObject("guild");
      guild.put("id", Long.toUnsignedString(GUILD_ID));
      guild.put("locale", "en-US");
      guild.putArray("features");
      interaction.put("guild_locale", "en-US");
      ObjectNode member = member(userId);
      member.put("permissions", Long.toString(permissionsOf(userId)));
      interaction.set("member", member);
      interaction.put("context", 0);
      owners.put("0", Long.toUnsignedString(GUILD_ID));
    } else {
      long dm = dmChannelOf(userId);
      interaction.put("channel_id", Long.toUnsignedString(dm));
      ObjectNode channel = json.createObjectNode();
      channel.put("id", Long.toUnsignedString(dm));
      channel.put("type", 1);
      channel.putArray("recipients").add(users.get(userId));
      interaction.set("channel", channel);
      interaction.set("user", users.get(userId));
      interaction.put("context", 1);
      owners.put("1", Long.toUnsignedString(userId));
    }
    interaction.set("data", data);
    if (message != null) {
      interaction.set("message", message);
    }
    interactions.put(Long.toUnsignedString(id), interaction);
    dispatch("INTERACTION_CREATE", interaction);
    return Long.toUnsignedString(id);
  }

  private long permissionsOf(long userId) {
    long permissions = EVERYONE_PERMISSIONS;
    for (long role : memberRoles.getOrDefault(userId, List.of())) {
      if (role == ADMIN_ROLE_ID) {
        permissions |= 8;
      } else if (role == BOT_ROLE_ID) {
        permissions |= BOT_PERMISSIONS;
      }
    }
    return (permissions & 8) != 0 ? -1L >>> 1 : permissions;
  }

  private JsonNode read(String text) {
    try {
      return text == null || text.isBlank() ? json.createObjectNode() : json.readTree(text);
    } catch (IOException e) {
      return json.createObjectNode();
    }
  }

  // ---------------------------------------------------------------- REST

  private record Injection(int status, int retryAfterSeconds, String pathPart) {}

  private final class Routes extends Dispatcher {
    @Override
    public MockResponse dispatch(RecordedRequest request) {
      String path = request.getUrl().encodedPath();
      if ("websocket".equalsIgnoreCase(request.getHeaders().get("Upgrade"))) {
        return new MockResponse.Builder().webSocketUpgrade(new GatewaySession()).build();
      }
      String body = request.getBody() == null ? "" : request.getBody().string(StandardCharsets.UTF_8);
      String apiPath = path.startsWith(API_PREFIX) ? path.substring(API_PREFIX.length()) : path;
      Map<String, String> headers = new LinkedHashMap<>();
      Headers requestHeaders = request.getHeaders();
      for (String name : requestHeaders.names()) {
        headers.put(name.toLowerCase(Locale.ROOT), requestHeaders.get(name));
      }
      String query = request.getUrl().encodedQuery() == null ? "" : request.getUrl().encodedQuery();
      Answer answer;
      if (!("Bot " + TOKEN).equals(request.getHeaders().get("Authorization"))) {
        answer = Answer.error(401, 0, "401: Unauthorized");
      } else {
        Injection injected = injectionFor(request.getMethod(), apiPath);
        answer = injected != null ? injected(injected) : route(request.getMethod(), apiPath, body);
      }
      calls.add(new RecordedCall(request.getMethod(), apiPath, query, headers, body, answer.status));
      MockResponse.Builder response = new MockResponse.Builder().code(answer.status);
      answer.headers.forEach(response::addHeader);
      if (answer.body != null) {
        response.addHeader("Content-Type", "application/json");
        response.body(answer.body);
      }
      return response.build();
    }
  }

  private Injection injectionFor(String method, String path) {
    boolean write = !"GET".equals(method) && !COMMANDS.matcher(path).matches();
    if (!write) {
      return null;
    }
    synchronized (injections) {
      for (int i = 0; i < injections.size(); i++) {
        if (path.contains(injections.get(i).pathPart())) {
          return injections.remove(i);
        }
      }
    }
    return null;
  }

  private Answer injected(Injection injection) {
    if (injection.status() != 429) {
      return Answer.error(injection.status(), 0, injection.status() + ": injected failure");
    }
    int wait = injection.retryAfterSeconds();
    ObjectNode body = json.createObjectNode();
    body.put("message", "You are being rate limited.");
    body.put("retry_after", (double) wait);
    body.put("global", false);
    body.put("code", 0);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Retry-After", Integer.toString(wait));
    headers.put("X-RateLimit-Limit", "5");
    headers.put("X-RateLimit-Remaining", "0");
    headers.put(
        "X-RateLimit-Reset",
        String.format(Locale.ROOT, "%.3f", System.currentTimeMillis() / 1000.0 + wait));
    headers.put("X-RateLimit-Reset-After", String.format(Locale.ROOT, "%.3f", (double) wait));
    headers.put("X-RateLimit-Bucket", "fake-bucket-" + Long.toHexString(nextId()));
    headers.put("X-RateLimit-Scope", "user");
    headers.put("Via", "1.1 google");
    return new Answer(429, body.toString(), headers);
  }

  private Answer route(String method, String path, String body) {
    Matcher m;
    if ("GET".equals(method) && path.equals("/users/@me")) {
      return Answer.ok(users.get(BOT_ID));
    }
    if ("GET".equals(method) && path.startsWith("/gateway")) {
      ObjectNode gateway = json.createObjectNode();
      gateway.put("url", gatewayUrl());
      gateway.put("shards", 1);
      ObjectNode limit = gateway.putObject("session_start_limit");
      limit.put("total", 1000);
      limit.put("remaining", 999);
      limit.put("reset_after", 0);
      limit.put("max_concurrency", 1);
      return Answer.ok(gateway);
    }
    if ("PUT".equals(method) && (m = COMMANDS.matcher(path)).matches()) {
      ArrayNode commands = json.createArrayNode();
      for (JsonNode command : read(body)) {
        ObjectNode registered = ((ObjectNode) command).deepCopy();
        registered.put("id", Long.toUnsignedString(nextId()));
        registered.put("application_id", m.group(1));
        registered.put("version", Long.toUnsignedString(nextId()));
        registered.put("type", command.path("type").asInt(1));
        registered.put("nsfw", false);
        commands.add(registered);
      }
      return Answer.ok(commands);
    }
    if ("POST".equals(method) && (m = MESSAGES.matcher(path)).matches()) {
      return createMessage(Long.parseLong(m.group(1)), read(body));
    }
    if ("POST".equals(method) && (m = THREAD_FROM_MESSAGE.matcher(path)).matches()) {
      return createThread(Long.parseLong(m.group(1)), m.group(2), read(body));
    }
    if ("PATCH".equals(method) && (m = MESSAGE.matcher(path)).matches()) {
      ObjectNode message = messages.get(m.group(2));
      return message == null ? Answer.error(404, 10008, "Unknown Message") : Answer.ok(message);
    }
    if ("POST".equals(method) && (m = INVITES.matcher(path)).matches()) {
      return createInvite(Long.parseLong(m.group(1)), read(body));
    }
    if ("POST".equals(method) && path.equals("/users/@me/channels")) {
      long recipient = read(body).path("recipient_id").asLong();
      if (!users.containsKey(recipient)) {
        return Answer.error(400, 50033, "Invalid Recipient(s)");
      }
      return Answer.ok(channels.get(dmChannelOf(recipient)));
    }
    if ("POST".equals(method) && (m = CALLBACK.matcher(path)).matches()) {
      ObjectNode interaction = interactions.get(m.group(1));
      if (interaction == null || !interaction.get("token").asText().equals(m.group(2))) {
        return Answer.error(404, 10062, "Unknown interaction");
      }
      return new Answer(204, null, Map.of());
    }
    if ((m = WEBHOOK.matcher(path)).matches()) {
      ObjectNode interaction = interactionByToken(m.group(2));
      if (interaction == null) {
        return Answer.error(404, 10015, "Unknown Webhook");
      }
      long channelId = interaction.get("channel_id").asLong();
      ObjectNode message = botMessage(channelId, read(body));
      message.put("webhook_id", m.group(1));
      messages.put(message.get("id").asText(), message);
      return Answer.ok(message);
    }
    if ("POST".equals(method) && path.matches("/channels/\\d+/typing")) {
      return new Answer(204, null, Map.of());
    }
    return Answer.error(404, 0, "404: Not Found");
  }

  private ObjectNode interactionByToken(String token) {
    for (ObjectNode interaction : interactions.values()) {
      if (interaction.get("token").asText().equals(token)) {
        return interaction;
      }
    }
    return null;
  }

  private Answer createMessage(long channelId, JsonNode request) {
    if (!channels.containsKey(channelId)) {
      return Answer.error(404, 10003, "Unknown Channel");
    }
    String nonce = request.path("nonce").asText("");
    synchronized (messageOfNonce) {
      if (request.path("enforce_nonce").asBoolean(false) && messageOfNonce.containsKey(nonce)) {
        // Discord: an enforced nonce seen again returns the earlier message and creates nothing
        return Answer.ok(messages.get(messageOfNonce.get(nonce)));
      }
      ObjectNode message = botMessage(channelId, request);
      if (!nonce.isEmpty()) {
        message.put("nonce", nonce);
        messageOfNonce.put(nonce, message.get("id").asText());
      }
      messages.put(message.get("id").asText(), message);
      createdMessages.add(message);
      dispatch("MESSAGE_CREATE", message);
      return Answer.ok(message);
    }
  }

  private ObjectNode botMessage(long channelId, JsonNode request) {
    ObjectNode message = message(nextId(), channelId, BOT_ID, request.path("content").asText(""));
    ArrayNode embeds = message.putArray("embeds");
    for (JsonNode embed : request.path("embeds")) {
      ObjectNode copy = ((ObjectNode) embed).deepCopy();
      copy.put("type", "rich");
      embeds.add(copy);
    }
    if (request.path("components").isArray()) {
      message.set("components", request.get("components").deepCopy());
    }
    message.put("flags", request.path("flags").asInt(0));
    return message;
  }

  private Answer createThread(long channelId, String messageId, JsonNode request) {
    if (!messages.containsKey(messageId) || !isGuildChannel(channelId)) {
      return Answer.error(404, 10008, "Unknown Message");
    }
    long threadId = Long.parseLong(messageId);
    if (channels.containsKey(threadId)) {
      return Answer.error(400, 160004, "A thread has already been created for this message");
    }
    ObjectNode thread = json.createObjectNode();
    thread.put("id", messageId);
    thread.put("type", 11);
    thread.put("guild_id", Long.toUnsignedString(GUILD_ID));
    thread.put("parent_id", Long.toUnsignedString(channelId));
    thread.put("owner_id", Long.toUnsignedString(BOT_ID));
    thread.put("name", request.path("name").asText("thread"));
    thread.put("message_count", 0);
    thread.put("member_count", 1);
    thread.put("rate_limit_per_user", 0);
    thread.put("flags", 0);
    thread.put("total_message_sent", 0);
    thread.putNull("last_message_id");
    ObjectNode metadata = thread.putObject("thread_metadata");
    metadata.put("archived", false);
    metadata.put("auto_archive_duration", request.path("auto_archive_duration").asInt(1440));
    metadata.put("archive_timestamp", Instant.now().toString());
    metadata.put("locked", false);
    metadata.put("create_timestamp", Instant.now().toString());
    ObjectNode member = thread.putObject("member");
    member.put("join_timestamp", Instant.now().toString());
    member.put("flags", 0);
    channels.put(threadId, thread);
    ObjectNode created = thread.deepCopy();
    created.put("newly_created", true);
    dispatch("THREAD_CREATE", created);
    return Answer.ok(thread);
  }

  private Answer createInvite(long channelId, JsonNode request) {
    ObjectNode channel = channels.get(channelId);
    if (channel == null || !channel.has("guild_id")) {
      return Answer.error(404, 10003, "Unknown Channel");
    }
    ObjectNode invite = json.createObjectNode();
    invite.put("code", "fake" + Long.toHexString(nextId()));
    invite.put("type", 0);
    ObjectNode guild = invite.putObject("guild");
    guild.put("id", Long.toUnsignedString(GUILD_ID));
    guild.put("name", "CareCircle test community");
    guild.putNull("icon");
    guild.putNull("splash");
    guild.putNull("banner");
    guild.putNull("description");
    guild.putNull("vanity_url_code");
    guild.put("verification_level", 1);
    guild.put("nsfw_level", 0);
    guild.putArray("features");
    ObjectNode target = invite.putObject("channel");
    target.put("id", channel.get("id").asText());
    target.put("name", channel.get("name").asText());
    target.put("type", 0);
    invite.set("inviter", users.get(BOT_ID));
    invite.put("uses", 0);
    invite.put("max_uses", request.path("max_uses").asInt(0));
    invite.put("max_age", request.path("max_age").asInt(86400));
    invite.put("temporary", request.path("temporary").asBoolean(false));
    invite.put("created_at", Instant.now().toString());
    invite.put(
        "expires_at", Instant.now().plusSeconds(request.path("max_age").asInt(86400)).toString());
    return Answer.ok(invite);
  }

  private record Answer(int status, String body, Map<String, String> headers) {
    static Answer ok(JsonNode body) {
      return new Answer(200, body.toString(), Map.of());
    }

    static Answer error(int status, int code, String message) {
      return new Answer(
          status, "{\"message\":\"" + message + "\",\"code\":" + code + "}", Map.of());
    }
  }
}
