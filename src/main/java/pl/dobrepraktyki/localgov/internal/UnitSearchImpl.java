package pl.dobrepraktyki.localgov.internal;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

import pl.dobrepraktyki.localgov.LocalGovernment;
import pl.dobrepraktyki.localgov.NameFolding;
import pl.dobrepraktyki.localgov.UnitKind;
import pl.dobrepraktyki.localgov.UnitQuery;

/**
 * Name search on the folded name column with {@code LIKE}. With a text, results come in this order:
 * exact name, name starting with the text, a word of the name starting with it, any other match;
 * within each group by kind (voivodeships, city counties, counties, urban, urban-rural, rural
 * gminas), then by folded name and code. Without a text, by code.
 */
class UnitSearchImpl implements UnitSearch {

    private static final String KIND = UnitKind.class.getName();

    private static final String KIND_RANK = "case u.kind"
            + " when " + KIND + ".VOIVODESHIP then 0"
            + " when " + KIND + ".CITY_COUNTY then 1"
            + " when " + KIND + ".COUNTY then 2"
            + " when " + KIND + ".URBAN_MUNICIPALITY then 3"
            + " when " + KIND + ".URBAN_RURAL_MUNICIPALITY then 4"
            + " else 5 end";

    private final EntityManager entityManager;

    UnitSearchImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Page<LocalGovernment> search(UnitQuery query, Pageable pageable) {
        String folded = query.text() == null ? "" : NameFolding.fold(query.text());
        List<String> conditions = new ArrayList<>();
        if (query.kind() != null) {
            conditions.add("u.kind = :kind");
        }
        if (query.voivodeship() != null) {
            conditions.add("u.voivodeshipTeryt = :voivodeship");
        }
        if (!folded.isEmpty()) {
            conditions.add("u.nameFolded like :contains");
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        String order = folded.isEmpty() ? " order by u.teryt"
                : " order by case when u.nameFolded = :exact then 0 when u.nameFolded like :prefix then 1"
                        + " when u.nameFolded like :wordPrefix then 2 else 3 end, " + KIND_RANK
                        + ", u.nameFolded, u.teryt";

        TypedQuery<Long> count = entityManager.createQuery("select count(u) from LocalGovernment u" + where,
                Long.class);
        TypedQuery<LocalGovernment> select = entityManager
                .createQuery("select u from LocalGovernment u" + where + order, LocalGovernment.class);
        bind(count, query, folded, false);
        bind(select, query, folded, true);
        long total = count.getSingleResult();
        if (total == 0 || pageable.getOffset() >= total) {
            return new PageImpl<>(List.of(), pageable, total);
        }
        List<LocalGovernment> content = select.setFirstResult((int) pageable.getOffset())
                .setMaxResults(pageable.getPageSize()).getResultList();
        return new PageImpl<>(content, pageable, total);
    }

    private static void bind(TypedQuery<?> typed, UnitQuery query, String folded, boolean ordering) {
        if (query.kind() != null) {
            typed.setParameter("kind", query.kind());
        }
        if (query.voivodeship() != null) {
            typed.setParameter("voivodeship", query.voivodeship());
        }
        if (!folded.isEmpty()) {
            // the folded text holds only a-z, 0-9 and single spaces, so it needs no LIKE escaping
            typed.setParameter("contains", "%" + folded + "%");
            if (ordering) {
                typed.setParameter("exact", folded);
                typed.setParameter("prefix", folded + "%");
                typed.setParameter("wordPrefix", "% " + folded + "%");
            }
        }
    }
}
