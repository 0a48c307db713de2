package org.carecircle.telegram;

import static org.carecircle.telegram.TelegramHtml.escape;

import java.util.List;
import java.util.Optional;
import org.carecircle.core.escalation.ActionResult;
import org.carecircle.core.escalation.ModeratorDesk;
import org.carecircle.core.escalation.ModeratorRef;
import org.carecircle.core.message.Button;
import org.carecircle.core.message.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.groupadministration.ApproveChatJoinRequest;
import org.telegram.telegrambots.meta.api.methods.groupadministration.DeclineChatJoinRequest;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.ChatJoinRequest;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * What happens in the moderator group: button clicks (claim, resolve, approve, decline), replies to
 * escalation posts (relayed to the person, or {@code /note ...} kept as a note), and chat join
 * requests posted for approval. Every click is answered; the desk decides and audits; this class
 * only says whether the platform facts make the person a moderator. Thread-safe.
 */
public final class ModeratorActions {
  private static final Logger log = LoggerFactory.getLogger(ModeratorActions.class);
  private static final String NOTE_COMMAND = "/note";

  private final TelegramModeratorChannel channel;
  private final ModeratorRoster roster;
  private final ModeratorDesk desk;
  private final TelegramSender sender;
  private final TelegramGateway gateway;
  private final TelegramTexts texts;

  public ModeratorActions(
      TelegramModeratorChannel channel,
      ModeratorRoster roster,
      ModeratorDesk desk,
      TelegramSender sender,
      TelegramGateway gateway,
      TelegramTexts texts) {
    this.channel = channel;
    this.roster = roster;
    this.desk = desk;
    this.sender = sender;
    this.gateway = gateway;
    this.texts = texts;
  }

  public long chatId() {
    return channel.chatId();
  }

  /** A button pressed on one of our posts in the moderator group. */
  public void onCallback(CallbackQuery query) {
    Optional<ModeratorAction> parsed = ModeratorAction.parse(query.getData());
    if (parsed.isEmpty()) {
      sender.answerCallback(query.getId(), null, false);
      return;
    }
    ModeratorAction action = parsed.get();
    ModeratorRef by = refFor(query.getFrom());
    if (action.verb() == ModeratorAction.Verb.APPROVE_JOIN
        || action.verb() == ModeratorAction.Verb.DECLINE_JOIN) {
      answerJoinRequest(query, action, by);
      return;
    }
    ActionResult result =
        switch (action.verb()) {
          case CLAIM -> desk.claim(action.id(), by);
          case RESOLVE -> desk.resolve(action.id(), by);
          case APPROVE_APPLICATION -> desk.approveApplication(action.id(), by);
          case DECLINE_APPLICATION -> desk.declineApplication(action.id(), by);
          default -> ActionResult.refused(texts.get("moderator.notModerator"));
        };
    sender.answerCallback(query.getId(), result.message(), !result.accepted());
    log.info("moderator {} on #{}: {}", action.verb(), action.id(), result.accepted() ? "accepted" : "refused");
    if (result.accepted() && query.getMessage() instanceof Message post) {
      String status =
          switch (action.verb()) {
            case CLAIM -> texts.get("moderator.claimedBy", by.displayName());
            case RESOLVE -> texts.get("moderator.resolvedBy", by.displayName());
            case APPROVE_APPLICATION -> texts.get("join.approved", by.displayName());
            default -> texts.get("join.declined", by.displayName());
          };
      markDone(post, status, channel.buttonsAfter(action.verb(), action.id()));
    }
  }

  private void answerJoinRequest(CallbackQuery query, ModeratorAction action, ModeratorRef by) {
    if (!by.authorized()) {
      sender.answerCallback(query.getId(), texts.get("moderator.notModerator"), true);
      log.info("join request answer refused: not a moderator");
      return;
    }
    boolean approve = action.verb() == ModeratorAction.Verb.APPROVE_JOIN;
    try {
      if (approve) {
        gateway.call(ApproveChatJoinRequest.builder().chatId(action.id()).userId(action.userId()).build());
      } else {
        gateway.call(DeclineChatJoinRequest.builder().chatId(action.id()).userId(action.userId()).build());
      }
    } catch (BotApiException e) {
      log.warn("join request answer failed: code {}", e.errorCode());
      sender.answerCallback(query.getId(), texts.get("join.failed"), true);
      return;
    }
    String status = texts.get(approve ? "join.approved" : "join.declined", by.displayName());
    sender.answerCallback(query.getId(), status, false);
    log.info("join request {}", approve ? "approved" : "declined");
    if (query.getMessage() instanceof Message post) {
      markDone(post, status, null);
    }
  }

  /** A message in the moderator group: relayed or noted when it answers an escalation post. */
  public void onMessage(Message message) {
    if (message.getFrom() == null || Boolean.TRUE.equals(message.getFrom().getIsBot())
        || message.getText() == null || message.getText().isBlank()) {
      return;
    }
    Optional<Long> escalation = channel.escalationAnsweredBy(message);
    if (escalation.isEmpty()) {
      return; // moderators talking among themselves
    }
    ModeratorRef by = refFor(message.getFrom());
    String text = message.getText().strip();
    boolean note = text.equals(NOTE_COMMAND) || text.startsWith(NOTE_COMMAND + " ")
        || text.startsWith(NOTE_COMMAND + "@");
    ActionResult result =
        note
            ? desk.note(escalation.get(), by, text.substring(text.indexOf(' ') < 0 ? text.length() : text.indexOf(' ')).strip())
            : desk.relay(escalation.get(), by, text);
    log.info("moderator {} on #{}: {}", note ? "note" : "relay", escalation.get(),
        result.accepted() ? "accepted" : "refused");
    try {
      sender.sendHtml(
          String.valueOf(channel.chatId()),
          Boolean.TRUE.equals(message.getIsTopicMessage()) ? message.getMessageThreadId() : null,
          escape(result.message()),
          null,
          message.getMessageId(),
          true);
    } catch (BotApiException e) {
      log.warn("could not confirm a moderator action: code {}", e.errorCode());
    }
  }

  /** Someone asks to join a group that requires approval: moderators decide. */
  public void onJoinRequest(ChatJoinRequest request) {
    User user = request.getUser();
    String who = "<a href=\"tg://user?id=" + user.getId() + "\">" + escape(displayName(user)) + "</a>";
    String where = escape(request.getChat().getTitle() == null ? String.valueOf(request.getChat().getId())
        : request.getChat().getTitle());
    StringBuilder html = new StringBuilder("📝 ").append(texts.get("join.request", who, where));
    if (request.getBio() != null && !request.getBio().isBlank()) {
      html.append("\n<blockquote>").append(escape(request.getBio())).append("</blockquote>");
    }
    List<Button> buttons =
        List.of(
            new Button(texts.get("moderator.button.approve"),
                ModeratorAction.join(ModeratorAction.Verb.APPROVE_JOIN, request.getChat().getId(), user.getId()).data()),
            new Button(texts.get("moderator.button.decline"),
                ModeratorAction.join(ModeratorAction.Verb.DECLINE_JOIN, request.getChat().getId(), user.getId()).data()));
    try {
      sender.sendHtml(String.valueOf(channel.chatId()), null, html.toString(),
          TelegramSender.row(buttons), null, true);
      log.info("join request posted for moderator approval");
    } catch (BotApiException e) {
      // the request stays pending on Telegram's side; an administrator can still answer it there
      log.warn("could not post a join request to the moderator chat: code {}", e.errorCode());
    }
  }

  private void markDone(Message post, String status, org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup keep) {
    String original = post.getText() == null ? "" : post.getText();
    try {
      sender.edit(String.valueOf(post.getChatId()), post.getMessageId(),
          escape(original) + "\n\n<b>" + escape(status) + "</b>", keep);
    } catch (BotApiException e) {
      log.debug("could not mark a moderator post: code {}", e.errorCode());
    }
  }

  private ModeratorRef refFor(User user) {
    boolean authorized = user != null && roster.isModerator(user.getId());
    return new ModeratorRef(
        Platform.TELEGRAM,
        user == null ? "" : String.valueOf(user.getId()),
        user == null ? "" : displayName(user),
        channel.destination(),
        authorized);
  }

  static String displayName(User user) {
    if (user.getUserName() != null && !user.getUserName().isBlank()) {
      return "@" + user.getUserName();
    }
    String last = user.getLastName() == null ? "" : " " + user.getLastName();
    return user.getFirstName() + last;
  }
}
