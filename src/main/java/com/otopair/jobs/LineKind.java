package com.otopair.jobs;

/** An estimate line is labour (hours × hourly rate) or parts (quantity × unit price). */
public enum LineKind {
  LABOUR,
  PART
}
