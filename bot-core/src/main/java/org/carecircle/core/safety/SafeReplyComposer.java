package org.carecircle.core.safety;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.carecircle.core.message.Audience;
import org.carecircle.core.message.Reply;
import org.carecircle.core.message.Response;
import org.carecircle.kb.CrisisResource;
import org.carecircle.kb.KnowledgeBase;

/**
 * Writes the safe reply for a raised level: contacts for the person's region first (the global
 * entries when the region has none), then one or two concrete steps, and that a moderator has been
 * told. In a group it answers publicly with a brief pointer that repeats nothing of the person's
 * message, and privately with the full reply. All text comes from {@code messages/safety.properties}.
 * Immutable and thread-safe.
 */
public final class SafeReplyComposer {
  private static final String BUNDLE = "messages.safety";

  private final KnowledgeBase knowledgeBase;
  private final String communityName;
  private final ResourceBundle messages;

  public SafeReplyComposer(KnowledgeBase knowledgeBase, String communityName) {
    this(knowledgeBase, communityName, Locale.ENGLISH);
  }

  public SafeReplyComposer(KnowledgeBase knowledgeBase, String communityName, Locale locale) {
    this.knowledgeBase = knowledgeBase;
    this.communityName =
        communityName == null || communityName.isBlank() ? "the community" : communityName.strip();
    this.messages = ResourceBundle.getBundle(BUNDLE, locale);
  }

  /**
   * The replies for one assessed message.
   *
   * @param region the person's ISO 3166 code (e.g. {@code US}); unknown codes get the global lines
   * @param groupConversation true when the message was written in a group or channel
   * @return silent when nothing was raised
   */
  public Response compose(SafetyAssessment assessment, String region, boolean groupConversation) {
    SafetyLevel level = assessment.level();
    if (!level.isRaised()) {
      return Response.silent();
    }
    List<CrisisResource> contacts = contactsFor(level, region);
    Reply full = fullReply(level, assessment.aboutSomeoneElse(), contacts);
    if (!groupConversation) {
      return Response.of(full);
    }
    return Response.of(publicPointer(level, contacts), full.privately());
  }

  private Reply fullReply(SafetyLevel level, boolean someoneElse, List<CrisisResource> contacts) {
    String kind = level.resourceKind();
    String who = someoneElse ? "other" : "self";
    StringBuilder text = new StringBuilder();
    text.append(message(kind + "." + who + ".opening")).append("\n");
    for (CrisisResource contact : contacts) {
      text.append("- ").append(contactLine(contact)).append("\n");
    }
    if (level != SafetyLevel.DISTRESS && contacts.stream().noneMatch(this::isEmergencyLine)) {
      text.append("- ").append(message("emergency.fallback")).append("\n");
    }
    text.append("\n").append(message(kind + "." + who + ".steps")).append("\n\n");
    text.append(message("moderator.told").replace("{community}", communityName));
    // Each contact is shown once, in its line above (with its link there): a separate sources
    // list would repeat every name.
    return new Reply(text.toString(), List.of(), "", List.of(), Audience.SAME_CONVERSATION);
  }

  private Reply publicPointer(SafetyLevel level, List<CrisisResource> contacts) {
    String firstContact =
        contacts.isEmpty() ? message("emergency.fallback") : contactLine(contacts.get(0));
    String text =
        message("group.pointer." + level.resourceKind()).replace("{contact}", firstContact)
            + " "
            + message("group.pointer.moderator").replace("{community}", communityName);
    return new Reply(text, List.of(), "", List.of(), Audience.SAME_CONVERSATION);
  }

  private List<CrisisResource> contactsFor(SafetyLevel level, String region) {
    List<CrisisResource> found = knowledgeBase.crisisResourcesFor(region, level.resourceKind());
    if (found.isEmpty() && level == SafetyLevel.DISTRESS) {
      // Nobody listed for distress: the crisis lines also listen to people who are struggling.
      found = knowledgeBase.crisisResourcesFor(region, SafetyLevel.CRISIS.resourceKind());
    }
    return found;
  }

  private boolean isEmergencyLine(CrisisResource resource) {
    String text = (resource.name() + " " + resource.contact()).toLowerCase(Locale.ROOT);
    return text.contains("emergency") || text.matches(".*\\b(911|999|112|000|111)\\b.*");
  }

  private static String contactLine(CrisisResource contact) {
    String line = "**" + contact.name() + "**: " + contact.contact();
    String url = contact.url();
    if (url != null && url.startsWith("https://") && !mentions(contact.contact(), url)) {
      line += " (" + url + ")";
    }
    return line;
  }

  /** True when the contact text already names the link's site ("chat at 988lifeline.org"). */
  private static boolean mentions(String contact, String url) {
    String host = url.substring("https://".length()).replaceFirst("/.*$", "")
        .replaceFirst("^www\\.", "").toLowerCase(Locale.ROOT);
    return contact != null && contact.toLowerCase(Locale.ROOT).contains(host);
  }

  private String message(String key) {
    return messages.getString(key);
  }
}
