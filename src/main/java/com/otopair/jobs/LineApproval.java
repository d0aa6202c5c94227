package com.otopair.jobs;

/** The customer's decision on an estimate line; a declined line stays as "recommended later". */
public enum LineApproval {
  PENDING,
  APPROVED,
  DECLINED
}
