package com.otopair.consult;

/**
 * How live sessions are paid: the payments module provides this when card payments are on (the
 * price authorized before the session enters the queue, captured when it ends, released when nobody
 * claims it). Without it, sessions are free and their pages say so.
 */
public interface SessionPayments {

  /** Whether sessions asked for now are free. */
  boolean free();
}
