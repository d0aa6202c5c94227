package com.otopair.scheduling.domain;

import com.otopair.scheduling.EndOfDay;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * Stores an end of hours until midnight ({@link EndOfDay}) as {@code time '24:00'}, so the
 * database's checks and exclusion constraints compare it after every other time of the day, and
 * reads it back. The PostgreSQL driver writes and reads {@link LocalTime#MAX} as 24:00 when the
 * column is bound as a {@link LocalTime} ({@code @JdbcType(LocalTimeJdbcType.class)} beside this).
 */
@Converter
public class EndTimeConverter
    implements AttributeConverter<@Nullable LocalTime, @Nullable LocalTime> {

  @Override
  public @Nullable LocalTime convertToDatabaseColumn(@Nullable LocalTime end) {
    return end != null && EndOfDay.is(end) ? LocalTime.MAX : end;
  }

  @Override
  public @Nullable LocalTime convertToEntityAttribute(@Nullable LocalTime stored) {
    return LocalTime.MAX.equals(stored) ? LocalTime.MIDNIGHT : stored;
  }
}
