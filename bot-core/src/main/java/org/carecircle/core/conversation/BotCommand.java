package org.carecircle.core.conversation;

/** A command every platform offers, as adapters register it (Telegram setMyCommands, Discord slash). */
public record BotCommand(String name, String description, String argumentName, String argumentHelp) {}
