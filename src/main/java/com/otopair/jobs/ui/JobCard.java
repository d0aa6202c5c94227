package com.otopair.jobs.ui;

import com.otopair.jobs.JobSummary;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.html.Div;
import java.time.ZoneId;
import java.util.function.Consumer;
import org.jsoup.nodes.Entities;

/**
 * A job's card on the board: its four lines, which open the job, and a Move button for the board's
 * one move menu ({@link JobMoveMenu}), all as the card's markup. The card stays a component, as
 * what is dragged from column to column.
 *
 * <p>Markup, not components: a board holds dozens of cards, and a span, a body or a menu bar
 * component each cost every open board server-side nodes (bench/memory).
 */
class JobCard extends Div {

  /** A click on the card's lines, not on its Move button: the listener's filter. */
  static final String OPENS_THE_JOB =
      "event.target.closest('.otopair-job-card-body') !== null"; // i18n: script

  /**
   * @param owner whether the person runs the shop (only owners cancel jobs)
   * @param onOpen called when the card's lines are clicked
   */
  JobCard(JobSummary job, ZoneId zone, boolean owner, Consumer<JobSummary> onOpen) {
    setId("job-" + job.id());
    addClassName("otopair-job-card");
    String meta =
        JobLabels.mechanic(job)
            + (job.scheduledAt() == null ? "" : " · " + JobLabels.when(job.scheduledAt(), zone));
    var markup =
        new StringBuilder("<div class=\"otopair-job-card-body\">") // i18n: markup
            .append(line("otopair-job-ref", job.reference()))
            .append(line("otopair-job-title", job.title()))
            .append(
                line(
                    "otopair-muted",
                    job.customerName() + (job.vehicle().isEmpty() ? "" : " · " + job.vehicle())))
            .append(line("otopair-muted", meta))
            .append("</div>"); // i18n: markup
    if (JobMoveMenu.offersMoves(job, owner)) {
      markup
          .append(
              "<vaadin-button class=\"otopair-job-move\" theme=\"tertiary small\"") // i18n: markup
          .append(" aria-haspopup=\"menu\" data-move=\"") // i18n: markup
          .append(job.id())
          .append("\" aria-label=\"") // i18n: markup
          .append(Entities.escape(getTranslation("jobs.board.move.label", job.reference())))
          .append("\">")
          .append(Entities.escape(getTranslation("jobs.board.move")))
          .append("</vaadin-button>"); // i18n: markup
    }
    getElement().setProperty("innerHTML", markup.toString());
    getElement().addEventListener("click", e -> onOpen.accept(job)).setFilter(OPENS_THE_JOB);
    if (!job.status().next().isEmpty()) {
      DragSource<Div> drag = DragSource.create(this);
      drag.setDragData(job.id());
    }
  }

  /** A line of text as markup: a span of the class, the text escaped. */
  static String line(String className, String text) {
    return "<span class=\"" + className + "\">" + Entities.escape(text) + "</span>"; // i18n: markup
  }
}
