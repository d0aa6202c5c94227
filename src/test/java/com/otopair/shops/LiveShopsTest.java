package com.otopair.shops;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.crm.UpsellFixtures;
import com.otopair.support.IntegrationTest;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Live shops' addresses, names and zones, by id or by slug (an old slug leads to the shop); a shop
 * that is not live is left out.
 */
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
        .isEqualTo(new LiveShops.LiveShop(open.id(), open.slug(), open.name(), zoneOf(open.id())));
    assertThat(live.of(List.of())).isEmpty();
  }

  @Test
  void aLiveShopBySlugOrAnOldSlugAndNeverOneThatIsNotLive() {
    var fixtures = new UpsellFixtures(beans);
    var open = fixtures.montreal();
    var closed = fixtures.austin();
    String old = "old-" + open.slug();
    jdbc.update("insert into shop_slug_redirects (slug, shop_id) values (?, ?)", old, open.id());
    jdbc.update(
        "update shops set status = 'DEACTIVATED', deactivation_reason = 'Closed' where id = ?",
        closed.id());

    var expected = new LiveShops.LiveShop(open.id(), open.slug(), open.name(), zoneOf(open.id()));
    assertThat(live.find(open.slug())).contains(expected);
    assertThat(live.find(old)).contains(expected);
    assertThat(live.find(closed.slug())).isEmpty();
    assertThat(live.find("no-such-shop")).isEmpty();
    assertThat(live.find(open.slug() + "\u0000")).isEmpty();
  }

  private ZoneId zoneOf(UUID shopId) {
    return ZoneId.of(
        jdbc.queryForObject("select time_zone from shops where id = ?", String.class, shopId));
  }
}
