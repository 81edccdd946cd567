package pl.dobrepraktyki.strategy;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface StrategyRepository extends JpaRepository<Strategy, Long> {

    Optional<Strategy> findByTeryt(String teryt);
}
