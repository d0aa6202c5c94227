package com.otopair.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.support.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventSerializer;

/** The outbox's serializer is Modulith's, asked once per event, and still writes and reads it. */
class OutboxSerializerBeanTest extends IntegrationTest {

  record Noted(UUID id, String what) {}

  @Autowired EventSerializer serializer;

  @Test
  void theOutboxWritesEachEventOnceAndReadsItBack() {
    assertThat(serializer).isInstanceOf(OutboxSerialization.LastWritten.class);
    var event = new Noted(UUID.randomUUID(), "oil change");

    Object text = serializer.serialize(event);

    assertThat(serializer.serialize(event)).isSameAs(text);
    assertThat(serializer.deserialize(text, Noted.class)).isEqualTo(event);
    assertThat(serializer.serialize(new Noted(event.id(), event.what()))).isEqualTo(text);
  }
}
