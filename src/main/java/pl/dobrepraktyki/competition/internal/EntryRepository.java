package pl.dobrepraktyki.competition.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import pl.dobrepraktyki.competition.Entry;
import pl.dobrepraktyki.competition.EntryStatus;

public interface EntryRepository extends JpaRepository<Entry, Long> {

    List<Entry> findByEditionIdOrderByIdAsc(long editionId);

    List<Entry> findByEditionIdAndStatusInOrderByIdAsc(long editionId, Collection<EntryStatus> statuses);

    List<Entry> findByUnitTerytOrderByIdDesc(String unitTeryt);

    long countByEditionIdAndUnitTeryt(long editionId, String unitTeryt);

    /** The entries the person wrote or whose text mentions their address (the contact person), for the GDPR tools. */
    @org.springframework.data.jpa.repository.Query("select e from Entry e where e.author = :email"
            + " or lower(e.content) like concat('%', :email, '%') order by e.id")
    List<Entry> mentioning(String email);
}
