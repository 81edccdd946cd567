package pl.dobrepraktyki.localgov;

import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import pl.dobrepraktyki.system.seo.SitemapSource;

/** The page of every unit of the register in the sitemap. */
@Component
class UnitSitemap implements SitemapSource {

    private final LocalGovernmentService units;

    UnitSitemap(LocalGovernmentService units) {
        this.units = units;
    }

    @Override
    public String name() {
        return "jst";
    }

    @Override
    public long count() {
        return units.count();
    }

    @Override
    public List<Entry> entries(long offset, int limit) {
        return units.search(UnitQuery.all(), PageRequest.of((int) (offset / limit), limit)).stream()
                .map(unit -> new Entry("/jst/" + unit.getTeryt(), null))
                .toList();
    }
}
