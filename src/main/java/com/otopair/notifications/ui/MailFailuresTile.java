package com.otopair.notifications.ui;

import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.otopair.base.ui.DashboardTile;
import com.otopair.base.ui.Polling;
import com.otopair.base.ui.Tile;
import com.otopair.notifications.MailLog;
import com.vaadin.flow.component.Component;
import java.time.Duration;
import java.util.Optional;

/**
 * The admin's mail failures of the last 7 days: mails that could not leave and still have not,
 * marked for attention when there are any. A failure is written outside any event, so the tile
 * re-reads every 30 seconds while it is shown.
 */
@org.springframework.stereotype.Component
class MailFailuresTile implements DashboardTile {

  static final Duration WITHIN = Duration.ofDays(7);
  static final Duration REFRESH = Duration.ofSeconds(30);

  private final MailLog mails;

  MailFailuresTile(MailLog mails) {
    this.mails = mails;
  }

  @Override
  public int order() {
    return 80;
  }

  @Override
  public Optional<Component> tileFor(Board board) {
    if (board != Board.ADMIN) {
      return Optional.empty();
    }
    var tile = new Tile("tile-mail-failures", I18n.t("notifications.tile.failures.heading"));
    tile.setLink(
        I18n.t("notifications.tile.failures.open"),
        "admin/email-log?status=" + MailLog.Status.FAILED + "&days=" + EmailLogView.DAYS);
    Runnable refresh =
        () -> {
          long failed = mails.failuresWithin(WITHIN);
          tile.setFigure(Formats.current().count(failed));
          tile.setAttention(failed > 0);
          tile.setNote(
              I18n.t(
                  failed > 0
                      ? "notifications.tile.failures.some"
                      : "notifications.tile.failures.none"));
        };
    refresh.run();
    Polling.every(tile, REFRESH, refresh);
    return Optional.of(tile);
  }
}
