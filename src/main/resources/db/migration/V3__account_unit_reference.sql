-- An official's unit is a unit of the register.
alter table user_account add constraint user_account_unit_fk foreign key (unit_teryt) references local_government (teryt);
create index user_account_unit_idx on user_account (unit_teryt);
