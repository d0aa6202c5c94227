package com.otopair.crm;

import com.otopair.shops.OfferingCategory;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One recommendation made from the customer's data: one sentence ({@code textKey} of the crm bundle
 * with {@code textArgs}) and one call to action ({@code actionKey}, {@code actionArgs}) that opens
 * {@code target}, a path of the app ("book/garage-du-plateau?service=..."). {@code subject} names
 * what it is about (this declined line, this vehicle's oil change due since this day, this
 * session), so "Not now" hides that subject only. A booking at {@code shopId} (of {@code category}
 * when set) after a click counts as bought.
 */
public record Upsell(
    UpsellKind kind,
    String subject,
    UUID shopId,
    @Nullable UUID vehicleId,
    @Nullable OfferingCategory category,
    String target,
    String textKey,
    List<String> textArgs,
    String actionKey,
    List<String> actionArgs) {

  public Upsell {
    textArgs = List.copyOf(textArgs);
    actionArgs = List.copyOf(actionArgs);
  }
}
