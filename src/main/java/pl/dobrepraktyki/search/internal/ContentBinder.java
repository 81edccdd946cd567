package pl.dobrepraktyki.search.internal;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

import pl.dobrepraktyki.search.IndexedContent;

/** Writes a record of {@link IndexedContent} into its document: its text twice (lemmas, folded prefixes), its order and its kind. */
class ContentBinder<T> implements TypeBinder {

    private final IndexedContent<T> content;

    ContentBinder(IndexedContent<T> content) {
        this.content = content;
    }

    @Override
    public void bind(TypeBindingContext context) {
        var dependencies = context.dependencies();
        content.properties().forEach(dependencies::use);
        var schema = context.indexSchemaElement();
        IndexFieldReference<String> text = schema.field(IndexedContent.TEXT, f -> f.asString()
                .analyzer(PolishAnalysisConfigurer.POLISH).searchAnalyzer(PolishAnalysisConfigurer.POLISH_QUERY))
                .toReference();
        IndexFieldReference<String> folded = schema.field(IndexedContent.TEXT_FOLDED, f -> f.asString()
                .analyzer(PolishAnalysisConfigurer.FOLDED).searchAnalyzer(PolishAnalysisConfigurer.FOLDED_QUERY))
                .toReference();
        IndexFieldReference<Long> newest = schema.field(IndexedContent.NEWEST, f -> f.asLong().sortable(Sortable.YES))
                .toReference();
        IndexFieldReference<String> kind = schema.field(IndexedContent.KIND, f -> f.asString()).toReference();
        context.bridge(content.type(), new Bridge<>(content, text, folded, newest, kind));
    }

    private record Bridge<T>(IndexedContent<T> content, IndexFieldReference<String> text,
            IndexFieldReference<String> folded, IndexFieldReference<Long> newest, IndexFieldReference<String> kind)
            implements TypeBridge<T> {

        @Override
        public void write(DocumentElement target, T record, TypeBridgeWriteContext context) {
            String words = content.text().apply(record);
            target.addValue(text, words);
            target.addValue(folded, words);
            target.addValue(newest, content.newest().applyAsLong(record));
            String recordKind = content.kind().apply(record);
            if (recordKind != null) {
                target.addValue(kind, recordKind);
            }
        }
    }
}
