package com.otopair.consult;

import com.otopair.base.VideoAvailability;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where LiveKit runs and its API key and secret ({@code OTOPAIR_LIVEKIT_URL}, {@code
 * OTOPAIR_LIVEKIT_API_KEY}, {@code OTOPAIR_LIVEKIT_API_SECRET}). Without all three, video services
 * are not offered. A room's access lasts until {@code grace} after its session's end; a webhook
 * older than {@code webhookTolerance} is refused.
 */
@ConfigurationProperties("otopair.livekit")
public record VideoSettings(
    @Nullable String url,
    @Nullable String apiKey,
    @Nullable String apiSecret,
    @DefaultValue("PT5M") Duration grace,
    @DefaultValue("PT5M") Duration webhookTolerance)
    implements VideoAvailability {

  /** LiveKit's address, key and secret are all set. */
  @Override
  public boolean available() {
    return present(url) && present(apiKey) && present(apiSecret);
  }

  private static boolean present(@Nullable String value) {
    return value != null && !value.isBlank();
  }
}
