package pl.dobrepraktyki.folder;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface FolderEntryRepository extends JpaRepository<FolderEntry, Long> {

    List<FolderEntry> findByOwnerOrderBySavedAtDescIdDesc(String owner);

    Optional<FolderEntry> findByIdAndOwner(long id, String owner);

    Optional<FolderEntry> findByOwnerAndPracticeId(String owner, long practiceId);
}
