package com.otopair.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where emailed links point, and how long they work. */
@ConfigurationProperties("otopair.identity")
record IdentitySettings(
    @DefaultValue("PT72H") Duration verificationValidity,
    @DefaultValue("PT1H") Duration resetValidity,
    @DefaultValue("PT24H") Duration emailChangeValidity) {}
