-- Local government units (JST) of the TERYT register: voivodeships, counties and gminas.
-- A city with county rights is one row under its 7-digit code; county_teryt keeps its 4-digit alias.
create sequence local_government_seq start with 1 increment by 50;

create table local_government (
    id                bigint       not null primary key,
    teryt             varchar(7)   not null,
    county_teryt      varchar(4),
    name              varchar(100) not null,
    name_folded       varchar(100) not null,
    kind              varchar(30)  not null,
    voivodeship_teryt varchar(2)   not null,
    parent_teryt      varchar(7),
    population        integer,
    area_km2          numeric(10, 2),
    size_category     varchar(20),
    constraint local_government_teryt_uq unique (teryt),
    constraint local_government_county_teryt_uq unique (county_teryt),
    constraint local_government_kind_ck check (kind in ('VOIVODESHIP', 'CITY_COUNTY', 'COUNTY',
        'URBAN_MUNICIPALITY', 'URBAN_RURAL_MUNICIPALITY', 'RURAL_MUNICIPALITY')),
    constraint local_government_size_category_ck check (size_category in ('COUNTIES', 'LARGE_CITIES',
        'SMALL_CITIES', 'RURAL')),
    constraint local_government_population_ck check (population >= 0)
);

create index local_government_kind_idx on local_government (kind);
create index local_government_voivodeship_idx on local_government (voivodeship_teryt);
create index local_government_parent_idx on local_government (parent_teryt);
create index local_government_name_folded_idx on local_government (name_folded);
