package pl.dobrepraktyki.competition.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import pl.dobrepraktyki.competition.Edition;

public interface EditionRepository extends JpaRepository<Edition, Long> {

    List<Edition> findAllByOrderByYearDescIdDesc();
}
