package pl.dobrepraktyki.accounts.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

    Optional<AccountToken> findByTokenHash(String tokenHash);

    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query("delete from AccountToken t where t.userId = :userId")
    int deleteByUser(Long userId);
}
