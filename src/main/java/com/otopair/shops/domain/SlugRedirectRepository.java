package com.otopair.shops.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SlugRedirectRepository extends JpaRepository<SlugRedirect, String> {}
