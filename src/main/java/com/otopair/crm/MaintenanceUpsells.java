package com.otopair.crm;

import com.otopair.shops.OfferingCategory;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Maintenance a customer's vehicles are due for, by the rule table ({@code
 * upsell_maintenance_rules}: oil, brakes, filters, inspections, tyres by season), decided by {@link
 * MaintenanceSchedule} from the vehicle's age and its last service of the rule's category.
 */
@Component
class MaintenanceUpsells {

  private final JdbcClient jdbc;

  MaintenanceUpsells(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The rule table, in its order. */
  List<MaintenanceRule> rules() {
    return jdbc.sql(
            """
            select code, category, interval_months, min_vehicle_age_years, country,
                   season_from_month, season_from_day, season_until_month, season_until_day
            from upsell_maintenance_rules order by position
            """)
        .query(
            (rs, n) ->
                new MaintenanceRule(
                    rs.getString("code"),
                    OfferingCategory.valueOf(rs.getString("category")),
                    (Integer) rs.getObject("interval_months"),
                    rs.getInt("min_vehicle_age_years"),
                    rs.getString("country"),
                    monthDay(rs, "season_from"),
                    monthDay(rs, "season_until")))
        .list();
  }

  /** One row per (vehicle, rule): the vehicle's shop, its last service and the shop's service. */
  private record MaintenanceRow(
      UUID vehicleId,
      String vehicle,
      int year,
      UUID shopId,
      String slug,
      String shopName,
      String country,
      ZoneId zone,
      String code,
      @Nullable Instant lastService,
      @Nullable UUID offeringId) {}

  /**
   * Services the customer's vehicles are due for, by the rule table, at the shop of each vehicle's
   * latest booking (cancelled ones too: it is still their shop), on that shop's calendar (its zone,
   * its country's seasons).
   */
  List<Upsell> due(UUID customerId, Instant now) {
    List<MaintenanceRule> rules = rules();
    List<MaintenanceRow> rows =
        jdbc.sql(
                """
                with vehicle_shop as (
                    select distinct on (v.id) v.id as vehicle_id, v.year, v.make, v.model,
                           b.shop_id
                    from vehicles v
                    join bookings b on b.vehicle_id = v.id and b.customer_id = v.customer_id
                        and b.status not in ('HELD', 'EXPIRED')
                    where v.customer_id = :customer
                    order by v.id, b.starts_at desc
                )
                select vs.vehicle_id, vs.year, vs.make, vs.model, vs.shop_id, s.slug,
                       s.name as shop_name, s.country, s.time_zone, r.code,
                       (select max(b2.starts_at) from bookings b2
                        join offerings o2 on o2.id = b2.offering_id
                        left join jobs j2 on j2.booking_id = b2.id
                        where b2.vehicle_id = vs.vehicle_id and o2.category = r.category
                          and (b2.status in ('CONFIRMED', 'COMPLETED')
                               or j2.status = 'COMPLETED')) as last_service,
                       (select o3.id from offerings o3
                        where o3.shop_id = vs.shop_id and o3.category = r.category and o3.active
                          and o3.mode = 'IN_SHOP'
                        order by o3.price_minor, o3.name limit 1) as offering_id
                from vehicle_shop vs
                join shops s on s.id = vs.shop_id and s.status = 'ACTIVE'
                cross join upsell_maintenance_rules r
                order by vs.year, vs.vehicle_id, r.position
                """)
            .param("customer", customerId)
            .query(
                (rs, n) ->
                    new MaintenanceRow(
                        rs.getObject("vehicle_id", UUID.class),
                        rs.getInt("year")
                            + " "
                            + rs.getString("make")
                            + " "
                            + rs.getString("model"),
                        rs.getInt("year"),
                        rs.getObject("shop_id", UUID.class),
                        rs.getString("slug"),
                        rs.getString("shop_name"),
                        rs.getString("country"),
                        ZoneId.of(rs.getString("time_zone")),
                        rs.getString("code"),
                        UpsellSources.instant(rs.getTimestamp("last_service")),
                        rs.getObject("offering_id", UUID.class)))
            .list();
    List<Upsell> due = new ArrayList<>();
    for (MaintenanceRow row : rows) {
      MaintenanceRule rule =
          rules.stream().filter(r -> r.code().equals(row.code())).findFirst().orElseThrow();
      if (row.offeringId() == null || !rule.appliesIn(row.country())) {
        continue;
      }
      LocalDate today = now.atZone(row.zone()).toLocalDate();
      LocalDate last =
          row.lastService() == null ? null : row.lastService().atZone(row.zone()).toLocalDate();
      MaintenanceSchedule.dueSince(rule, row.year(), last, today)
          .ifPresent(
              since ->
                  due.add(
                      new Upsell(
                          UpsellKind.MAINTENANCE,
                          "maintenance:" + row.vehicleId() + ":" + rule.code() + ":" + since,
                          row.shopId(),
                          row.vehicleId(),
                          rule.category(),
                          UpsellSources.book(row.slug(), row.offeringId()),
                          "crm.upsell.maintenance." + UpsellSources.key(rule.code()),
                          List.of(row.vehicle(), row.shopName()),
                          "crm.upsell.maintenance.action",
                          List.of(row.shopName()))));
    }
    return due;
  }

  private static @Nullable MonthDay monthDay(ResultSet rs, String prefix) throws SQLException {
    Integer month = (Integer) rs.getObject(prefix + "_month");
    Integer day = (Integer) rs.getObject(prefix + "_day");
    return month == null || day == null ? null : MonthDay.of(month, day);
  }
}
