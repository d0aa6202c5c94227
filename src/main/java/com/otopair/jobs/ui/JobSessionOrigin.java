package com.otopair.jobs.ui;

import com.otopair.base.Formats;
import com.otopair.jobs.JobDetails;
import com.vaadin.flow.component.html.Anchor;
import java.time.ZoneId;

/** "From remote session Dec 5, 2026 with Béa Roy": a link to the summary a job started from. */
class JobSessionOrigin extends Anchor {

  JobSessionOrigin(JobDetails.FromSession from, ZoneId zone) {
    setHref(from.summaryPath());
    setText(
        getTranslation(
            "jobs.job.from-session", Formats.current().date(from.at(), zone), from.mechanicName()));
    setId("job-from-session");
  }
}
