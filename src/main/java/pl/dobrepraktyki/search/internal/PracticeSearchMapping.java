package pl.dobrepraktyki.search.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import pl.dobrepraktyki.catalog.AttachmentService;
import pl.dobrepraktyki.catalog.Practice;
import pl.dobrepraktyki.search.IndexedContent;
import pl.dobrepraktyki.catalog.Taxonomy;
import pl.dobrepraktyki.catalog.TaxonomyService;
import pl.dobrepraktyki.catalog.TaxonomyTerm;

/**
 * Maps the catalog's practices to the search index without annotations in the catalog:
 * configured as {@code hibernate.search.mapping.configurer=bean:practiceSearchMapping}.
 */
@Component("practiceSearchMapping")
public class PracticeSearchMapping implements HibernateOrmSearchMappingConfigurer {

    private final UnitDirectory units;
    private final ObjectProvider<TaxonomyService> taxonomies;
    private final ObjectProvider<AttachmentService> attachments;
    private final ObjectProvider<IndexedContent<?>> contents;
    private final Map<String, String> names = new ConcurrentHashMap<>();

    PracticeSearchMapping(UnitDirectory units, ObjectProvider<TaxonomyService> taxonomies,
            ObjectProvider<AttachmentService> attachments, ObjectProvider<IndexedContent<?>> contents) {
        this.contents = contents;
        this.units = units;
        this.taxonomies = taxonomies;
        this.attachments = attachments;
    }

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        var type = context.programmaticMapping().type(Practice.class);
        type.indexed().index(PracticeIndexFields.INDEX).routingBinder(new PublicOnlyRoutingBinder());
        type.binder(new PracticeBinder(units, this::taxonomyName,
                id -> attachments.getObject().extractedTexts(id)));
        contents.orderedStream().forEach(content -> map(context, content));
    }

    private static <T> void map(HibernateOrmMappingConfigurationContext context, IndexedContent<T> content) {
        var type = context.programmaticMapping().type(content.type());
        type.indexed().index(content.index());
        type.binder(new ContentBinder<>(content));
    }

    /** After a rename: the next documents written read the names again. */
    void forgetTaxonomyNames() {
        names.clear();
    }

    /** The Polish name of a taxonomy code of any taxonomy (codes are unique across section, area, type). */
    private String taxonomyName(String code) {
        if (code == null) {
            return null;
        }
        if (!names.containsKey(code)) { // first use, or an entry added since
            for (var entry : taxonomies.getObject().all().entrySet()) {
                if (entry.getKey() == Taxonomy.SECTION || entry.getKey() == Taxonomy.AREA
                        || entry.getKey() == Taxonomy.PRACTICE_TYPE) {
                    for (TaxonomyTerm term : entry.getValue()) {
                        names.put(term.getCode(), term.getNamePl());
                    }
                }
            }
        }
        return names.get(code);
    }
}
