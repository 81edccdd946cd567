package pl.dobrepraktyki.folder;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pl.dobrepraktyki.catalog.PracticeNotFoundException;
import pl.dobrepraktyki.catalog.PracticeService;
import pl.dobrepraktyki.catalog.PracticeSnapshot;

/**
 * A person's folder ("Moja teczka"). Every method takes the owner (the signed-in person's login) and
 * reaches only their entries: another person's entry is "not found".
 */
@Service
@Transactional(readOnly = true)
public class FolderService {

    /** The longest note, in characters. */
    public static final int NOTE_MAX = FolderEntry.NOTE_MAX;

    private final FolderEntryRepository entries;
    private final PracticeService practices;
    private final Clock clock;

    FolderService(FolderEntryRepository entries, PracticeService practices, Clock clock) {
        this.entries = entries;
        this.practices = practices;
        this.clock = clock;
    }

    /**
     * Saves a public practice to the person's folder (saving it again changes nothing).
     *
     * @throws PracticeNotFoundException when the practice is not public
     */
    @Transactional
    public FolderEntryView save(long practiceId, String owner) {
        PracticeSnapshot practice = practices.findPublished(practiceId)
                .orElseThrow(() -> new PracticeNotFoundException(practiceId));
        FolderEntry entry = entries.findByOwnerAndPracticeId(owner, practiceId)
                .orElseGet(() -> entries.saveAndFlush(new FolderEntry(owner, practiceId, practice.content().title(),
                        practice.content().leadUnitTeryt(), clock.instant())));
        return view(entry, new HashMap<>());
    }

    /** Removes an entry of the person's folder. */
    @Transactional
    public FolderEntryView remove(long entryId, String owner) {
        FolderEntry entry = owned(entryId, owner);
        FolderEntryView view = view(entry, new HashMap<>());
        entries.delete(entry);
        return view;
    }

    /**
     * Replaces the note of an entry the person saw at {@code expectedVersion}.
     *
     * @throws FolderConflictException when the note changed since (nothing is overwritten)
     * @throws IllegalArgumentException when the note is longer than {@link #NOTE_MAX}
     */
    @Transactional
    public FolderEntryView updateNote(long entryId, long expectedVersion, String note, String owner) {
        FolderEntry entry = owned(entryId, owner);
        if (entry.getVersion() != expectedVersion) {
            throw new FolderConflictException(view(entry, new HashMap<>()));
        }
        entry.note(note);
        try {
            entries.saveAndFlush(entry);
        }
        catch (ObjectOptimisticLockingFailureException e) {
            throw new FolderConflictException(view(owned(entryId, owner), new HashMap<>()));
        }
        return view(entry, new HashMap<>());
    }

    /** One entry of the person's folder. */
    public FolderEntryView entry(long entryId, String owner) {
        return view(owned(entryId, owner), new HashMap<>());
    }

    /** The person's folder, most recently saved first. */
    public List<FolderEntryView> entries(String owner) {
        Map<String, String> unitNames = new HashMap<>();
        return entries.findByOwnerOrderBySavedAtDescIdDesc(owner).stream().map(e -> view(e, unitNames)).toList();
    }

    /** The entry holding this practice in the person's folder, if they saved it. */
    public Optional<Long> entryFor(long practiceId, String owner) {
        return entries.findByOwnerAndPracticeId(owner, practiceId).map(FolderEntry::getId);
    }

    /** Every entry of the person (data export). */
    List<FolderEntry> all(String owner) {
        return entries.findByOwnerOrderBySavedAtDescIdDesc(owner);
    }

    /** Removes every entry of the person (erasure). */
    @Transactional
    public int eraseAll(String owner) {
        List<FolderEntry> mine = entries.findByOwnerOrderBySavedAtDescIdDesc(owner);
        entries.deleteAll(mine);
        entries.flush();
        return mine.size();
    }

    private FolderEntry owned(long entryId, String owner) {
        return entries.findByIdAndOwner(entryId, owner).orElseThrow(() -> new FolderEntryNotFoundException(entryId));
    }

    private FolderEntryView view(FolderEntry entry, Map<String, String> unitNames) {
        Optional<PracticeSnapshot> practice = practices.findPublished(entry.getPracticeId());
        String title = practice.map(p -> p.content().title()).orElse(entry.getPracticeTitle());
        String teryt = practice.map(p -> p.content().leadUnitTeryt()).orElse(entry.getUnitTeryt());
        String unitName = teryt == null ? null : unitNames.computeIfAbsent(teryt, practices::unitNameOf);
        return new FolderEntryView(entry.getId(), entry.getPracticeId(), title, teryt, unitName, practice.isPresent(),
                entry.getNote(), entry.getSavedAt(), entry.getVersion());
    }
}
