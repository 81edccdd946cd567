package pl.dobrepraktyki.catalog;

import java.time.ZoneId;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import pl.dobrepraktyki.system.seo.SitemapSource;

/** Every published practice's page in the sitemap, with the day it last changed. */
@Component
class PracticeSitemap implements SitemapSource {

    private static final ZoneId POLAND = ZoneId.of("Europe/Warsaw");

    private final PracticeRepository practices;

    PracticeSitemap(PracticeRepository practices) {
        this.practices = practices;
    }

    @Override
    public String name() {
        return "praktyki";
    }

    @Override
    @Transactional(readOnly = true)
    public long count() {
        return practices.countByStatus(PracticeStatus.PUBLISHED);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Entry> entries(long offset, int limit) {
        return practices.findIdsByStatus(PracticeStatus.PUBLISHED, PageRequest.of((int) (offset / limit), limit))
                .stream()
                .map(p -> new Entry("/praktyki/" + p.getId(),
                        p.getUpdatedAt() == null ? null : p.getUpdatedAt().atZone(POLAND).toLocalDate()))
                .toList();
    }
}
