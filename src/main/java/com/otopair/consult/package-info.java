/**
 * Live help: a customer asks a shop for a remote session, the shop's mechanics see it in a live
 * queue and exactly one claims it, then they chat until the session's time is up. Support's watch
 * jobs expire, nudge, alert and complete sessions once each, on whichever node runs them.
 */
@NullMarked
package com.otopair.consult;

import org.jspecify.annotations.NullMarked;
