package pl.dobrepraktyki.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TaxonomyTermRepository extends JpaRepository<TaxonomyTerm, Long> {

    List<TaxonomyTerm> findByTaxonomyOrderBySortOrderAscCodeAsc(Taxonomy taxonomy);

    List<TaxonomyTerm> findAllByOrderByTaxonomyAscSortOrderAscCodeAsc();

    Optional<TaxonomyTerm> findByTaxonomyAndCode(Taxonomy taxonomy, String code);

    boolean existsByTaxonomyAndCode(Taxonomy taxonomy, String code);
}
