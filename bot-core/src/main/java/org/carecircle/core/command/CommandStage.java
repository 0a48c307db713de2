package org.carecircle.core.command;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.carecircle.core.conversation.ConversationStage;
import org.carecircle.core.conversation.MessageText;
import org.carecircle.core.message.Texts;
import org.carecircle.core.conversation.Turn;
import org.carecircle.core.message.Reply;
import org.carecircle.core.message.Response;
import org.carecircle.core.message.ResponseTrace;

/** Runs "/name arguments" with the command of that name; an unknown command gets help, not silence. */
public final class CommandStage implements ConversationStage {
  private final Map<String, Command> commands = new LinkedHashMap<>();
  private final Texts texts;

  public CommandStage(List<Command> commands, Texts texts) {
    for (Command c : commands) {
      if (this.commands.putIfAbsent(c.name(), c) != null) {
        throw new IllegalArgumentException("command /" + c.name() + " is registered twice");
      }
    }
    this.texts = texts;
  }

  public Optional<Command> command(String name) {
    return Optional.ofNullable(commands.get(name));
  }

  @Override
  public Optional<Response> process(Turn turn) {
    if (turn.message().buttonPress()) {
      return Optional.empty();
    }
    Optional<String> name = MessageText.commandName(turn.message().text());
    if (name.isEmpty()) {
      return Optional.empty();
    }
    Command command = commands.get(name.get());
    if (command == null) {
      return Optional.of(
          Response.of(Reply.text(texts.get("command.unknown", Map.of("command", "/" + name.get()))))
              .withTrace(ResponseTrace.of("command-unknown")));
    }
    Response response = command.run(turn, turn.freeText());
    String stage = response.trace().stage().isEmpty() ? "command:" + command.name() : response.trace().stage();
    return Optional.of(response.withTrace(response.trace().withStage(stage)));
  }
}
