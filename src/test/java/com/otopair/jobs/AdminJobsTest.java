package com.otopair.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.booking.BookingFixtures;
import com.otopair.demo.DemoAccounts;
import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The admin Jobs grid's paging: page after page, every job once, in the order asked. */
class AdminJobsTest extends IntegrationTest {

  @Autowired AdminJobs admin;
  @Autowired JobIntake intake;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;

  UUID shopId;

  /** Seven jobs of one shop, all requested, four for Casey and three for Avery. */
  @BeforeEach
  void sevenJobsWithEqualSortKeys() {
    BookingFixtures fixture = BookingFixtures.create(users, shops, membership, schedules);
    shopId = fixture.shop().shopId();
    String email = BookingFixtures.customers(users, 1).getFirst();
    SignIn.as(userDetails, fixture.shop().ownerEmail());
    for (int i = 0; i < 7; i++) {
      intake.open(
          shopId,
          new NewJob(
              JobOrigin.WALK_IN,
              i < 4 ? "Casey" : "Avery",
              email,
              null,
              "2016 Honda Civic",
              "Brake noise " + i,
              ""));
    }
    SignIn.as(userDetails, DemoAccounts.ADMIN.email());
  }

  /** Every page of three, from the first until the grid would stop asking. */
  private List<UUID> walk(Sort sort) {
    AdminJobs.Query ofTheShop = new AdminJobs.Query("", null, shopId, null, null);
    List<UUID> seen = new ArrayList<>();
    Pageable page = PageRequest.of(0, 3, sort);
    while (true) {
      Slice<JobSummary> slice = admin.search(ofTheShop, page);
      slice.forEach(job -> seen.add(job.id()));
      if (!slice.hasNext()) {
        return seen;
      }
      page = page.next();
    }
  }

  private List<UUID> inSql(String orderBy) {
    return jdbc.queryForList(
        "select id from jobs where shop_id = ? order by " + orderBy, UUID.class, shopId);
  }

  @Test
  void walkingThePagesOfEqualSortKeysReturnsEveryJobOnceInTheOrderAsked() {
    assertThat(walk(Sort.by(Sort.Direction.DESC, "customerName")))
        .containsExactlyElementsOf(inSql("customer_name desc, id"))
        .doesNotHaveDuplicates()
        .hasSize(7);
    assertThat(walk(Sort.by("shopName"))).containsExactlyElementsOf(inSql("shop_name, id"));
    assertThat(walk(Sort.by("status"))).containsExactlyElementsOf(inSql("status, id"));
    assertThat(walk(Sort.unsorted())).containsExactlyElementsOf(inSql("created_at desc, id"));
  }
}
