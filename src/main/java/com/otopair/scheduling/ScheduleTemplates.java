package com.otopair.scheduling;

import com.otopair.base.InvalidRequestException;
import com.otopair.base.PlainText;
import com.otopair.scheduling.domain.ScheduleTemplateEntity;
import com.otopair.scheduling.domain.ScheduleTemplateRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Named weeks an owner saves once and gives to mechanics over a range of days. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ScheduleTemplates {

  private final ScheduleTemplateRepository templates;
  private final WeeklyHours weeks;
  private final ScheduleAccess access;
  private final Clock clock;

  ScheduleTemplates(
      ScheduleTemplateRepository templates, WeeklyHours weeks, ScheduleAccess access, Clock clock) {
    this.templates = templates;
    this.weeks = weeks;
    this.access = access;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<ScheduleTemplate> templates(UUID shopId) {
    access.requireOwner(shopId);
    return templates.findByShopIdOrderByNameAsc(shopId).stream()
        .map(ScheduleMapping::template)
        .toList();
  }

  /** Saves a week under a name the shop hasn't used yet. */
  public ScheduleTemplate saveTemplate(UUID shopId, String name, List<WindowHours> week) {
    access.requireOwner(shopId);
    PlainText.requireLine("name", name);
    String trimmed = name.strip();
    if (trimmed.isEmpty()) {
      throw new InvalidRequestException("name", "scheduling.template.name.required");
    }
    if (trimmed.length() > 60) {
      throw new InvalidRequestException("name", "scheduling.template.name.too-long");
    }
    if (week.isEmpty()) {
      throw new InvalidRequestException("scheduling.template.empty");
    }
    if (templates.existsByShopIdAndNameIgnoreCase(shopId, trimmed)) {
      throw new InvalidRequestException("name", "scheduling.template.name.taken", trimmed);
    }
    WeeklyHours.validateWeek(week);
    var entity =
        new ScheduleTemplateEntity(
            shopId,
            trimmed,
            clock.instant(),
            week.stream()
                .map(
                    w ->
                        new ScheduleTemplateEntity.Window(
                            w.day(), w.start(), w.end(), w.multiplier()))
                .toList());
    templates.save(entity);
    return ScheduleMapping.template(entity);
  }

  /** Applies a template to mechanics from {@code from} to {@code to} (open-ended when null). */
  public void applyTemplate(
      UUID templateId, List<UUID> mechanicIds, LocalDate from, @Nullable LocalDate to) {
    ScheduleTemplateEntity entity = owned(templateId);
    weeks.applyWeek(
        entity.getShopId(), ScheduleMapping.template(entity).windows(), mechanicIds, from, to);
  }

  public void deleteTemplate(UUID templateId) {
    templates.delete(owned(templateId));
  }

  private ScheduleTemplateEntity owned(UUID templateId) {
    ScheduleTemplateEntity entity =
        templates
            .findById(templateId)
            .orElseThrow(() -> new InvalidRequestException("scheduling.template.gone"));
    access.requireOwner(entity.getShopId());
    return entity;
  }
}
