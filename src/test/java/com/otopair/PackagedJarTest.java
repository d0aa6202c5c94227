package com.otopair;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PackagedJarTest {

  @Test
  void aDevelopmentJarWithoutTheDevelopmentServerIsToldHowToBuildOneThatRuns() {
    assertThat(PackagedJar.problem(true, false, "{\"productionMode\": false}"))
        .isEqualTo(PackagedJar.MESSAGE);
    assertThat(PackagedJar.problem(true, false, null)).isEqualTo(PackagedJar.MESSAGE);
  }

  @Test
  void aProductionJarTheDevelopmentServerOrClassesOnDiskStartAsUsual() {
    assertThat(PackagedJar.problem(true, false, "{\n  \"productionMode\" : true\n}")).isNull();
    assertThat(PackagedJar.problem(true, true, null)).isNull();
    assertThat(PackagedJar.problem(false, false, null)).isNull();
  }
}
