package com.otopair.jobs.ui;

import com.otopair.jobs.JobDetails;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.util.List;

/** A job's timeline for the shop, latest first: each step, who took it, when, and why. */
class JobTimelineList extends Div {

  JobTimelineList() {
    setId("job-timeline");
    addClassName("otopair-timeline");
  }

  void show(List<JobDetails.Entry> entries, ZoneId zone) {
    removeAll();
    for (JobDetails.Entry entry : entries.reversed()) {
      String what = JobLabels.step(entry);
      var line = new Div();
      line.addClassName("otopair-timeline-entry");
      var head = new Span((what.isEmpty() ? "" : what + " · ") + entry.actor());
      head.addClassName("otopair-timeline-what");
      var at = new Span(JobLabels.when(entry.at(), zone));
      at.addClassName("otopair-muted");
      line.add(head, at);
      if (!entry.comment().isBlank()) {
        line.add(new Paragraph(entry.comment()));
      }
      add(line);
    }
  }
}
