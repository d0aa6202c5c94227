package com.otopair.jobs;

import com.otopair.base.LinkSigner;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Signed job links for customers whose job did not come from a booking (walk-ins, phone calls):
 * they follow the job and decide on the estimate from an email without signing in.
 */
@Component
class JobLinks {

  private static final String PURPOSE = "job";

  private final LinkSigner signer;

  JobLinks(LinkSigner signer) {
    this.signer = signer;
  }

  boolean valid(UUID jobId, String token) {
    return signer.valid(PURPOSE, jobId, token);
  }

  /** "job/{id}?token=…", relative to the public address. */
  String path(UUID jobId) {
    return "job/" + jobId + "?token=" + signer.token(PURPOSE, jobId);
  }
}
