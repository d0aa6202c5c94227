package com.otopair.base;

/**
 * Whether Otopair can hold video calls (a video service is configured). Without it, video services
 * are not offered: the public menus leave them out and the owner's menu says why. The consult
 * module's settings implement it; with no implementation, video is off.
 */
public interface VideoAvailability {

  /** True when video calls can be offered now. */
  boolean available();

  /** No video service: what a module without consult sees. */
  VideoAvailability NONE = () -> false;
}
