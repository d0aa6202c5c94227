-- One million jobs over the demo shops and customers: two years of history, every status, the
-- demo's vehicles and job titles. Numbers start at 100001 so they never meet the shops' own.
\set count 1000000
with shops as (
  select array_agg(id order by id) as ids, array_agg(name order by id) as names from shops
), customers as (
  select array_agg(id order by id) as ids, array_agg(display_name order by id) as names
    from users where role = 'CUSTOMER'
), pick as (
  select g,
         (1 + (g::bigint * 7919) % array_length(shops.ids, 1))::int as s,
         (1 + (g::bigint * 104729) % array_length(customers.ids, 1))::int as c,
         shops.ids as shop_ids, shops.names as shop_names,
         customers.ids as customer_ids, customers.names as customer_names
    from generate_series(1, :count) as g, shops, customers
)
insert into jobs (id, shop_id, number, shop_name, customer_id, customer_name, vehicle, title,
                  description, origin, status, tax_rate, currency, created_at, updated_at)
select gen_random_uuid(),
       shop_ids[s],
       100000 + g,
       shop_names[s],
       customer_ids[c],
       customer_names[c],
       (array['2018 Honda Civic', '2021 Toyota RAV4 Hybrid', '2015 Ford F-150', '2019 Volkswagen Golf',
              '2017 Subaru Outback', '2020 Tesla Model 3', '2012 Chevrolet Malibu', '2016 Mazda CX-5'])[1 + g % 8],
       (array['Brake noise', 'Oil change', 'Check engine light', 'Winter tyres', 'Battery test',
              'Air conditioning recharge', 'Timing belt', 'Suspension clunk', 'Pre-purchase inspection',
              'Wheel alignment'])[1 + (g / 8) % 10],
       '',
       (array['BOOKING', 'WALK_IN', 'PHONE'])[1 + g % 3],
       (array['COMPLETED', 'COMPLETED', 'COMPLETED', 'COMPLETED', 'CANCELLED', 'REQUESTED', 'ACCEPTED',
              'IN_PROGRESS', 'WAITING_PARTS', 'WAITING_APPROVAL'])[1 + (g / 3) % 10],
       14.975,
       'CAD',
       now() - ((g % 730) * interval '1 day') - ((g % 1440) * interval '1 minute'),
       now() - ((g % 730) * interval '1 day') - ((g % 1440) * interval '1 minute') + interval '2 hours'
  from pick;
analyze jobs;
