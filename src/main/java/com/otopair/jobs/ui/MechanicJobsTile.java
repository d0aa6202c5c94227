package com.otopair.jobs.ui;

import com.otopair.base.CurrentUser;
import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.otopair.base.LiveUpdates;
import com.otopair.base.ui.DashboardTile;
import com.otopair.base.ui.Tile;
import com.otopair.base.ui.TileList;
import com.otopair.jobs.JobBoard;
import com.otopair.jobs.JobChanged;
import com.otopair.jobs.JobSummary;
import com.otopair.shops.ShopMembership;
import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * On a mechanic's home: their jobs today in the order of their time (in the shop's zone), each with
 * the customer's first name, the vehicle and where it stands. Live on any job of their shops, so a
 * job the owner gives them appears at once.
 */
class MechanicJobsTile extends Tile {

  /** More than this many jobs today show as "and 3 more"; the figure counts them all. */
  static final int SHOWN = 8;

  private final JobBoard jobs;

  MechanicJobsTile(JobBoard jobs, LiveUpdates live, Set<UUID> myShops) {
    super("tile-my-jobs", I18n.t("jobs.tile.today.heading"));
    this.jobs = jobs;
    setLink(getTranslation("jobs.tile.today.open"), "jobs");
    refresh();
    live.refreshOn(this, JobChanged.class, e -> myShops.contains(e.shopId()), this::refresh);
  }

  void refresh() {
    List<JobBoard.DayJob> day = jobs.myDay();
    Formats formats = Formats.current();
    setFigure(formats.count(day.size()));
    if (day.isEmpty()) {
      setContent();
      setNote(getTranslation("jobs.tile.today.empty"));
      return;
    }
    var list = new TileList();
    for (JobBoard.DayJob each : day.stream().limit(SHOWN).toList()) {
      JobSummary job = each.job();
      String vehicle = job.vehicle().isBlank() ? job.title() : job.vehicle();
      list.addItem(
          getTranslation(
              "jobs.tile.today.item",
              formats.time(each.at(), each.zone()),
              firstName(job.customerName()),
              vehicle),
          "jobs/" + job.id(),
          null,
          JobLabels.badge(job.status()));
    }
    if (day.size() > SHOWN) {
      list.addItem(
          getTranslation("jobs.tile.today.more", formats.count(day.size() - SHOWN)), null, null);
    }
    setContent(list);
    long open = day.stream().filter(d -> d.job().status().isOpen()).count();
    setNote(getTranslation("jobs.tile.today.note", formats.count(open), formats.count(day.size())));
  }

  private static String firstName(String name) {
    String trimmed = name.strip();
    int space = trimmed.indexOf(' ');
    return space > 0 ? trimmed.substring(0, space) : trimmed;
  }

  /** Contributes the tile to the mechanic's board, after the online switch. */
  @org.springframework.stereotype.Component
  static class Contribution implements DashboardTile {

    private final JobBoard jobs;
    private final ShopMembership membership;
    private final LiveUpdates live;

    Contribution(JobBoard jobs, ShopMembership membership, LiveUpdates live) {
      this.jobs = jobs;
      this.membership = membership;
      this.live = live;
    }

    @Override
    public int order() {
      return 20;
    }

    @Override
    public Optional<Component> tileFor(Board board) {
      if (board != Board.MECHANIC) {
        return Optional.empty();
      }
      return CurrentUser.get()
          .map(
              user ->
                  new MechanicJobsTile(
                      jobs, live, Set.copyOf(membership.workplaces(user.id()).keySet())));
    }
  }
}
