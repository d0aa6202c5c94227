package com.otopair.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.core.EventSerializer;

/** An event is written once however many listeners it has, and only while it is the same record. */
class OutboxSerializationTest {

  record Happened(UUID id) {}

  static final class Changing {
    String state = "before";
  }

  /** Counts the events it writes. */
  static final class Counting implements EventSerializer {
    final List<Object> written = new ArrayList<>();

    @Override
    public Object serialize(Object event) {
      written.add(event);
      return "text " + written.size() + " of " + event;
    }

    @Override
    public <T> T deserialize(Object serialized, Class<T> type) {
      throw new UnsupportedOperationException();
    }
  }

  @Test
  void oneRecordForFiveListenersIsWrittenOnce() {
    var counting = new Counting();
    var serializer = new OutboxSerialization.LastWritten(counting);
    var event = new Happened(UUID.randomUUID());

    List<Object> texts = new ArrayList<>();
    for (int listener = 0; listener < 5; listener++) {
      texts.add(serializer.serialize(event));
    }

    assertThat(counting.written).hasSize(1);
    assertThat(texts).containsOnly(texts.getFirst());
  }

  @Test
  void anEqualButOtherRecordAndAnyOtherObjectAreWrittenAgain() {
    var counting = new Counting();
    var serializer = new OutboxSerialization.LastWritten(counting);
    UUID id = UUID.randomUUID();

    serializer.serialize(new Happened(id));
    serializer.serialize(new Happened(id));
    var changing = new Changing();
    serializer.serialize(changing);
    changing.state = "after";
    serializer.serialize(changing);

    assertThat(counting.written).hasSize(4);
  }

  @Test
  void eachThreadKeepsItsOwnLastEvent() throws Exception {
    var counting = new Counting();
    var serializer = new OutboxSerialization.LastWritten(counting);
    var event = new Happened(UUID.randomUUID());
    serializer.serialize(event);

    try (var other = Executors.newSingleThreadExecutor()) {
      other.submit(() -> serializer.serialize(event)).get();
    }

    assertThat(counting.written).hasSize(2);
  }
}
