package org.carecircle.core.message;

/** Where a reply goes: the conversation the message came from, or privately to the person. */
public enum Audience {
  SAME_CONVERSATION,
  PRIVATE
}
