package pl.dobrepraktyki.localgov.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import pl.dobrepraktyki.localgov.LocalGovernment;
import pl.dobrepraktyki.localgov.UnitKind;

/** Units of the register. Other modules use {@link pl.dobrepraktyki.localgov.LocalGovernmentService}. */
public interface LocalGovernmentRepository extends JpaRepository<LocalGovernment, Long>, UnitSearch {

    /** The unit with the code, or the city with county rights whose 4-digit county code it is. */
    @Query("select u from LocalGovernment u where u.teryt = :code or u.countyTeryt = :code")
    Optional<LocalGovernment> findByCode(String code);

    List<LocalGovernment> findByTerytIn(Collection<String> codes);

    List<LocalGovernment> findByParentTerytOrderByNameFoldedAscTerytAsc(String parentTeryt);

    List<LocalGovernment> findByKindOrderByTerytAsc(UnitKind kind);

    long countByKind(UnitKind kind);

    /** The next units after a code in code order, for reading the register in batches. */
    List<LocalGovernment> findTop500ByTerytGreaterThanOrderByTerytAsc(String teryt);
}
