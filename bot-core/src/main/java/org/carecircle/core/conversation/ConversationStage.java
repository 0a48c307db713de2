package org.carecircle.core.conversation;

import java.util.Optional;
import org.carecircle.core.message.Response;

/**
 * One named step of the path a message travels. A stage may answer, which ends the chain, or pass
 * the turn on by returning empty.
 */
public interface ConversationStage {

  Optional<Response> process(Turn turn);
}
