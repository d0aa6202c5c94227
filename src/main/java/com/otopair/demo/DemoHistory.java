package com.otopair.demo;

import com.otopair.identity.UserProvisioning;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Six months of the live shops' past, so every chart has a story: visits each week at each shop
 * ({@link DemoVisitHistory}), each done one with its job, estimate and payment, many reviewed
 * ({@link DemoPastWork}); the live-help journeys their customers went through ({@link
 * DemoLiveHelpHistory}); and the bookings made over the last days for the visits to come ({@link
 * DemoUpcoming}). Written through the modules' provisioning, at the times it happened, so what they
 * derive from their events (the CRM's journeys, the ratings) follows as in real use. A fixed draw:
 * every start tells the same story relative to today.
 */
@Component
class DemoHistory {

  private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

  /** How far back the history goes. */
  static final int WEEKS = 26;

  private final DemoVisitHistory visits;
  private final DemoLiveHelpHistory liveHelp;
  private final DemoPastWork work;
  private final DemoUpcoming upcoming;
  private final UserProvisioning users;
  private final Clock clock;

  DemoHistory(
      DemoVisitHistory visits,
      DemoLiveHelpHistory liveHelp,
      DemoPastWork work,
      DemoUpcoming upcoming,
      UserProvisioning users,
      Clock clock) {
    this.visits = visits;
    this.liveHelp = liveHelp;
    this.work = work;
    this.upcoming = upcoming;
    this.users = users;
    this.clock = clock;
  }

  /**
   * The history of the {@code liveShops} (in {@link DemoShops}' order) with the generated {@code
   * customerEmails}: Montreal's regulars at the first two, Austin's at the third; Emma, Camille and
   * Julien each had a couple of quiet visits (no estimate left open, no review) so their homes show
   * a past without changing what waits for them.
   */
  void load(List<UUID> liveShops, List<String> customerEmails) {
    var draw = new Random(202606);
    var customers =
        new DemoRegulars(
            customerEmails.stream().map(email -> users.findByEmail(email).orElseThrow()).toList(),
            clock.instant(),
            WEEKS * 7 + 3);
    var diary = new DemoDiary();
    List<DemoVisitPlan> plans = new ArrayList<>();
    for (int s = 0; s < liveShops.size() && s < DemoVisitHistory.WEEKLY.length; s++) {
      UUID shop = liveShops.get(s);
      plans.addAll(liveHelp.sessions(draw, s, shop, customers, diary));
      plans.addAll(visits.weeks(draw, s, shop, customers, diary));
    }
    plans.addAll(visits.quiet(liveShops, diary));
    plans.sort(Comparator.comparing(DemoVisitPlan::bookedAt));
    work.write(draw, liveShops, plans);
    int made = upcoming.load(liveShops, customers);
    log.info(
        "History written: {} past visits planned, {} bookings made lately", plans.size(), made);
  }
}
