package com.otopair.identity.web;

import com.otopair.base.web.PublicApi;
import com.otopair.identity.MyData;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The token holder's own data, the same document as the profile's download. */
@PublicApi
@RestController
@RequestMapping(PublicApi.BASE)
class MyDataApiController {

  private final MyData myData;

  MyDataApiController(MyData myData) {
    this.myData = myData;
  }

  @Tag(name = "Account")
  @SecurityRequirement(name = "bearer")
  @Operation(
      summary = "Download your data",
      description =
          """
          Everything Otopair holds about you as one JSON document: account, vehicles, bookings, \
          sessions, reviews, payments. Times are ISO-8601 instants; money is minor units beside \
          its currency. Audited.""")
  @GetMapping(value = "/me/export", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> export() {
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(myData.fileName()).build().toString())
        .body(myData.document());
  }
}
