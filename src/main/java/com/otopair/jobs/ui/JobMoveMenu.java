package com.otopair.jobs.ui;

import com.otopair.jobs.JobStatus;
import com.otopair.jobs.JobSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The job board's one "Move" menu, opened by any card's Move button: its items are that card's next
 * statuses, built as it opens. A menu bar on every card was the largest part of an open board on
 * the server (bench/memory); the cards now carry a plain button that names their job.
 */
class JobMoveMenu extends ContextMenu {

  /**
   * On the board: only a click on a Move button opens the menu (other clicks go on as before), and
   * the menu is told which job's button it was.
   */
  static final String ON_MOVE_BUTTONS =
      "this.preventContextMenu = e => !e.target.closest('[data-move]');" // i18n: script
          + " this.getContextMenuBeforeOpenDetail = e =>" // i18n: script
          + " ({job: e.target.closest('[data-move]')?.dataset.move ?? ''})"; // i18n: script

  private final Function<UUID, Optional<JobSummary>> shown;
  private final boolean owner;
  private final BiConsumer<UUID, JobStatus> move;

  /**
   * @param board the element whose Move buttons open the menu
   * @param shown the card shown for a job, if any
   * @param owner whether the person may cancel jobs
   * @param move called with the job and the status picked
   */
  JobMoveMenu(
      Component board,
      Function<UUID, Optional<JobSummary>> shown,
      boolean owner,
      BiConsumer<UUID, JobStatus> move) {
    this.shown = shown;
    this.owner = owner;
    this.move = move;
    setTarget(board);
    setOpenOnClick(true);
    board.getElement().executeJs(ON_MOVE_BUTTONS);
  }

  /** Opens only on a Move button of a shown card, with that job's moves. */
  @Override
  protected boolean onBeforeOpenMenu(ObjectNode detail) {
    JsonNode sent = detail.get("job");
    Optional<JobSummary> job = Optional.empty();
    if (sent != null && sent.isString()) {
      try {
        job = shown.apply(UUID.fromString(sent.asString()));
      } catch (IllegalArgumentException notAnId) {
        job = Optional.empty();
      }
    }
    removeAll();
    job.ifPresent(this::prepare);
    return !getItems().isEmpty();
  }

  /** The moves a job's card offers: its next statuses, cancelling only for the shop's owner. */
  static boolean offersMoves(JobSummary job, boolean owner) {
    return job.status().next().stream().anyMatch(next -> next != JobStatus.CANCELLED || owner);
  }

  private void prepare(JobSummary job) {
    for (JobStatus next : job.status().next()) {
      if (next != JobStatus.CANCELLED || owner) {
        addItem(next.actionFrom(job.status()), e -> move.accept(job.id(), next));
      }
    }
  }
}
