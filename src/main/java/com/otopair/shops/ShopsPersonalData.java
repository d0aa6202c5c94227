package com.otopair.shops;

import com.otopair.base.PersonalData;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The shops a person works at. A shop owner or mechanic may not delete their account while they are
 * a member of a shop: the shop's bookings, jobs and payouts name them.
 */
@Component
class ShopsPersonalData implements PersonalData {

  private final JdbcClient jdbc;

  ShopsPersonalData(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Map<String, List<Map<String, Object>>> export(UUID userId) {
    return Map.of(
        "shopMemberships",
        jdbc.sql(
                "select m.shop_id, s.name as shop_name, m.role, m.joined_at from shop_members m"
                    + " join shops s on s.id = m.shop_id where m.user_id = ? order by m.joined_at")
            .param(userId)
            .query()
            .listOfRows());
  }

  @Override
  public Optional<String> deletionRefusal(UUID userId) {
    boolean member =
        jdbc.sql("select exists (select 1 from shop_members where user_id = ?)")
            .param(userId)
            .query(Boolean.class)
            .single();
    return member ? Optional.of("shops.personal-data.member") : Optional.empty();
  }

  @Override
  public void erase(UUID userId) {
    // A member is refused before anything is erased; a customer has no rows here.
  }
}
