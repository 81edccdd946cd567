package pl.dobrepraktyki.catalog;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AdoptionRepository extends JpaRepository<Adoption, Long> {

    List<Adoption> findByPracticeIdOrderByAdoptedOnDesc(long practiceId);

    List<Adoption> findByUnitTerytOrderByAdoptedOnDesc(String unitTeryt);

    boolean existsByPracticeIdAndUnitTeryt(long practiceId, String unitTeryt);
}
