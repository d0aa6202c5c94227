package com.otopair.shops;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.crm.UpsellFixtures;
import com.otopair.support.IntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Live shops' addresses and names, by id; a shop that is not live is left out. */
class LiveShopsTest extends IntegrationTest {

  @Autowired private ApplicationContext beans;
  @Autowired private LiveShops live;
  @Autowired private JdbcTemplate jdbc;

  @Test
  void liveShopsByIdAndNotADeactivatedOne() {
    var fixtures = new UpsellFixtures(beans);
    var open = fixtures.montreal();
    var closed = fixtures.austin();
    jdbc.update(
        "update shops set status = 'DEACTIVATED', deactivation_reason = 'Closed' where id = ?",
        closed.id());

    var found = live.of(List.of(open.id(), closed.id(), UUID.randomUUID()));

    assertThat(found).containsOnlyKeys(open.id());
    assertThat(found.get(open.id()))
        .isEqualTo(new LiveShops.LiveShop(open.id(), open.slug(), open.name()));
    assertThat(live.of(List.of())).isEmpty();
  }
}
