-- An exchange group may be a strategic-management workshop cycle: its pages and report then show whether
-- its member units have a strategy recorded (strategy monitoring) and how their goals stand.
alter table exchange_group add column strategy_workshop boolean default false not null;
