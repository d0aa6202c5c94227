package com.otopair.base;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.modulith.events.core.EventSerializer;

/**
 * How the outbox writes events: Spring Modulith's Jackson serializer (which looks the JSON mapper
 * up anew on every call), asked once per event however many listeners it has. Modulith stores one
 * publication per listener and writes the event for each, one after the other on the publishing
 * thread, and {@link OutboxLease} writes it again for each run: the last record written on a thread
 * is kept with its text. Only records are kept (they cannot change after being written); their text
 * is what Modulith itself finds publications by, so it must not depend on when it was written, and
 * it does not.
 */
@Configuration(proxyBeanMethods = false)
class OutboxSerialization {

  @Bean
  @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
  static BeanPostProcessor outboxSerializerOnce() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        return bean instanceof EventSerializer serializer && !(bean instanceof LastWritten)
            ? new LastWritten(serializer)
            : bean;
      }
    };
  }

  /** The delegate's text of an event, kept for the last record written on each thread. */
  static final class LastWritten implements EventSerializer {

    private record Written(Object event, Object text) {}

    private final EventSerializer delegate;
    private final ThreadLocal<@Nullable Written> last = new ThreadLocal<>();

    LastWritten(EventSerializer delegate) {
      this.delegate = delegate;
    }

    @Override
    public Object serialize(Object event) {
      if (!event.getClass().isRecord()) {
        return delegate.serialize(event);
      }
      Written written = last.get();
      if (written != null && written.event() == event) {
        return written.text();
      }
      Object text = delegate.serialize(event);
      last.set(new Written(event, text));
      return text;
    }

    @Override
    public <T> T deserialize(Object serialized, Class<T> type) {
      return delegate.deserialize(serialized, type);
    }
  }
}
