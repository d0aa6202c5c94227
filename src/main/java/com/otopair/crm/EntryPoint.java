package com.otopair.crm;

/** Where a customer's journey came in. */
public enum EntryPoint {
  TALK_NOW,
  SHOP_PAGE,
  FIND,
  UPSELL,
  FOLLOW_UP,
  PHONE,
  OTHER
}
