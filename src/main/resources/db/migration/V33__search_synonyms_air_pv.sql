-- Two more ways officials name a subject: "smog" for a practice on the air's quality (the demo practice
-- on replacing coal stoves never says "smog"), and "PV" for photovoltaics. "pv" joins the group of
-- renewable energy that already holds "fotowoltaika" (a term belongs to one group only); the group is
-- changed only where editors have not put "pv" in a group of their own.
insert into search_synonym_group (terms, updated_at, updated_by) values
    ('smog, jakość powietrza, zanieczyszczenie powietrza, niska emisja', current_timestamp, 'system');

update search_synonym_group
   set terms = terms || ', pv, panele fotowoltaiczne', version = version + 1,
       updated_at = current_timestamp, updated_by = 'system'
 where lower(terms) like '%fotowoltaika%'
   and length(terms) <= 2500
   and not exists (select 1 from search_synonym_group g
                    where lower(g.terms) like 'pv,%' or lower(g.terms) like '%, pv,%' or lower(g.terms) like '%, pv'
                       or lower(g.terms) like '%panele fotowoltaiczne%');
