package pl.dobrepraktyki.alerts;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SavedSearchRepository extends JpaRepository<SavedSearch, Long> {

    List<SavedSearch> findByOwnerOrderByCreatedAtAscIdAsc(String owner);

    long countByOwner(String owner);

    Optional<SavedSearch> findByIdAndOwner(long id, String owner);

    Optional<SavedSearch> findByFeedToken(String feedToken);

    Optional<SavedSearch> findFirstByOwnerAndGroupId(String owner, Long groupId);

    @Query("select s.id from SavedSearch s order by s.id")
    List<Long> allIds();
}
