package pl.dobrepraktyki.exchange.web;

import java.util.Comparator;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import pl.dobrepraktyki.exchange.GroupService;
import pl.dobrepraktyki.exchange.GroupSummary;
import pl.dobrepraktyki.exchange.MeetingService;
import pl.dobrepraktyki.exchange.MeetingSummary;
import pl.dobrepraktyki.system.seo.SitemapSource;

/** The public pages of the exchange groups and of their meetings in the sitemap. */
@Configuration(proxyBeanMethods = false)
class ExchangeSitemap {

    @Bean
    SitemapSource exchangeGroupsSitemap(GroupService groups) {
        return SitemapSource.of("grupy", () -> groups.groups().stream()
                .sorted(Comparator.comparingLong(GroupSummary::id))
                .map(g -> new SitemapSource.Entry("/grupy/" + g.id(), null))
                .toList());
    }

    @Bean
    SitemapSource exchangeMeetingsSitemap(MeetingService meetings) {
        return SitemapSource.of("spotkania", () -> meetings.between(null, null).stream()
                .sorted(Comparator.comparingLong(MeetingSummary::id))
                .map(m -> new SitemapSource.Entry("/spotkania/" + m.id(), null))
                .toList());
    }
}
