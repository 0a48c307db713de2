package org.carecircle.discord;

import java.util.Optional;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.carecircle.core.escalation.ActionResult;
import org.carecircle.core.escalation.DeliveryException;
import org.carecircle.core.escalation.ModeratorDesk;
import org.carecircle.core.escalation.ModeratorRef;
import org.carecircle.core.message.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moderators acting from Discord: Claim / Resolve / Reply / Approve / Decline clicks, the reply
 * modal, and messages in an escalation's thread. The adapter decides {@code authorized} from the
 * platform's facts (the moderator role, or administrator when no role is configured too, and the
 * click coming from the moderator channel or its threads); the desk checks again and audits.
 */
final class DiscordModeratorActions {
  private static final Logger log = LoggerFactory.getLogger(DiscordModeratorActions.class);
  private static final int RELAY_LIMIT = 1800;

  private final long moderatorChannelId;
  private final String moderatorRoleId;
  private final ModeratorDesk desk;
  private final DiscordSender sender;

  DiscordModeratorActions(
      String moderatorChannelId, String moderatorRoleId, ModeratorDesk desk, DiscordSender sender) {
    this.moderatorChannelId = moderatorChannelId == null ? -1 : Long.parseLong(moderatorChannelId);
    this.moderatorRoleId = moderatorRoleId;
    this.desk = desk;
    this.sender = sender;
  }

  /** True for the moderator channel and the threads under it: moderators' room, not a chat. */
  boolean isModeratorSpace(MessageChannel channel) {
    if (moderatorChannelId < 0 || channel == null) {
      return false;
    }
    if (channel.getIdLong() == moderatorChannelId) {
      return true;
    }
    return channel instanceof ThreadChannel thread
        && thread.getParentChannel().getIdLong() == moderatorChannelId;
  }

  void onButton(ButtonInteractionEvent event) {
    Optional<ModeratorButtons> parsed = ModeratorButtons.parse(event.getComponentId());
    if (parsed.isEmpty()) {
      answer(event, "This button is not known.");
      return;
    }
    ModeratorButtons button = parsed.get();
    ModeratorRef by = ref(event.getUser(), event.getMember(), event.getChannel());
    ActionResult result;
    switch (button.action()) {
      case ModeratorButtons.CLAIM -> result = desk.claim(button.id(), by);
      case ModeratorButtons.RESOLVE -> result = desk.resolve(button.id(), by);
      case ModeratorButtons.APPROVE -> result = desk.approveApplication(button.id(), by);
      case ModeratorButtons.DECLINE -> result = desk.declineApplication(button.id(), by);
      case ModeratorButtons.REPLY -> {
        if (!by.authorized()) {
          answer(event, "Only moderators can reply to escalations.");
          return;
        }
        event.replyModal(replyModal(button.id())).queue(null, e -> log.warn("Reply modal failed", e));
        return;
      }
      default -> {
        answer(event, "This button is not known.");
        return;
      }
    }
    log.info(
        "Moderator action {} on #{}: {}",
        button.action(),
        button.id(),
        result.accepted() ? "accepted" : "refused");
    answer(event, result.message());
  }

  void onModal(ModalInteractionEvent event) {
    Optional<Long> escalation = ModeratorButtons.parseModal(event.getModalId());
    if (escalation.isEmpty()) {
      return;
    }
    var value = event.getValue(ModeratorButtons.MODAL_TEXT_ID);
    String text = value == null ? "" : value.getAsString();
    ModeratorRef by = ref(event.getUser(), event.getMember(), event.getChannel());
    ActionResult result =
        text.isBlank()
            ? ActionResult.refused("Nothing to send.")
            : desk.relay(escalation.get(), by, text);
    answer(event, result.message());
  }

  /** A message in the moderator channel or its threads: in an escalation's thread it is a reply. */
  void onModeratorMessage(MessageReceivedEvent event) {
    if (event.getChannelType() != ChannelType.GUILD_PUBLIC_THREAD
        && event.getChannelType() != ChannelType.GUILD_PRIVATE_THREAD) {
      return;
    }
    long escalationId =
        DiscordModeratorChannel.escalationOfThread(event.getChannel().asThreadChannel().getName());
    String text = event.getMessage().getContentRaw().strip();
    if (escalationId < 0 || text.isEmpty()) {
      return;
    }
    ModeratorRef by = ref(event.getAuthor(), event.getMember(), event.getChannel());
    ActionResult result = desk.relay(escalationId, by, text);
    MessageCreateData note =
        DiscordSender.quietMessage()
            .setContent(
                DiscordText.truncate(
                    (result.accepted() ? "✓ " : "✗ ") + DiscordText.defuseMentions(result.message()),
                    DiscordText.CONTENT_LIMIT))
            .build();
    event.getChannel().sendMessage(note).queue(null, e -> log.warn("Relay note failed", e));
  }

  private ModeratorRef ref(User user, Member member, MessageChannel channel) {
    boolean inModeratorSpace = isModeratorSpace(channel);
    String destination =
        inModeratorSpace
            ? "discord:" + Long.toUnsignedString(moderatorChannelId)
            : "discord:" + (channel == null ? "unknown" : channel.getId());
    String name = member != null ? member.getEffectiveName() : user.getName();
    return new ModeratorRef(
        Platform.DISCORD, user.getId(), name, destination, inModeratorSpace && isModerator(member));
  }

  private boolean isModerator(Member member) {
    if (member == null) {
      return false;
    }
    if (member.hasPermission(Permission.ADMINISTRATOR)) {
      return true;
    }
    return moderatorRoleId != null
        && member.getRoles().stream().anyMatch(role -> role.getId().equals(moderatorRoleId));
  }

  private static Modal replyModal(long escalationId) {
    TextInput input =
        TextInput.create(ModeratorButtons.MODAL_TEXT_ID, TextInputStyle.PARAGRAPH)
            .setRequiredRange(1, RELAY_LIMIT)
            .setPlaceholder("Sent to the person as a moderator of the community")
            .build();
    return Modal.create(ModeratorButtons.modalId(escalationId), "Reply · escalation #" + escalationId)
        .addComponents(Label.of("Your message", input))
        .build();
  }

  private void answer(net.dv8tion.jda.api.interactions.callbacks.IReplyCallback event, String text) {
    try {
      sender.answerPrivately(event, text);
    } catch (DeliveryException e) {
      log.warn("Could not answer a moderator's action: {}", e.getMessage());
    }
  }
}
