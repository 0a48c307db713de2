package org.carecircle.discord.fake;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Runs a fake Discord by hand, to try {@code ./bot run} against it: prints the settings to use,
 * then reads commands from stdin, one a line:
 *
 * <pre>
 * dm USER TEXT            a user writes to the bot in DMs (USER: member, moderator, admin)
 * say CHANNEL USER TEXT   a member writes in a channel (CHANNEL: general, moderators, or an id)
 * mention CHANNEL USER TEXT   the same, mentioning the bot
 * slash USER NAME [ARG]   a slash command in #general
 * click USER CHANNEL MESSAGE_ID CUSTOM_ID
 * fail STATUS COUNT [PATH_PART]    the next writes fail
 * ratelimit SECONDS [PATH_PART]    the next write gets a 429
 * calls                   prints every REST call so far
 * quit
 * </pre>
 */
public final class FakeDiscordConsole {
  private FakeDiscordConsole() {}

  public static void main(String[] args) throws Exception {
    try (FakeDiscord fake = FakeDiscord.start()) {
      System.out.println("DISCORD_TOKEN=" + FakeDiscord.TOKEN);
      System.out.println("DISCORD_API_URL=" + fake.url());
      System.out.println("DISCORD_GATEWAY_URL=" + fake.gatewayUrl());
      System.out.println("DISCORD_MOD_CHANNEL_ID=" + Long.toUnsignedString(FakeDiscord.MODERATOR_CHANNEL_ID));
      System.out.println("DISCORD_MODERATOR_ROLE_ID=" + Long.toUnsignedString(FakeDiscord.MODERATOR_ROLE_ID));
      System.out.flush();
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      String line;
      while ((line = in.readLine()) != null) {
        String[] w = line.strip().split(" ", 5);
        try {
          switch (w[0]) {
            case "dm" -> print(fake.sendDirectMessage(user(w[1]), rest(line, 2)));
            case "say" -> print(fake.sendChannelMessage(channel(w[1]), user(w[2]), rest(line, 3)));
            case "mention" -> print(fake.sendChannelMessage(channel(w[1]), user(w[2]), rest(line, 3), true));
            case "slash" ->
                print(
                    fake.sendSlashCommand(
                        user(w[1]),
                        FakeDiscord.GENERAL_CHANNEL_ID,
                        w[2],
                        w.length > 3 ? Map.of("question", rest(line, 3)) : Map.of()));
            case "click" -> print(fake.clickButton(user(w[1]), channel(w[2]), w[3], w[4]));
            case "fail" -> fake.failNext(Integer.parseInt(w[1]), Integer.parseInt(w[2]), w.length > 3 ? w[3] : "");
            case "ratelimit" -> fake.rateLimitNext(Integer.parseInt(w[1]), w.length > 2 ? w[2] : "");
            case "calls" -> fake.recordedCalls().forEach(System.out::println);
            case "quit" -> {
              return;
            }
            default -> System.out.println("unknown command");
          }
        } catch (RuntimeException e) {
          System.out.println("error: " + e.getMessage());
        }
        System.out.flush();
      }
    }
  }

  private static void print(String id) {
    System.out.println("id " + id);
  }

  private static String rest(String line, int words) {
    String[] parts = line.strip().split(" ", words + 1);
    return parts.length > words ? parts[words] : "";
  }

  private static long user(String name) {
    return switch (name) {
      case "moderator" -> FakeDiscord.MODERATOR_ID;
      case "admin" -> FakeDiscord.ADMIN_ID;
      case "bot" -> FakeDiscord.OTHER_BOT_ID;
      case "member" -> FakeDiscord.MEMBER_ID;
      default -> Long.parseLong(name);
    };
  }

  private static long channel(String name) {
    return switch (name) {
      case "general" -> FakeDiscord.GENERAL_CHANNEL_ID;
      case "moderators" -> FakeDiscord.MODERATOR_CHANNEL_ID;
      default -> Long.parseLong(name);
    };
  }
}
