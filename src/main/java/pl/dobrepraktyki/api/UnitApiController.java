package pl.dobrepraktyki.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import pl.dobrepraktyki.localgov.LocalGovernmentService;
import pl.dobrepraktyki.localgov.TerytCode;
import pl.dobrepraktyki.localgov.UnitKind;
import pl.dobrepraktyki.localgov.UnitQuery;

/**
 * Local government units. {@code size} is at most {@value #MAX_PAGE_SIZE}; a bigger size, a
 * negative page, an unknown kind or a malformed code is a 400 problem, an unknown code a 404 problem.
 */
@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "units", description = "Jednostki samorządu terytorialnego (TERYT)")
class UnitApiController {

    static final int MAX_PAGE_SIZE = 100;
    static final int DEFAULT_PAGE_SIZE = 20;

    private final LocalGovernmentService units;

    UnitApiController(LocalGovernmentService units) {
        this.units = units;
    }

    @GetMapping("/{teryt}")
    @Operation(summary = "One unit by its TERYT code (2, 4 or 7 digits; a city county's 4-digit code gives the city)")
    UnitResponse unit(@PathVariable String teryt) {
        return UnitResponse.of(units.getByCode(parse(teryt)));
    }

    @GetMapping
    @Operation(summary = "Units filtered by kind, voivodeship and name, a page at a time (page from 0, size up to 100)")
    PageResponse<UnitResponse> units(
            @Parameter(description = "VOIVODESHIP, CITY_COUNTY, COUNTY, URBAN_MUNICIPALITY, URBAN_RURAL_MUNICIPALITY or RURAL_MUNICIPALITY")
            @RequestParam(required = false) String kind,
            @Parameter(description = "2-digit voivodeship code") @RequestParam(required = false) String voivodeship,
            @Parameter(description = "part of the name; case and Polish diacritics are ignored")
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + DEFAULT_PAGE_SIZE) int size) {
        if (page < 0) {
            throw badRequest("page must be 0 or more, was " + page);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw badRequest("size must be between 1 and " + MAX_PAGE_SIZE + ", was " + size);
        }
        UnitQuery query;
        try {
            query = new UnitQuery(kind == null || kind.isBlank() ? null : UnitKind.fromCode(kind), voivodeship, q);
        }
        catch (IllegalArgumentException e) {
            throw badRequest(e.getMessage());
        }
        return PageResponse.of(units.search(query, PageRequest.of(page, size)), UnitResponse::of);
    }

    private static TerytCode parse(String teryt) {
        try {
            return TerytCode.of(teryt);
        }
        catch (IllegalArgumentException e) {
            throw badRequest(e.getMessage());
        }
    }

    private static ResponseStatusException badRequest(String detail) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, detail);
    }
}
