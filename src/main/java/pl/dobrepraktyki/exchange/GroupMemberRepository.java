package pl.dobrepraktyki.exchange;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface GroupMemberRepository extends JpaRepository<GroupMember, Long> {

    List<GroupMember> findByGroupIdOrderByNameAsc(long groupId);

    List<GroupMember> findByGroupIdInAndContactConsentTrueOrderByNameAsc(Collection<Long> groupIds);

    Optional<GroupMember> findByGroupIdAndEmail(long groupId, String email);

    long countByGroupId(long groupId);

    List<GroupMember> findByEmailOrderByAddedAtAsc(String email);
}
