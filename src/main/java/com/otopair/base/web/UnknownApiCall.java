package com.otopair.base.web;

import com.otopair.base.NotFoundException;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Any address under the API that no call answers: a 404 problem, not the app's HTML page. */
@Hidden
@PublicApi
@RestController
class UnknownApiCall {

  @RequestMapping(PublicApi.BASE + "/**")
  void unknown() {
    throw new NotFoundException("There is no such API call; the calls are listed at /v3/api-docs");
  }
}
