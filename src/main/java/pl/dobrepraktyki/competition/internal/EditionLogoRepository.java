package pl.dobrepraktyki.competition.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import pl.dobrepraktyki.competition.EditionLogo;

public interface EditionLogoRepository extends JpaRepository<EditionLogo, Long> {

    List<EditionLogo> findByEditionIdOrderByIdAsc(long editionId);
}
