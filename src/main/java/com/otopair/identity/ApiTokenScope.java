package com.otopair.identity;

import com.otopair.base.web.PublicApi;

/**
 * What an API token may call: the booking API ({@link #CUSTOMER}, every token anyone issues) or the
 * operations API under {@value #OPS_PATH} ({@link #OPS}, issued by admins only). A token works only
 * for its own part of the API.
 */
public enum ApiTokenScope {
  CUSTOMER,
  OPS;

  /** Where the operations API lives. */
  public static final String OPS_PATH = PublicApi.BASE + "/ops";

  /** The authority a request carries when an operations token authenticates it. */
  public static final String OPS_AUTHORITY = "SCOPE_OPS";

  /** Whether {@code path} (the request's address within the application) is an operations call. */
  public static boolean isOpsPath(String path) {
    return path.equals(OPS_PATH) || path.startsWith(OPS_PATH + "/");
  }

  /** The scope whose part of the API {@code path} belongs to. */
  public static ApiTokenScope of(String path) {
    return isOpsPath(path) ? OPS : CUSTOMER;
  }
}
