package com.otopair.identity;

/** What a person enters to create an account; {@code role} is CUSTOMER or SHOP_OWNER. */
public record SignUp(String name, String email, String password, String role) {

  @Override
  public String toString() {
    return "SignUp[name=" + name + ", email=" + email + ", role=" + role + "]";
  }
}
