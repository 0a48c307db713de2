/**
 * The Telegram adapter: updates in (long polling or webhook), replies and moderator posts out,
 * through telegrambots 10.2.0. Holds no conversation logic; everything a person writes goes to the
 * core's {@link org.carecircle.core.conversation.MessageHandler}.
 */
package org.carecircle.telegram;
