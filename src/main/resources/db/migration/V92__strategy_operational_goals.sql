-- Operational goals: a goal with a parent is an operational goal of that strategic goal (one level only; the
-- application refuses a parent that is itself operational). It belongs to the same strategy.
alter table strategy_goal add column parent_id bigint;
alter table strategy_goal add constraint strategy_goal_parent_fk foreign key (parent_id)
    references strategy_goal (id) on delete cascade;
create index strategy_goal_parent_ix on strategy_goal (parent_id);
