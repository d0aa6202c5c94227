package com.otopair.jobs;

import com.otopair.base.CurrentUser;
import com.otopair.base.FileStore;
import com.otopair.base.Images;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.SignedInUser;
import com.otopair.jobs.domain.Job;
import com.otopair.jobs.domain.JobEvent;
import com.otopair.jobs.domain.JobPhoto;
import com.otopair.jobs.domain.JobPhotoRepository;
import java.time.Clock;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Photos of the car, taken by the shop and shown to the customer too. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class JobPhotos {

  /** The most photos one job keeps. */
  public static final int MAX_PHOTOS = 20;

  private final JobPhotoRepository photos;
  private final FileStore files;
  private final JobAccess access;
  private final JobTimeline timeline;
  private final Clock clock;

  JobPhotos(
      JobPhotoRepository photos,
      FileStore files,
      JobAccess access,
      JobTimeline timeline,
      Clock clock) {
    this.photos = photos;
    this.files = files;
    this.access = access;
    this.timeline = timeline;
    this.clock = clock;
  }

  /**
   * Adds a photo of the car (PNG, JPEG or WebP, at most 2 MB) to a job the member works on.
   *
   * @return where it is shown
   */
  public String add(UUID jobId, byte[] image) {
    SignedInUser me = CurrentUser.require();
    Job job = access.ownJob(jobId);
    String type = Images.check(image, "photo");
    if (photos.countByJobId(jobId) >= MAX_PHOTOS) {
      throw new InvalidRequestException(
          "photo", "jobs.photos.too-many", String.valueOf(MAX_PHOTOS));
    }
    String key = files.put("job-photos", image, type);
    photos.save(new JobPhoto(jobId, key, me.displayName(), clock.instant()));
    job.touch(clock.instant());
    timeline.record(
        job,
        JobTimeline.Actor.of(me),
        JobEvent.Kind.PHOTO,
        null,
        null,
        JobTimeline.Note.of("jobs.timeline.photo-added"));
    timeline.flush();
    timeline.changed(job);
    return FileStore.url(key);
  }
}
