package org.carecircle.core.feedback;

/** Topic words of questions the bot had no reviewed answer for, and how often they were asked. */
public record AbstainedTopic(String topic, int asked) {}
