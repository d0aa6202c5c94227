package com.otopair.jobs.ui;

import com.otopair.base.ui.GridColumns;
import com.otopair.jobs.JobSummary;
import com.vaadin.flow.component.grid.Grid;
import java.time.ZoneId;
import java.util.function.Consumer;

/**
 * The job board's list mode: one row each, a click opens the job; cards on a phone. Built only
 * while the list shows (see {@link JobBoardView#list}).
 */
class JobListGrid extends Grid<JobSummary> {

  JobListGrid(ZoneId zone, Consumer<JobSummary> open) {
    addColumn(JobSummary::reference)
        .setHeader(getTranslation("jobs.list.job"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    addColumn(JobSummary::title).setHeader(getTranslation("jobs.list.title")).setFlexGrow(2);
    addColumn(JobSummary::customerName).setHeader(getTranslation("jobs.list.customer"));
    var vehicle = addColumn(JobSummary::vehicle).setHeader(getTranslation("jobs.list.vehicle"));
    var assignee = addColumn(JobLabels::mechanic).setHeader(getTranslation("jobs.list.mechanic"));
    addComponentColumn(j -> JobLabels.badge(j.status()))
        .setHeader(getTranslation("jobs.list.status"))
        .setAutoWidth(true);
    addColumn(j -> JobLabels.when(j.scheduledAt() != null ? j.scheduledAt() : j.createdAt(), zone))
        .setHeader(getTranslation("jobs.list.when"))
        .setAutoWidth(true);
    GridColumns.of(this)
        .hideBelow(1100, vehicle, assignee)
        .cardsBelow(
            640,
            j ->
                JobLabels.card(
                    j,
                    JobLabels.mechanic(j)
                        + " · "
                        + JobLabels.when(
                            j.scheduledAt() != null ? j.scheduledAt() : j.createdAt(), zone)));
    addItemClickListener(e -> open.accept(e.getItem()));
    setEmptyStateText(getTranslation("jobs.list.empty"));
    setAllRowsVisible(true);
  }
}
