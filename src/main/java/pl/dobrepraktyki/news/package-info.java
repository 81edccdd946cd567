/**
 * News, publications and pages of the platform's editors: news items ({@code /aktualnosci}), publications such
 * as reports and guides with their checked PDF files ({@code /publikacje}) and standing pages such as "about"
 * and "partners" ({@code /strony/{slug}}); a draft → published workflow (withdrawn = a draft again), a saved
 * version at every save, optimistic locking with a conflict page, Markdown through the catalog's
 * {@link pl.dobrepraktyki.catalog.SafeMarkdown}, and links to the practices, competition editions, exchange
 * groups and meetings an article is about. The editors' desk is {@code /redakcja/tresci}. The latest news are
 * shown on the home page ({@link pl.dobrepraktyki.system.home.HomePageSection}); articles are found by the
 * search ({@link pl.dobrepraktyki.search.SearchSource}, one per kind) and listed in the sitemap and the Atom
 * feed {@code /kanaly/aktualnosci.atom}.
 * <p>
 * Public API (this package): {@link pl.dobrepraktyki.news.NewsService} and its view records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Aktualności i publikacje",
        allowedDependencies = { "catalog", "competition", "exchange", "accounts", "search", "system::security",
                "system::seo", "system::home", "system::cli" })
package pl.dobrepraktyki.news;
