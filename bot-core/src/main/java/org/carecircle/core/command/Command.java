package org.carecircle.core.command;

import org.carecircle.core.conversation.Turn;
import org.carecircle.core.message.Response;

/** A command people type ("/groups breast"), the same on every platform. */
public interface Command {

  /** The command word without the slash, lower case. */
  String name();

  Response run(Turn turn, String arguments);
}
