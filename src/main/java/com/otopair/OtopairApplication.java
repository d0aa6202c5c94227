package com.otopair;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Otopair: the platform for car repair. */
@Modulithic(sharedModules = "base")
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
@EnableScheduling
public class OtopairApplication {

  public static void main(String[] args) {
    String problem = PackagedJar.problem();
    if (problem != null) {
      // One clear line instead of Vaadin's stack trace about a missing development server.
      System.err.println(problem);
      System.exit(1);
    }
    SpringApplication.run(OtopairApplication.class, args);
  }
}
