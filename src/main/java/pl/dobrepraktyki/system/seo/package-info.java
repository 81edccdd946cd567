/**
 * What search engines and link previews read: {@code /sitemap.xml} (an index of parts of at most
 * 50,000 addresses, filled by each module's {@link pl.dobrepraktyki.system.seo.SitemapSource}),
 * {@code /robots.txt}, the canonical address of every page and a page's
 * {@link pl.dobrepraktyki.system.seo.PageMeta} (Open Graph and schema.org JSON-LD).
 */
@org.springframework.modulith.NamedInterface("seo")
package pl.dobrepraktyki.system.seo;
