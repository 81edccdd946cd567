package pl.dobrepraktyki.search;

import org.springframework.data.jpa.repository.JpaRepository;

interface SynonymGroupRepository extends JpaRepository<SynonymGroup, Long> {
}
