/**
 * Search that understands Polish: the full-text index of public practices (Hibernate Search with
 * Lucene, morfologik lemmas plus a folded prefix field, domain synonyms; or, with the profile
 * {@code opensearch}, an OpenSearch cluster with hunspell lemmas), facets, the results page
 * {@code /szukaj} and the index operations (reindex). Public API: {@link pl.dobrepraktyki.search.SearchService}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Wyszukiwanie",
        allowedDependencies = { "catalog", "localgov", "system::cli", "system::security" })
package pl.dobrepraktyki.search;
