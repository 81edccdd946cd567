-- Taxonomies of the base with stable codes (codes never change; administrators may rename and add).

insert into taxonomy_term (taxonomy, code, name_pl, name_en, sort_order) values
('SECTION', 'USLUGI_SPOLECZNE', 'Usługi społeczne', 'Social services', 1),
('SECTION', 'USLUGI_TECHNICZNE', 'Usługi techniczne', 'Technical services', 2),
('SECTION', 'ROZWOJ_INSTYTUCJONALNY', 'Rozwój instytucjonalny', 'Institutional development', 3),
('SECTION', 'EFEKTYWNOSC_ENERGETYCZNA', 'Efektywność energetyczna', 'Energy efficiency', 4),
('SECTION', 'WSPOLPRACA_JST_NGO', 'Współpraca JST i organizacji pozarządowych', 'Cooperation of local governments and NGOs', 5),
('SECTION', 'WSPOLPRACA_MIEDZY_JST', 'Współpraca między jednostkami samorządu', 'Cooperation between local governments', 6),
('SECTION', 'DIALOG_SPOLECZNY', 'Dialog społeczny', 'Social dialogue', 7);

insert into taxonomy_term (taxonomy, code, name_pl, name_en, sort_order) values
('AREA', 'KULTURA', 'Kultura', 'Culture', 1),
('AREA', 'OSWIATA', 'Oświata', 'Education', 2),
('AREA', 'POMOC_SPOLECZNA', 'Pomoc społeczna', 'Social assistance', 3),
('AREA', 'OCHRONA_ZDROWIA', 'Ochrona zdrowia', 'Health care', 4),
('AREA', 'SPORT_I_REKREACJA', 'Sport i rekreacja', 'Sport and recreation', 5),
('AREA', 'GOSPODARKA_KOMUNALNA', 'Gospodarka komunalna', 'Municipal services', 6),
('AREA', 'GOSPODARKA_MIESZKANIOWA', 'Gospodarka mieszkaniowa', 'Housing', 7),
('AREA', 'ENERGETYKA', 'Energetyka', 'Energy', 8),
('AREA', 'TRANSPORT', 'Transport', 'Transport', 9),
('AREA', 'FINANSE', 'Finanse', 'Public finance', 10),
('AREA', 'ZARZADZANIE_STRATEGICZNE', 'Zarządzanie strategiczne', 'Strategic management', 11),
('AREA', 'PARTYCYPACJA', 'Partycypacja', 'Public participation', 12),
('AREA', 'OCHRONA_SRODOWISKA', 'Ochrona środowiska', 'Environmental protection', 13),
('AREA', 'ROZWOJ_GOSPODARCZY', 'Rozwój gospodarczy', 'Economic development', 14),
('AREA', 'BEZPIECZENSTWO', 'Bezpieczeństwo', 'Public safety', 15),
('AREA', 'CYFRYZACJA', 'Cyfryzacja', 'Digitalisation', 16);

insert into taxonomy_term (taxonomy, code, name_pl, name_en, sort_order) values
('PRACTICE_TYPE', 'PROCEDURALNA', 'Proceduralna', 'Procedural', 1),
('PRACTICE_TYPE', 'INWESTYCYJNA', 'Inwestycyjna', 'Investment', 2),
('PRACTICE_TYPE', 'IT', 'IT', 'IT', 3),
('PRACTICE_TYPE', 'SPOLECZNA', 'Społeczna', 'Social', 4),
('PRACTICE_TYPE', 'ORGANIZACYJNA', 'Organizacyjna', 'Organisational', 5),
('PRACTICE_TYPE', 'PROMOCYJNA', 'Promocyjna', 'Promotional', 6),
('PRACTICE_TYPE', 'PROJEKTOWA', 'Projektowa', 'Project-based', 7);

insert into taxonomy_term (taxonomy, code, name_pl, name_en, sort_order) values
('SOURCE', 'KONKURS', 'Konkurs (Samorządowy Lider Zarządzania)', 'Competition (Samorządowy Lider Zarządzania)', 1),
('SOURCE', 'GWD', 'Grupa Wymiany Doświadczeń', 'Experience exchange group', 2),
('SOURCE', 'REDAKCJA', 'Redakcja bazy', 'Editorial team of the base', 3),
('SOURCE', 'MEDIA', 'Media samorządowe', 'Local government media', 4),
('SOURCE', 'REKOMENDACJA', 'Rekomendacja innej jednostki', 'Recommended by another unit', 5),
('SOURCE', 'ZGLOSZENIE_WLASNE', 'Zgłoszenie własne jednostki', 'Submitted by the unit itself', 6);

-- Funding projects named in the history of the base; logos are placeholders drawn for the platform.
insert into taxonomy_term (taxonomy, code, name_pl, name_en, logo_path, sort_order) values
('FUNDING_PROJECT', 'NMF_2007_2010', 'Norweski Mechanizm Finansowy 2007–2010',
 'Norwegian Financial Mechanism 2007–2010', '/img/funding/nmf-2007-2010.svg', 1),
('FUNDING_PROJECT', 'POKL_5_4', 'PO KL 5.4 „Model współpracy jednostek administracji publicznej i organizacji pozarządowych”',
 'HC OP 5.4 "Model of cooperation between public administration and NGOs"', '/img/funding/pokl-5-4.svg', 2),
('FUNDING_PROJECT', 'POKL_5_2', 'PO KL 5.2 „Doskonalenie zarządzania usługami publicznymi i rozwojem jednostek samorządu lokalnego”',
 'HC OP 5.2 "Improving the management of public services and development of local government units"', '/img/funding/pokl-5-2.svg', 3),
('FUNDING_PROJECT', 'KOMPETENCJE_WSPOLPRACY', '„Budowanie kompetencji do współpracy międzysamorządowej i międzysektorowej jako narzędzi rozwoju lokalnego i regionalnego” (ZMP z ZPP, ZGW RP i KS)',
 '"Building competences for inter-municipal and cross-sector cooperation as tools of local and regional development" (ZMP with ZPP, ZGW RP and KS)', '/img/funding/kompetencje-wspolpracy.svg', 4),
('FUNDING_PROJECT', 'GZM_MPDS', 'Metropolitalny Program Działań Strategicznych GZM („Platforma dobrych praktyk”)',
 'Metropolitan Programme of Strategic Actions of GZM ("Good practice platform")', '/img/funding/gzm-mpds.svg', 5);
