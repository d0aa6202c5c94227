package com.otopair.audit;

import com.otopair.audit.domain.AccessLogTable;
import com.otopair.base.AccessReads;
import com.otopair.base.ClientAddress;
import com.otopair.base.CurrentUser;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.Roles;
import com.otopair.base.SignedInUser;
import com.otopair.identity.AccountRules;
import com.otopair.identity.ApiCaller;
import com.otopair.identity.UserContact;
import com.otopair.identity.UserContacts;
import com.otopair.identity.UserProvisioning;
import com.otopair.shops.LiveShops;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The access log: who read whose personal data. A read costs the page one entry in a queue in
 * memory; every second the queue goes to the outbox as one {@link AccessesRead} event (in a
 * transaction of its own, whatever the page's), and the listener writes the batch after that
 * commits, skipping entries already written, so a batch delivered twice records once. A node that
 * dies loses at most the last second's reads; everything handed to the outbox is written.
 */
@Service
public class AccessLog implements AccessReads.Recorder {

  private final AccessLogTable table;
  private final AccessBatches batches;
  private final Clock clock;
  private final UserContacts contacts;
  private final UserProvisioning accounts;
  private final LiveShops shops;

  AccessLog(
      AccessLogTable table,
      AccessBatches batches,
      Clock clock,
      UserContacts contacts,
      UserProvisioning accounts,
      LiveShops shops) {
    this.table = table;
    this.batches = batches;
    this.clock = clock;
    this.contacts = contacts;
    this.accounts = accounts;
    this.shops = shops;
  }

  /**
   * The signed-in user (or API token) read it: queued with the time, the channel and the address of
   * the current request. Nobody signed in reads nobody's data here (signed links are the customer's
   * own), so such a call records nothing.
   */
  @Override
  public void read(
      AccessReads.Subject subject,
      UUID subjectId,
      @Nullable UUID customerId,
      @Nullable UUID shopId) {
    Optional<SignedInUser> reader = CurrentUser.get();
    if (reader.isEmpty()) {
      return;
    }
    Optional<ApiCaller> caller = ApiCaller.current();
    var entry =
        new AccessEntry(
            UUID.randomUUID(),
            clock.instant(),
            reader.get().id(),
            reader.get().role(),
            subject,
            subjectId,
            customerId,
            shopId,
            caller.isPresent() ? AccessChannel.API : AccessChannel.SCREEN,
            caller.map(ApiCaller::hint).orElse(null),
            ClientAddress.current());
    batches.add(entry);
  }

  /** Hands the reads queued on this node to the outbox now (the timer does it every second). */
  public void flush() {
    batches.flush();
  }

  /** Writes a batch once, however often the outbox delivers it and however many runs race. */
  @ApplicationModuleListener
  void on(AccessesRead batch) {
    table.addOnce(batch.entries());
  }

  /**
   * The filters' mistakes, each naming its field ({@code actor}, {@code customer}): text that is
   * neither an email address nor an id, or an email no account has. None when the filter is usable.
   */
  @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
  @Transactional(readOnly = true)
  public List<InvalidRequestException> problems(AccessFilter filter) {
    var problems = new ArrayList<InvalidRequestException>();
    for (var field : List.of("actor", "customer")) {
      try {
        person(field, field.equals("actor") ? filter.actor() : filter.customer());
      } catch (InvalidRequestException problem) {
        problems.add(problem);
      }
    }
    return problems;
  }

  /** Entries matching {@code filter}, newest first; refused when the filter has a mistake. */
  @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
  @Transactional(readOnly = true)
  public Slice<AccessRecord> search(AccessFilter filter, Pageable page) {
    var criteria =
        new AccessLogTable.Criteria(
            person("actor", filter.actor()),
            person("customer", filter.customer()),
            filter.subject(),
            filter.channel(),
            filter.shopId(),
            filter.from() == null ? null : filter.from().atStartOfDay().toInstant(ZoneOffset.UTC),
            filter.to() == null
                ? null
                : filter.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    List<AccessEntry> found = table.find(criteria, page.getOffset(), page.getPageSize() + 1);
    boolean more = found.size() > page.getPageSize();
    List<AccessEntry> shown = more ? found.subList(0, page.getPageSize()) : found;
    Map<UUID, String> emails =
        emails(
            shown.stream()
                .flatMap(e -> Stream.of(e.actorId(), e.customerId()))
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
    Map<UUID, String> shopNames =
        shopNames(shown.stream().map(AccessEntry::shopId).filter(Objects::nonNull).toList());
    return new SliceImpl<>(
        shown.stream().map(e -> record(e, emails, shopNames)).toList(), page, more);
  }

  /** The shops whose members' reads are in the log, by name (an id where the shop isn't live). */
  @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
  @Transactional(readOnly = true)
  public Map<UUID, String> shops() {
    Map<UUID, String> names = shopNames(table.shops());
    return names.entrySet().stream()
        .sorted(Map.Entry.comparingByValue(String.CASE_INSENSITIVE_ORDER))
        .collect(
            Collectors.toMap(
                Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
  }

  /** The user a filter names by email or id; null when blank. */
  private @Nullable UUID person(String field, String typed) {
    String text = typed.strip();
    if (text.isEmpty()) {
      return null;
    }
    if (text.length() == 36) {
      try {
        return UUID.fromString(text);
      } catch (IllegalArgumentException notAnId) {
        // an email, then
      }
    }
    if (text.length() > 254 || AccountRules.emailProblem(text) != null) {
      throw new InvalidRequestException(field, "audit.access.filter.person.invalid");
    }
    return accounts
        .findByEmail(text)
        .orElseThrow(
            () -> new InvalidRequestException(field, "audit.access.filter.person.unknown"));
  }

  private Map<UUID, String> emails(Set<UUID> ids) {
    return contacts.findAll(ids).stream()
        .collect(Collectors.toMap(UserContact::id, UserContact::email, (a, b) -> a));
  }

  private Map<UUID, String> shopNames(Collection<UUID> ids) {
    Map<UUID, String> names = new LinkedHashMap<>();
    Map<UUID, LiveShops.LiveShop> live = shops.of(new HashSet<>(ids));
    for (UUID id : ids) {
      names.put(
          id,
          Optional.ofNullable(live.get(id)).map(LiveShops.LiveShop::name).orElse(id.toString()));
    }
    return names;
  }

  private static AccessRecord record(
      AccessEntry e, Map<UUID, String> emails, Map<UUID, String> shopNames) {
    Function<UUID, String> email = id -> emails.getOrDefault(id, id.toString());
    return new AccessRecord(
        e.id(),
        e.occurredAt(),
        e.actorId(),
        email.apply(e.actorId()),
        e.actorRole(),
        e.subject(),
        e.subjectId(),
        e.customerId(),
        e.customerId() == null ? null : email.apply(e.customerId()),
        e.shopId(),
        e.shopId() == null ? null : shopNames.get(e.shopId()),
        e.channel(),
        e.tokenHint(),
        e.clientAddress());
  }
}
