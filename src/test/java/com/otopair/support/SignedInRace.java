package com.otopair.support;

import com.otopair.base.ConflictException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Races one record against itself: each action runs signed in as its user, on its own thread, all
 * released at the same moment; a {@link ConflictException} is a lost race. Returns, in order, which
 * actions succeeded.
 */
public final class SignedInRace {

  private SignedInRace() {}

  public static List<Boolean> run(
      UserDetailsService userDetails, List<String> emails, List<Runnable> actions)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(actions.size());
    try {
      var start = new CountDownLatch(1);
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < actions.size(); i++) {
        String email = emails.get(i);
        Runnable action = actions.get(i);
        results.add(
            pool.submit(
                () -> {
                  SignIn.as(userDetails, email);
                  start.await();
                  try {
                    action.run();
                    return true;
                  } catch (ConflictException e) {
                    return false;
                  } finally {
                    SecurityContextHolder.clearContext();
                  }
                }));
      }
      start.countDown();
      List<Boolean> outcomes = new ArrayList<>();
      for (Future<Boolean> result : results) {
        outcomes.add(result.get());
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }
}
