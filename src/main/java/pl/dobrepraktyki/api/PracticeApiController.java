package pl.dobrepraktyki.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import pl.dobrepraktyki.catalog.AttachmentService;
import pl.dobrepraktyki.catalog.PracticeNotFoundException;
import pl.dobrepraktyki.catalog.PracticeService;
import pl.dobrepraktyki.catalog.Taxonomy;
import pl.dobrepraktyki.catalog.TaxonomyService;
import pl.dobrepraktyki.localgov.LocalGovernmentService;
import pl.dobrepraktyki.localgov.TerytCode;

/**
 * Public practices (published or due for re-verification); drafts and practices in review are not
 * in the API. Paging as in the units API: {@code page} from 0, {@code size} up to 100.
 */
@RestController
@RequestMapping("/api/v1/practices")
@Tag(name = "practices", description = "Opublikowane dobre praktyki")
class PracticeApiController {

    private final PracticeService practices;
    private final AttachmentService attachments;
    private final TaxonomyService taxonomies;
    private final LocalGovernmentService units;

    PracticeApiController(PracticeService practices, AttachmentService attachments, TaxonomyService taxonomies,
            LocalGovernmentService units) {
        this.practices = practices;
        this.attachments = attachments;
        this.taxonomies = taxonomies;
        this.units = units;
    }

    @GetMapping("/{id}")
    @Operation(summary = "One public practice with every part of the methodology")
    PracticeResponse practice(@PathVariable long id) {
        var snapshot = practices.findPublished(id).orElseThrow(() -> new PracticeNotFoundException(id));
        var files = attachments.attachmentsOf(id, null).stream()
                .map(a -> new PracticeResponse.AttachmentRef(a.id(), a.fileName(), a.contentType(), a.sizeBytes(),
                        "/zalaczniki/" + a.id()))
                .toList();
        return PracticeResponse.of(snapshot,
                teryt -> new PracticeResponse.UnitRef(teryt, units.unitName(teryt).orElse(null)), files);
    }

    @GetMapping
    @Operation(summary = "Public practices, optionally of one section and one unit, a page at a time")
    PageResponse<PracticeResponse.Item> practices(
            @Parameter(description = "section code, e.g. USLUGI_SPOLECZNE") @RequestParam(required = false) String section,
            @Parameter(description = "TERYT code of the lead or partner unit (7 digits; a city county's 4 digits give the city)")
            @RequestParam(required = false) String unit,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + UnitApiController.DEFAULT_PAGE_SIZE) int size) {
        if (page < 0) {
            throw badRequest("page must be 0 or more, was " + page);
        }
        if (size < 1 || size > UnitApiController.MAX_PAGE_SIZE) {
            throw badRequest("size must be between 1 and " + UnitApiController.MAX_PAGE_SIZE + ", was " + size);
        }
        String sectionCode = section == null || section.isBlank() ? null : section.strip();
        if (sectionCode != null && !taxonomies.exists(Taxonomy.SECTION, sectionCode)) {
            throw badRequest("unknown section " + sectionCode + "; see the codes in the section list of the base");
        }
        String unitCode = null;
        if (unit != null && !unit.isBlank()) {
            TerytCode code;
            try {
                code = TerytCode.of(unit.strip());
            }
            catch (IllegalArgumentException e) {
                throw badRequest(e.getMessage());
            }
            unitCode = units.getByCode(code).getTeryt();
        }
        return PageResponse.of(practices.publishedFor(sectionCode, unitCode,
                PageRequest.of(page, size, Sort.by("id"))), PracticeResponse.Item::of);
    }

    private static ResponseStatusException badRequest(String detail) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, detail);
    }
}
