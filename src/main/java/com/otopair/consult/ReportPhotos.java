package com.otopair.consult;

import com.otopair.base.FileStore;
import com.otopair.consult.domain.SessionPhotoRepository;
import com.otopair.consult.domain.SharedFileRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The photos of a session a summary may attach, each with an address for one viewer: the customer's
 * intake photos (kept at their public address) and the images shared in its chat (kept private, so
 * each gets a link signed for that viewer, expiring like every file link).
 */
@Component
class ReportPhotos {

  private final SessionPhotoRepository intake;
  private final SharedFileRepository shared;
  private final SessionFileLinks links;

  ReportPhotos(SessionPhotoRepository intake, SharedFileRepository shared, SessionFileLinks links) {
    this.intake = intake;
    this.shared = shared;
    this.links = links;
  }

  /** Every photo of the session, intake first, then the chat's images in the order shared. */
  List<ReportPhoto> of(UUID sessionId, UUID viewer) {
    var all = new ArrayList<ReportPhoto>();
    intake.findBySessionIdOrderByPosition(sessionId).stream()
        .map(p -> new ReportPhoto(p.getFileKey(), FileStore.url(p.getFileKey())))
        .forEach(all::add);
    shared
        .findBySessionIdAndContentTypeInOrderBySharedAtAscIdAsc(sessionId, SessionFileTypes.SHOWN)
        .stream()
        .map(f -> new ReportPhoto(f.getFileKey(), links.url(f.getId(), viewer)))
        .forEach(all::add);
    return List.copyOf(all);
  }

  /** The attached photos ({@code keys}, in their order) with addresses for {@code viewer}. */
  List<ReportPhoto> attached(UUID sessionId, List<String> keys, UUID viewer) {
    Map<String, ReportPhoto> byKey =
        of(sessionId, viewer).stream()
            .collect(Collectors.toMap(ReportPhoto::key, Function.identity(), (a, b) -> a));
    return keys.stream().filter(byKey::containsKey).map(byKey::get).toList();
  }
}
