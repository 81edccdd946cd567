package pl.dobrepraktyki.search;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface SynonymDeletionRepository extends JpaRepository<SynonymDeletion, Long> {

    List<SynonymDeletion> findByOrderByDeletedAtDescIdDesc(Limit limit);
}
