package org.carecircle.core.conversation;

import java.util.List;

/** The commands that are the same on every platform, for adapters to register. */
public final class CommandCatalog {
  private static final List<BotCommand> COMMANDS =
      List.of(
          new BotCommand("start", "What this bot is and is not", null, null),
          new BotCommand("help", "What you can ask and do here", null, null),
          new BotCommand("ask", "Ask a question about cancer care", "question", "Your question"),
          new BotCommand(
              "groups", "Find support groups", "words", "e.g. breast caregiver UK (optional)"),
          new BotCommand("resources", "Crisis lines and trusted places for your country", null, null),
          new BotCommand("region", "Set your country for contacts", "code", "Two-letter code, e.g. GB"),
          new BotCommand("privacy", "What the bot keeps about you", null, null),
          new BotCommand("forget", "Erase what the bot keeps about you", null, null));

  private CommandCatalog() {}

  public static List<BotCommand> all() {
    return COMMANDS;
  }
}
