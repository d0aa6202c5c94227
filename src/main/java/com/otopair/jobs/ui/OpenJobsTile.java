package com.otopair.jobs.ui;

import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.otopair.base.LiveUpdates;
import com.otopair.base.ui.DashboardTile;
import com.otopair.base.ui.Tile;
import com.otopair.jobs.JobChanged;
import com.otopair.jobs.JobStatus;
import com.otopair.jobs.OwnerJobFigures;
import com.otopair.shops.CurrentShop;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The owner's home: the shop's open jobs, how many stand in each state; moves as jobs move. */
@org.springframework.stereotype.Component
class OpenJobsTile implements DashboardTile {

  private final OwnerJobFigures figures;
  private final CurrentShop current;
  private final LiveUpdates live;

  OpenJobsTile(OwnerJobFigures figures, CurrentShop current, LiveUpdates live) {
    this.figures = figures;
    this.current = current;
    this.live = live;
  }

  @Override
  public int order() {
    return 30;
  }

  @Override
  public Optional<Component> tileFor(Board board) {
    if (board != Board.OWNER) {
      return Optional.empty();
    }
    return current.owned().map(shop -> tile(shop.id()));
  }

  private Tile tile(UUID shopId) {
    var tile = new Tile("tile-open-jobs", I18n.t("jobs.tile.open"));
    Runnable refresh = () -> fill(tile, shopId);
    refresh.run();
    live.refreshOn(tile, JobChanged.class, e -> shopId.equals(e.shopId()), refresh::run);
    tile.setLink(I18n.t("jobs.tile.open.link"), "jobs");
    return tile;
  }

  private void fill(Tile tile, UUID shopId) {
    Map<JobStatus, Long> open = figures.openByStatus(shopId);
    Formats formats = Formats.current();
    long total = open.values().stream().mapToLong(Long::longValue).sum();
    tile.setFigure(formats.count(total));
    if (total == 0) {
      tile.setContent();
      tile.setNote(I18n.t("jobs.tile.open.empty"));
      return;
    }
    var list = new UnorderedList();
    list.addClassNames("otopair-tile-list", "otopair-tile-counts");
    list.setId("open-jobs-by-status");
    open.forEach(
        (status, count) -> {
          var value = new Span(formats.count(count));
          value.addClassName("otopair-tile-count");
          var item = new ListItem(new Span(status.label()), value);
          item.getElement().setAttribute("data-status", status.name());
          list.add(item);
        });
    tile.setContent(list);
    tile.setNote(I18n.t("jobs.tile.open.note"));
  }
}
