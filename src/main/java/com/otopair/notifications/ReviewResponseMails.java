package com.otopair.notifications;

import com.otopair.base.PublicLinks;
import com.otopair.identity.UserContact;
import com.otopair.identity.UserContacts;
import com.otopair.notifications.Inbox.Words;
import com.otopair.reviews.ReviewAnswered;
import com.otopair.reviews.ReviewModerated;
import com.otopair.shops.ShopMembership;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a review's author that the shop answered it (a mail and a line in the bell, linking to the
 * shop's page where the answer shows), and tells the author and the shop's owners that an admin hid
 * it, with the reason (a mail and the bell), or restored it (the bell). Through the outbox; once
 * per fact however often it runs: a first answer, a hiding or a restoring at its time.
 */
@Component
class ReviewResponseMails {

  private final UserContacts contacts;
  private final ShopMembership shops;
  private final Inbox inbox;
  private final MailTemplates templates;
  private final MailTransport transport;
  private final PublicLinks links;

  ReviewResponseMails(
      UserContacts contacts,
      ShopMembership shops,
      Inbox inbox,
      MailTemplates templates,
      MailTransport transport,
      PublicLinks links) {
    this.contacts = contacts;
    this.shops = shops;
    this.inbox = inbox;
    this.templates = templates;
    this.transport = transport;
    this.links = links;
  }

  @ApplicationModuleListener
  void on(ReviewAnswered answered) {
    if (answered.edited()) {
      return; // the author was told of the answer; an edit of it is no news
    }
    var ref = shops.ref(answered.shopId());
    String path = "shops/" + ref.slug();
    String fact = "review-answered:" + answered.reviewId();
    contacts
        .find(answered.customerId())
        .ifPresent(
            author -> {
              send(
                  author,
                  "review-answered",
                  Map.of("shop", ref.name(), "service", answered.serviceName(), "link", path),
                  answered.shopId(),
                  fact);
              inbox.notify(
                  author.id(),
                  "REVIEW_ANSWERED",
                  () ->
                      Words.of(
                          "notifications.inbox.review-answered.title",
                          new Object[] {ref.name()},
                          "notifications.inbox.review-answered.body",
                          ref.name(),
                          answered.serviceName()),
                  path,
                  fact);
            });
  }

  @ApplicationModuleListener
  void on(ReviewModerated moderated) {
    if (!moderated.hidden() && !moderated.restored()) {
      return;
    }
    // A review hidden, restored and hidden again is told of each time, by the moment it was.
    String fact =
        "review-"
            + (moderated.hidden() ? "hidden" : "restored")
            + ":"
            + moderated.reviewId()
            + ":"
            + moderated.occurredAt().truncatedTo(ChronoUnit.MILLIS);
    var ref = shops.ref(moderated.shopId());
    String shopPath = "shops/" + ref.slug();
    contacts
        .find(moderated.customerId())
        .ifPresent(author -> tell(moderated, author, false, "bookings", fact));
    for (UUID owner : shops.ownersOf(moderated.shopId())) {
      contacts.find(owner).ifPresent(o -> tell(moderated, o, true, shopPath, fact));
    }
  }

  /** Tells the author ({@code shop} false) or a shop owner of a hidden or restored review. */
  private void tell(
      ReviewModerated moderated, UserContact to, boolean shop, String path, String fact) {
    String who = shop ? "shop" : "author";
    if (moderated.hidden()) {
      send(
          to,
          shop ? "review-hidden-shop" : "review-hidden",
          Map.of(
              "shop", moderated.shopName(),
              "service", moderated.serviceName(),
              "customer", moderated.authorName(),
              "reason", String.valueOf(moderated.reason()),
              "link", path),
          moderated.shopId(),
          fact);
    }
    String event = moderated.hidden() ? "hidden" : "restored";
    inbox.notify(
        to.id(),
        moderated.hidden() ? "REVIEW_HIDDEN" : "REVIEW_RESTORED",
        () ->
            Words.of(
                "notifications.inbox.review-" + event + "." + who + ".title",
                new Object[] {},
                "notifications.inbox.review-" + event + "." + who + ".body",
                moderated.shopName(),
                moderated.authorName(),
                moderated.reason() == null ? "" : moderated.reason()),
        path,
        fact + ":" + who);
  }

  private void send(
      UserContact to, String template, Map<String, String> given, UUID shopId, String fact) {
    transport.send(
        templates
            .in(
                to.email(),
                () -> {
                  Map<String, Object> values = new HashMap<>(given);
                  values.put("name", MailTemplates.firstName(to.name()));
                  values.put("link", links.to(given.get("link")));
                  return templates.render(
                      template, to.email(), MailCatalog.subject(template, values), values, shopId);
                })
            .about(fact));
  }
}
