package com.otopair.consult.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import java.util.Map;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The camera and microphone check of a video session's waiting room, all in the browser: a preview
 * of the camera, the microphone's level, the devices to pick from, and one clear sentence when the
 * browser refuses them or finds none. See {@code frontend/video/otopair-device-check.js}.
 */
@Tag("otopair-device-check")
@JsModule("./video/otopair-device-check.js")
@CssImport("./video/otopair-video.css")
class DeviceCheck extends Component {

  DeviceCheck() {
    setId("device-check-panel");
    ObjectNode words = JsonNodeFactory.instance.objectNode();
    Map.of(
            "start", "consult.video.check.start",
            "stop", "consult.video.check.stop",
            "camera", "consult.video.check.camera",
            "microphone", "consult.video.check.microphone",
            "level", "consult.video.check.level",
            "ready", "consult.video.check.ready",
            "denied", "consult.video.check.denied",
            "none", "consult.video.check.none",
            "busy", "consult.video.check.busy",
            "failed", "consult.video.check.failed")
        .forEach((name, key) -> words.put(name, getTranslation(key)));
    getElement().setPropertyJson("labels", words);
  }
}
