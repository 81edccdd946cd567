package pl.dobrepraktyki.api;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import pl.dobrepraktyki.competition.CompetitionService;
import pl.dobrepraktyki.competition.Edition;
import pl.dobrepraktyki.competition.EditionPhase;
import pl.dobrepraktyki.competition.EditionResults;

/**
 * The competition "Samorządowy Lider Zarządzania": its editions, and the results of one edition per
 * category (laureates, distinctions, finalists, each with its unit and, once an editor published it,
 * the id of its practice). An unknown edition is a 404 problem.
 */
@RestController
@RequestMapping("/api/v1/competitions")
@Tag(name = "competitions", description = "Konkurs „Samorządowy Lider Zarządzania”: edycje i wyniki")
class CompetitionApiController {

    private final CompetitionService competition;

    CompetitionApiController(CompetitionService competition) {
        this.competition = competition;
    }

    @GetMapping
    @Operation(summary = "Every edition, newest first")
    List<EditionResponse> editions() {
        return competition.editions().stream().map(e -> EditionResponse.of(e, competition.phase(e))).toList();
    }

    @GetMapping("/{id}/results")
    @Operation(summary = "Results of one edition per category (empty lists until the results are published)")
    ResultsResponse results(@PathVariable long id) {
        EditionResults results = competition.results(id);
        return new ResultsResponse(results.editionId(), results.name(), results.year(), results.published(),
                results.categories().stream().map(c -> new CategoryResponse(c.category().name(), awarded(c.laureates()),
                        awarded(c.distinctions()), awarded(c.finalists()))).toList());
    }

    private static List<AwardedResponse> awarded(List<EditionResults.AwardedEntry> entries) {
        return entries.stream().map(a -> new AwardedResponse(a.entryId(), a.title(),
                new UnitRef(a.unitTeryt(), a.unitName()), a.practicePublic() ? a.practiceId() : null)).toList();
    }

    /** An edition: its call and where it is now ({@code ANNOUNCED}, {@code OPEN}, {@code EVALUATION}, {@code FINISHED}). */
    record EditionResponse(long id, String name, int year, String theme, String phase, Instant opensAt,
            Instant closesAt, List<String> categories, List<String> areas, List<String> criteria, boolean demo) {

        static EditionResponse of(Edition e, EditionPhase phase) {
            return new EditionResponse(e.getId(), e.getName(), e.getYear(), e.getTheme(), phase.name(), e.getOpensAt(),
                    e.getClosesAt(), e.getCategories().stream().map(Enum::name).toList(), e.getAreas(),
                    e.getCriteria().stream().map(c -> c.name() + " (" + c.weight() + ")").toList(), e.isDemo());
        }
    }

    record ResultsResponse(long editionId, String name, int year, boolean published, List<CategoryResponse> categories) {
    }

    record CategoryResponse(String category, List<AwardedResponse> laureates, List<AwardedResponse> distinctions,
            List<AwardedResponse> finalists) {
    }

    /** An awarded entry; {@code practiceId} is the public practice it became ({@code null} until an editor published it). */
    record AwardedResponse(long entryId, String title, UnitRef unit, Long practiceId) {
    }

    record UnitRef(String teryt, String name) {
    }
}
