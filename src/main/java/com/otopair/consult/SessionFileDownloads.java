package com.otopair.consult;

import com.otopair.base.CurrentUser;
import com.otopair.base.FileStore;
import com.otopair.base.SignedInUser;
import com.otopair.consult.domain.ConsultSessionRepository;
import com.otopair.consult.domain.ReportRepository;
import com.otopair.consult.domain.SharedFile;
import com.otopair.consult.domain.SharedFileRepository;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a session's file through its signed link (see SessionFiles): only for the viewer the link
 * was signed for, only before it expires, and only while that viewer still takes part in the
 * session, or reads its summary as the shop's owner or support when the summary attaches the file.
 * Reached by a link rather than a screen, so it checks the link itself instead of carrying method
 * security.
 */
@Service
@Transactional(readOnly = true)
public class SessionFileDownloads {

  /** What opening a link gives. */
  public sealed interface Download {

    /** The file, and for how long the browser may keep it (never longer than the link lives). */
    record Served(byte[] content, String contentType, String name, Duration freshFor)
        implements Download {

      public boolean pdf() {
        return contentType.equals(SessionFileTypes.PDF);
      }
    }

    /** The link was right but its 15 minutes are over. */
    record Expired() implements Download {}

    /** Not this viewer's link, an edited one, or a file this viewer may no longer open. */
    record Refused() implements Download {}
  }

  private final SessionFileLinks links;
  private final SharedFileRepository files;
  private final ConsultSessionRepository sessions;
  private final ReportRepository reports;
  private final SessionAccess access;
  private final FileStore store;

  SessionFileDownloads(
      SessionFileLinks links,
      SharedFileRepository files,
      ConsultSessionRepository sessions,
      ReportRepository reports,
      SessionAccess access,
      FileStore store) {
    this.links = links;
    this.files = files;
    this.sessions = sessions;
    this.reports = reports;
    this.access = access;
    this.store = store;
  }

  public Download open(UUID fileId, long expires, String signature) {
    @Nullable UUID viewer = CurrentUser.get().map(SignedInUser::id).orElse(null);
    switch (links.check(fileId, expires, signature, viewer)) {
      case REFUSED -> {
        return new Download.Refused();
      }
      case EXPIRED -> {
        return new Download.Expired();
      }
      case VALID -> {}
    }
    Optional<SharedFile> found = files.findById(fileId);
    if (found.isEmpty() || viewer == null || !mayOpen(found.get(), viewer)) {
      return new Download.Refused();
    }
    SharedFile file = found.get();
    return store
        .get(file.getFileKey())
        .<Download>map(
            stored ->
                new Download.Served(
                    stored.content(), file.getContentType(), file.getName(), links.left(expires)))
        .orElseGet(Download.Refused::new);
  }

  private boolean mayOpen(SharedFile file, UUID viewer) {
    return sessions
        .findById(file.getSessionId())
        .map(
            s ->
                viewer.equals(s.getCustomerId())
                    || viewer.equals(s.getMechanicId())
                    || (reports.attaches(s.getId(), file.getFileKey()) && access.ownerOrSupport(s)))
        .orElse(false);
  }
}
