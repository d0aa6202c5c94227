package com.otopair.identity.security;

import com.otopair.base.PlainText;
import com.otopair.identity.domain.User;
import com.otopair.identity.domain.UserRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads users by email for form login and remember-me. */
@Service
class OtopairUserDetailsService implements UserDetailsService {

  private final UserRepository users;

  OtopairUserDetailsService(UserRepository users) {
    this.users = users;
  }

  @Override
  @Transactional(readOnly = true)
  public UserDetails loadUserByUsername(String email) {
    if (!PlainText.isLine(email)) {
      throw new UsernameNotFoundException("No account"); // no address has a control character
    }
    return users
        .findByEmail(User.normalizeEmail(email))
        .map(OtopairUserDetails::new)
        .orElseThrow(() -> new UsernameNotFoundException("No account"));
  }
}
