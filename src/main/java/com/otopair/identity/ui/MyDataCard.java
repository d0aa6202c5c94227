package com.otopair.identity.ui;

import com.otopair.identity.MyData;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;

/**
 * "Download my data": one sentence, one link that streams the signed-in user's data as a single
 * JSON file ({@link MyData}), written as it is read.
 */
class MyDataCard extends Div {

  final Anchor download;

  MyDataCard(MyData data) {
    DownloadHandler handler =
        event -> {
          event.setFileName(data.fileName());
          event.setContentType("application/json;charset=UTF-8"); // i18n: a media type
          data.export(event.getOutputStream());
        };
    download = new Anchor(handler, getTranslation("identity.profile.data.download"));
    download.setId("download-my-data");
    download.addClassName("otopair-button-link");
    setId("my-data");
    add(
        new H2(getTranslation("identity.profile.data.heading")),
        new Paragraph(getTranslation("identity.profile.data.text")),
        download);
    addClassName("otopair-card");
  }
}
