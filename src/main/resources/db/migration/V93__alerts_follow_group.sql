-- A follow of an exchange group: alerts of the group's new meetings and of new practices of its member units.
alter table saved_search add column group_id bigint;

create index saved_search_group on saved_search (group_id);
