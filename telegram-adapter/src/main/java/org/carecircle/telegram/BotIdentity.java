package org.carecircle.telegram;

/** Who the bot is on Telegram (from getMe): needed to notice mentions, replies and /cmd@bot. */
public record BotIdentity(long id, String username) {

  /** The link that opens a private chat with the bot. */
  public String link() {
    return "https://t.me/" + username;
  }
}
