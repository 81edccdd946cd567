package pl.dobrepraktyki.accounts;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    @EntityGraph(attributePaths = "roles")
    Optional<UserAccount> findByEmail(String email);

    @EntityGraph(attributePaths = "roles")
    Optional<UserAccount> findWithRolesById(Long id);

    @EntityGraph(attributePaths = "roles")
    List<UserAccount> findByStatusOrderByCreatedAtAsc(AccountStatus status);

    @Query("select u from UserAccount u where lower(u.email) like :q or lower(u.displayName) like :q")
    Page<UserAccount> search(String q, Pageable pageable);

    @Query("select count(u) > 0 from UserAccount u join u.roles r where r = pl.dobrepraktyki.accounts.Role.ADMIN")
    boolean anyAdministrator();

    @Query("select distinct u from UserAccount u join u.roles r where u.unitTeryt = :teryt"
            + " and u.status = pl.dobrepraktyki.accounts.AccountStatus.ACTIVE"
            + " and r = pl.dobrepraktyki.accounts.Role.OFFICIAL order by u.email")
    List<UserAccount> findActiveOfficialsOf(String teryt);

    boolean existsByEmail(String email);

    /** Registrations whose e-mail address was never confirmed, started before the moment. */
    List<UserAccount> findByStatusAndCreatedAtBefore(AccountStatus status, java.time.Instant before);
}
