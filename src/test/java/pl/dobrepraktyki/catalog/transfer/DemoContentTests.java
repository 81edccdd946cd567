package pl.dobrepraktyki.catalog.transfer;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ActiveProfiles;

import pl.dobrepraktyki.catalog.PracticeService;
import pl.dobrepraktyki.catalog.PracticeSnapshot;
import pl.dobrepraktyki.catalog.PracticeStatus;
import pl.dobrepraktyki.catalog.Taxonomy;
import pl.dobrepraktyki.catalog.TaxonomyService;
import pl.dobrepraktyki.catalog.TaxonomyTerm;
import pl.dobrepraktyki.localgov.LocalGovernmentService;
import pl.dobrepraktyki.localgov.UnitKind;

import static org.assertj.core.api.Assertions.assertThat;

/** The default start shows a base that feels real: the team's demo practices, published and complete. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "bdp.demo-content=true")
@ActiveProfiles("test")
class DemoContentTests {

    @Autowired
    PracticeService practices;

    @Autowired
    TaxonomyService taxonomies;

    @Autowired
    LocalGovernmentService units;

    @Test
    void theFirstStartLoadsTheDemoPracticesOverEverySectionTypeKindAndVoivodeship() {
        List<PracticeSnapshot> demo = practices.exportable(EnumSet.allOf(PracticeStatus.class)).stream()
                .filter(PracticeService.ExportedPractice::demo).map(PracticeService.ExportedPractice::snapshot)
                .toList();

        assertThat(demo).hasSizeGreaterThanOrEqualTo(40);
        assertThat(practices.published(null, PageRequest.of(0, 1)).getTotalElements()).isEqualTo(demo.size());
        assertThat(demo).allSatisfy(p -> {
            assertThat(p.status()).isEqualTo(PracticeStatus.PUBLISHED);
            assertThat(p.content().results()).isNotEmpty().allMatch(r -> r.isMeasurable());
            assertThat(p.content().lessons()).isNotBlank();
            assertThat(p.content().problem()).isNotBlank();
            assertThat(p.content().solution()).isNotBlank();
        });
        assertThat(demo.stream().map(p -> p.content().section()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(codes(Taxonomy.SECTION));
        assertThat(demo.stream().flatMap(p -> p.content().types().stream()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(codes(Taxonomy.PRACTICE_TYPE));
        assertThat(demo.stream().map(p -> p.content().leadUnitTeryt().substring(0, 2)).collect(Collectors.toSet()))
                .hasSize(16);
        Set<UnitKind> kinds = demo.stream().map(p -> units.getByCode(p.content().leadUnitTeryt()).getKind())
                .collect(Collectors.toSet());
        assertThat(kinds).containsExactlyInAnyOrder(UnitKind.values());
    }

    private Set<String> codes(Taxonomy taxonomy) {
        return taxonomies.terms(taxonomy).stream().map(TaxonomyTerm::getCode).collect(Collectors.toSet());
    }
}
