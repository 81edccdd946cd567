-- More synonym groups of local government, found by searching the demo practices with the words
-- officials use ("wymiana pieców" for a practice on "wymiana źródeł ciepła", "szkoły średnie" for
-- "szkoły ponadpodstawowe"). Terms match in any inflected form, so one form of each is enough.
insert into search_synonym_group (terms, updated_at, updated_by) values
    ('szkoła ponadpodstawowa, szkoła średnia, szkoła ponadgimnazjalna', current_timestamp, 'system'),
    ('źródło ciepła, piec, kocioł, kopciuch', current_timestamp, 'system'),
    ('odpady, śmieci', current_timestamp, 'system'),
    ('energia elektryczna, prąd', current_timestamp, 'system'),
    ('osp, ochotnicza straż pożarna', current_timestamp, 'system'),
    ('pszok, punkt selektywnej zbiórki odpadów komunalnych', current_timestamp, 'system'),
    ('ezd, elektroniczne zarządzanie dokumentacją, elektroniczny obieg dokumentów', current_timestamp, 'system'),
    ('mpzp, miejscowy plan zagospodarowania przestrzennego', current_timestamp, 'system'),
    ('sim, społeczna inicjatywa mieszkaniowa', current_timestamp, 'system'),
    ('cus, centrum usług wspólnych', current_timestamp, 'system'),
    ('cal, centrum aktywności lokalnej', current_timestamp, 'system');
