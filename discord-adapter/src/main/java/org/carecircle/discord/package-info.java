/**
 * The Discord adapter: JDA gateway events in as platform-neutral messages, replies and moderator
 * posts out through one sender seam that enforces Discord's limits and locks down mentions.
 */
package org.carecircle.discord;
