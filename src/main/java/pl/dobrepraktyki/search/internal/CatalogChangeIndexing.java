package pl.dobrepraktyki.search.internal;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import pl.dobrepraktyki.catalog.AttachmentsChanged;
import pl.dobrepraktyki.catalog.Practice;
import pl.dobrepraktyki.catalog.TaxonomyRenamed;

import static pl.dobrepraktyki.search.internal.PracticeIndexFields.AREA;
import static pl.dobrepraktyki.search.internal.PracticeIndexFields.SECTION;
import static pl.dobrepraktyki.search.internal.PracticeIndexFields.TYPE;

/**
 * Changes of the catalogue that Hibernate Search cannot see on the practice itself but that its
 * search document holds: the text of its documents, and the names of its taxonomy entries. The
 * practices concerned are re-indexed through the outbox like any other change (so a crash loses none).
 */
@Component
class CatalogChangeIndexing {

    private static final int BATCH = 500;

    private final EntityManager entityManager;
    private final PracticeSearchMapping mapping;
    private final TransactionTemplate newTransaction;

    CatalogChangeIndexing(EntityManager entityManager, PracticeSearchMapping mapping,
            PlatformTransactionManager transactions) {
        this.entityManager = entityManager;
        this.mapping = mapping;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A document added or removed: the practice is re-indexed in the same transaction. */
    @EventListener
    void on(AttachmentsChanged event) {
        Practice practice = entityManager.find(Practice.class, event.practiceId());
        if (practice != null) {
            Search.session(entityManager).indexingPlan().addOrUpdate(practice);
        }
    }

    /** After a rename is committed: the practices with that entry are re-indexed with the new name. */
    @TransactionalEventListener
    void on(TaxonomyRenamed event) {
        mapping.forgetTaxonomyNames();
        newTransaction.executeWithoutResult(status -> {
            List<Long> ids = Search.session(entityManager).search(Practice.class).select(f -> f.id(Long.class))
                    .where(f -> f.or(f.match().field(SECTION).matching(event.code()),
                            f.match().field(AREA).matching(event.code()),
                            f.match().field(TYPE).matching(event.code())))
                    .fetchAllHits();
            for (int from = 0; from < ids.size(); from += BATCH) {
                SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
                entityManager.createQuery("select p from Practice p where p.id in :ids", Practice.class)
                        .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + BATCH))).getResultList()
                        .forEach(plan::addOrUpdate);
                entityManager.flush();
                plan.process(); // the outbox events of this batch, before the entities leave the session
                entityManager.clear();
            }
        });
    }
}
