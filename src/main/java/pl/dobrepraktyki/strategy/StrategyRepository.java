package pl.dobrepraktyki.strategy;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface StrategyRepository extends JpaRepository<Strategy, Long> {

    Optional<Strategy> findByTeryt(String teryt);

    List<Strategy> findByTerytIn(Collection<String> teryts);
}
