package com.otopair.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where emailed links point, and how long they work. */
@ConfigurationProperties("otopair.identity")
record IdentitySettings(
    @org.springframework.boot.context.properties.bind.DefaultValue("PT72H")
        Duration verificationValidity,
    @org.springframework.boot.context.properties.bind.DefaultValue("PT1H") Duration resetValidity,
    @org.springframework.boot.context.properties.bind.DefaultValue("PT24H")
        Duration emailChangeValidity) {}
