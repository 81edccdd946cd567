-- Statistics (the successor of SAS): the catalogue of indicators and their values per unit and year.
-- Values are keyed by the unit's code in the register (2, 4 or 7 digits; a city with county rights
-- under its 7-digit code), so a gmina whose BDL code changed keeps one series.

create table stat_indicator (
    code            varchar(40)   not null primary key,
    name_pl         varchar(200)  not null,
    name_en         varchar(200)  not null,
    unit_of_measure varchar(40)   not null,
    area_code       varchar(40),
    source          varchar(200)  not null,
    polarity        varchar(20)   not null,
    decimals        smallint      not null,
    description     varchar(2000),
    formula         varchar(200),
    sort_order      integer       not null,
    constraint stat_indicator_polarity_ck check (polarity in ('HIGHER_BETTER', 'LOWER_BETTER', 'NEUTRAL')),
    constraint stat_indicator_decimals_ck check (decimals between 0 and 6)
);

-- The primary key serves the peer comparison (one indicator, one year, all units). No foreign key to
-- stat_indicator: the import checks every code before it writes (and 10 million checks cost time).
create table stat_value (
    indicator_code varchar(40)      not null,
    data_year      smallint         not null,
    teryt          varchar(7)       not null,
    amount         double precision not null,
    constraint stat_value_pk primary key (indicator_code, data_year, teryt)
);

-- The population series of GUS BDL (bundled file statistics/bdl_ludnosc_long.csv) and one derived
-- indicator. Population figures of BDL are thousands with 2 decimals: the import multiplies by 1000.
insert into stat_indicator (code, name_pl, name_en, unit_of_measure, area_code, source, polarity, decimals, description, formula, sort_order) values
('LUDNOSC', 'Ludność (stan na 31 grudnia)', 'Population (31 December)', 'osoby', null, 'GUS BDL, tabela P2425 (2023, 2024), P2137 (2020)', 'NEUTRAL', 0,
 'Liczba ludności według faktycznego miejsca zamieszkania na 31 grudnia; BDL podaje tysiące z dwoma miejscami po przecinku (dokładność 10 osób), rok 2020 dokładnie.', null, 10),
('LUDNOSC_M', 'Ludność – mężczyźni', 'Population – men', 'osoby', null, 'GUS BDL, tabela P2425', 'NEUTRAL', 0,
 'Liczba mężczyzn na 31 grudnia (dokładność 10 osób).', null, 20),
('LUDNOSC_K', 'Ludność – kobiety', 'Population – women', 'osoby', null, 'GUS BDL, tabela P2425', 'NEUTRAL', 0,
 'Liczba kobiet na 31 grudnia (dokładność 10 osób).', null, 30),
('GESTOSC', 'Gęstość zaludnienia', 'Population density', 'os./km²', 'GOSPODARKA_KOMUNALNA', 'GUS BDL, tabela P2425', 'NEUTRAL', 1,
 'Ludność na 1 km² powierzchni ogólnej.', null, 40),
('GESTOSC_ZABUD', 'Gęstość zaludnienia powierzchni zabudowanej i zurbanizowanej', 'Density of built-up and urbanised area', 'os./km²', 'GOSPODARKA_KOMUNALNA', 'GUS BDL, tabela P2425', 'NEUTRAL', 0,
 'Ludność na 1 km² terenów zabudowanych i zurbanizowanych (BDL podaje ją tylko dla kraju i województw).', null, 50),
('PRZYROST_1000', 'Zmiana liczby ludności na 1000 mieszkańców', 'Population change per 1,000 residents', 'os./1000 mieszk.', 'ROZWOJ_GOSPODARCZY', 'GUS BDL, tabela P2425', 'HIGHER_BETTER', 1,
 'Przyrost (lub ubytek) liczby ludności w roku na 1000 mieszkańców.', null, 60),
('URBANIZACJA', 'Wskaźnik urbanizacji', 'Urbanisation rate', '%', 'ZARZADZANIE_STRATEGICZNE', 'GUS BDL, tabela P2425', 'NEUTRAL', 1,
 'Udział ludności miast w ludności ogółem.', null, 70),
('FEMINIZACJA', 'Współczynnik feminizacji', 'Feminisation ratio', 'kobiety na 100 mężczyzn', 'POMOC_SPOLECZNA', 'wyliczany z GUS BDL', 'NEUTRAL', 1,
 'Liczba kobiet na 100 mężczyzn.', 'LUDNOSC_K / LUDNOSC_M * 100', 80);
