package pl.dobrepraktyki.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import pl.dobrepraktyki.localgov.SizeCategory;

/**
 * The competition edition a practice comes from and what it won there: shown on the practice page
 * and readable by the search indexer ({@link PracticeSnapshot#award()}, {@link Practice#getAward()}).
 * Set only by {@link PracticeService#submitAwarded}.
 *
 * @param editionId the id of the competition edition (its page is {@code /konkursy/{editionId}})
 * @param editionName the edition's name, e.g. "Samorządowy Lider Zarządzania 2025"
 * @param year the edition's year
 * @param award finalist, laureate or distinction
 * @param category the size category in which the practice was awarded
 */
@Embeddable
public record CompetitionAward(@Column(name = "award_edition_id") Long editionId,
        @Column(name = "award_edition_name") String editionName, @Column(name = "award_year") Integer year,
        @Column(name = "award") @Enumerated(EnumType.STRING) Award award,
        @Column(name = "award_category") @Enumerated(EnumType.STRING) SizeCategory category) {
}
