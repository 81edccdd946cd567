package pl.dobrepraktyki.news;

import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pl.dobrepraktyki.catalog.AttachmentDownload;
import pl.dobrepraktyki.catalog.AttachmentRejectedException;
import pl.dobrepraktyki.catalog.CheckedDocuments;

/**
 * The editors' desk for the platform's own content: drafts, publication and withdrawal, a saved version at
 * every save, optimistic locking (a stale edit is refused, never written over), checked PDF files of
 * publications and the platform pages an article is about. Whoever is not an editor sees published articles
 * only: a draft is not found for them. Access to the editing methods is checked by the web rules
 * ({@code /redakcja/**} is for editors and administrators).
 */
@Service
@Transactional(readOnly = true)
public class NewsService {

    /** Longest title, lead and body. */
    public static final int MAX_TITLE = 300;
    public static final int MAX_LEAD = 1000;
    public static final int MAX_BODY = 100_000;
    /** Most links of one article. */
    public static final int MAX_LINKS = 20;

    static final String PDF = "application/pdf";
    private static final Pattern SLUG_CHARACTERS = Pattern.compile("[a-z0-9-]{1,100}");

    private final ArticleRepository articles;
    private final ArticleVersionRepository versions;
    private final ArticleFileRepository files;
    private final ArticleLinks links;
    private final CheckedDocuments documents;
    private final Clock clock;

    NewsService(ArticleRepository articles, ArticleVersionRepository versions, ArticleFileRepository files,
            ArticleLinks links, CheckedDocuments documents, Clock clock) {
        this.articles = articles;
        this.versions = versions;
        this.files = files;
        this.links = links;
        this.documents = documents;
        this.clock = clock;
    }

    // --- editing ----------------------------------------------------------------------------------

    /**
     * A new draft.
     *
     * @throws ArticleValidationException when the content is incomplete or a link is not a public page
     */
    @Transactional
    public ArticleView create(ArticleKind kind, ArticleContent content, String actor) {
        ArticleContent checked = validate(kind, null, content);
        Article article = articles.save(new Article(kind, checked, actor, clock.instant(), false));
        snapshot(article);
        return view(article);
    }

    /**
     * Saves an edit of the version the editor saw.
     *
     * @throws ArticleConflictException when the article was saved since (nothing is changed)
     * @throws ArticleValidationException when the content is incomplete or a link is not a public page
     */
    @Transactional
    public ArticleView update(long id, long seenVersion, ArticleContent content, String actor) {
        Article article = current(id, seenVersion);
        ArticleContent checked = validate(article.getKind(), id, content);
        article.edit(checked, actor, clock.instant());
        return saved(article);
    }

    /** Publishes the version the editor saw. */
    @Transactional
    public ArticleView publish(long id, long seenVersion, String actor) {
        Article article = current(id, seenVersion);
        article.publish(actor, clock.instant());
        return saved(article);
    }

    /** Takes a published article back to the drafts. */
    @Transactional
    public ArticleView withdraw(long id, long seenVersion, String actor) {
        Article article = current(id, seenVersion);
        article.withdraw(actor, clock.instant());
        return saved(article);
    }

    private Article current(long id, long seenVersion) {
        Article article = load(id);
        if (article.getVersion() != seenVersion) {
            throw new ArticleConflictException(view(article));
        }
        return article;
    }

    private ArticleView saved(Article article) {
        articles.saveAndFlush(article);
        snapshot(article);
        return view(article);
    }

    private void snapshot(Article article) {
        versions.save(new ArticleVersion(article, versions.countByArticleId(article.getId()) + 1));
    }

    private ArticleContent validate(ArticleKind kind, Long id, ArticleContent content) {
        Map<String, ArticleValidationException.Problem> problems = new LinkedHashMap<>();
        String title = strip(content.title());
        String lead = strip(content.lead());
        String body = strip(content.body());
        String slug = kind == ArticleKind.PAGE ? strip(content.slug()) : null;
        if (title == null) {
            problems.put("title", problem("news.error.title.required"));
        }
        else if (title.length() > MAX_TITLE) {
            problems.put("title", problem("news.error.title.tooLong"));
        }
        if (lead == null) {
            problems.put("lead", problem("news.error.lead.required"));
        }
        else if (lead.length() > MAX_LEAD) {
            problems.put("lead", problem("news.error.lead.tooLong"));
        }
        if (body != null && body.length() > MAX_BODY) {
            problems.put("body", problem("news.error.body.tooLong"));
        }
        if (kind == ArticleKind.PAGE) {
            if (slug == null) {
                problems.put("slug", problem("news.error.slug.required"));
            }
            else if (slug.length() > 100 || !slugShape(slug)) {
                problems.put("slug", problem("news.error.slug.shape"));
            }
            else if (articles.findBySlug(slug).filter(other -> !other.getId().equals(id)).isPresent()) {
                problems.put("slug", problem("news.error.slug.taken"));
            }
        }
        List<String> paths = new ArrayList<>();
        for (String link : content.links()) {
            if (link == null || link.isBlank()) {
                continue;
            }
            String normal = ArticleLinks.normalise(link);
            if (normal == null) {
                problems.putIfAbsent("links", new ArticleValidationException.Problem("news.error.link.shape", link.strip()));
            }
            else if (links.resolve(normal).isEmpty()) {
                problems.putIfAbsent("links", new ArticleValidationException.Problem("news.error.link.unknown", normal));
            }
            else if (!paths.contains(normal)) {
                paths.add(normal);
            }
        }
        if (paths.size() > MAX_LINKS) {
            problems.putIfAbsent("links", problem("news.error.link.tooMany"));
        }
        if (!problems.isEmpty()) {
            throw new ArticleValidationException(problems);
        }
        return new ArticleContent(title, lead, body, slug, paths);
    }

    /** Lower-case letters, digits and single hyphens between them. */
    static boolean slugShape(String slug) {
        return SLUG_CHARACTERS.matcher(slug).matches() && !slug.startsWith("-") && !slug.endsWith("-")
                && !slug.contains("--");
    }

    private static ArticleValidationException.Problem problem(String key) {
        return new ArticleValidationException.Problem(key, null);
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    // --- reading ----------------------------------------------------------------------------------

    /** Any article, for its editors. */
    public ArticleView forEditor(long id) {
        return view(load(id));
    }

    /**
     * An article of the kind as its public page shows it; a draft only for an editor.
     *
     * @throws ArticleNotFoundException when there is none, it is of another kind, or it is a draft and
     *         {@code editor} is false
     */
    public ArticleView shown(ArticleKind kind, long id, boolean editor) {
        Article article = articles.findById(id).filter(a -> a.getKind() == kind)
                .filter(a -> editor || a.isPublished()).orElseThrow(() -> new ArticleNotFoundException(id));
        return view(article);
    }

    /** A page by its slug; a draft only for an editor. */
    public ArticleView page(String slug, boolean editor) {
        Article article = articles.findBySlug(slug).filter(a -> a.getKind() == ArticleKind.PAGE)
                .filter(a -> editor || a.isPublished()).orElseThrow(() -> new ArticleNotFoundException(slug));
        return view(article);
    }

    /** Published articles of a kind, the newest first. */
    public Page<ArticleSummary> published(ArticleKind kind, int page, int size) {
        return articles.findByKindAndStatusOrderByPublishedAtDescIdDesc(kind, ArticleStatus.PUBLISHED,
                PageRequest.of(Math.max(page, 0), size)).map(ArticleSummary::of);
    }

    /** The newest published articles of the kinds. */
    public List<ArticleSummary> latest(List<ArticleKind> kinds, int limit) {
        return articles.findByStatusAndKindInOrderByPublishedAtDescIdDesc(ArticleStatus.PUBLISHED, kinds,
                PageRequest.of(0, limit)).stream().map(ArticleSummary::of).toList();
    }

    /** Every published article (for the sitemap), in the order of creation. */
    public List<ArticleSummary> allPublished() {
        return articles.findByStatusOrderByIdAsc(ArticleStatus.PUBLISHED).stream().map(ArticleSummary::of).toList();
    }

    /** Every article for the editors' list, the last changed first; {@code null} filters nothing. */
    public List<ArticleSummary> all(ArticleKind kind, ArticleStatus status) {
        return articles.filtered(kind, status).stream().map(ArticleSummary::of).toList();
    }

    /** Published articles linked to a platform page ({@code /praktyki/12}), the newest first. */
    public List<ArticleSummary> about(String path) {
        return articles.findByStatusOrderByIdAsc(ArticleStatus.PUBLISHED).stream()
                .filter(a -> a.getLinks().contains(path)).map(ArticleSummary::of)
                .sorted(java.util.Comparator.comparing(ArticleSummary::publishedAt).reversed()).toList();
    }

    /** Every saved version of an article, the newest first. */
    public List<ArticleVersionView> versions(long id) {
        load(id);
        return versions.findByArticleIdOrderByNumberDesc(id).stream().map(ArticleVersion::view).toList();
    }

    /** One saved version. */
    public ArticleVersionView version(long id, long number) {
        return versions.findByArticleIdAndNumber(id, number).map(ArticleVersion::view)
                .orElseThrow(() -> new ArticleNotFoundException(id + " version " + number));
    }

    // --- files --------------------------------------------------------------------------------------

    /**
     * Adds a PDF file to a publication, checked like practice attachments.
     *
     * @throws AttachmentRejectedException when the file is not accepted or is not a PDF
     */
    @Transactional
    public ArticleView.FileView addFile(long id, String fileName, InputStream content, String actor) {
        Article article = load(id);
        if (article.getKind() != ArticleKind.PUBLICATION) {
            throw new AttachmentRejectedException("news.file.publicationOnly");
        }
        CheckedDocuments.StoredDocument stored = documents.store(fileName, content);
        if (!PDF.equals(stored.contentType())) {
            documents.delete(stored.key());
            throw new AttachmentRejectedException("news.file.pdfOnly");
        }
        return files.save(new ArticleFile(id, stored.key(), stored.fileName(), stored.contentType(),
                stored.sizeBytes(), actor, clock.instant())).view();
    }

    /** Demonstration content: adds a stored document without checks of the kind. */
    @Transactional
    public void addFileDemo(long id, CheckedDocuments.StoredDocument stored, String actor) {
        files.save(new ArticleFile(id, stored.key(), stored.fileName(), stored.contentType(), stored.sizeBytes(),
                actor, clock.instant()));
    }

    @Transactional
    public void deleteFile(long id, long fileId) {
        ArticleFile file = files.findById(fileId).filter(f -> f.getArticleId() == id)
                .orElseThrow(() -> new ArticleNotFoundException("file " + fileId));
        files.delete(file);
        documents.delete(file.getStorageKey());
    }

    /** A file to send: of a published article, or of any for an editor. */
    public FileDownload download(long fileId, boolean editor) {
        ArticleFile file = files.findById(fileId).orElseThrow(() -> new ArticleNotFoundException("file " + fileId));
        Article article = load(file.getArticleId());
        if (!editor && !article.isPublished()) {
            throw new ArticleNotFoundException("file " + fileId);
        }
        String key = file.getStorageKey();
        return new FileDownload(file.view(), () -> documents.open(key));
    }

    /** A file and the way to read it. */
    public record FileDownload(ArticleView.FileView info, AttachmentDownload.Opener content) {
    }

    /** The largest accepted file. */
    public long maxFileMegabytes() {
        return documents.maxSize().toMegabytes();
    }

    // --- demo ---------------------------------------------------------------------------------------

    /** Whether demonstration articles were recorded already. */
    public boolean hasDemo() {
        return articles.existsByDemoTrue();
    }

    /** Demonstration content: a (published) article marked as demo. */
    @Transactional
    public long seed(ArticleKind kind, ArticleContent content, boolean publish, String actor) {
        ArticleContent checked = validate(kind, null, content);
        Article article = articles.save(new Article(kind, checked, actor, clock.instant(), true));
        snapshot(article);
        if (publish) {
            article.publish(actor, clock.instant());
            saved(article);
        }
        return article.getId();
    }

    // --- views --------------------------------------------------------------------------------------

    private Article load(long id) {
        return articles.findById(id).orElseThrow(() -> new ArticleNotFoundException(id));
    }

    private ArticleView view(Article a) {
        List<String> paths = List.copyOf(a.getLinks());
        List<ArticleView.LinkedItem> resolved = paths.stream().map(links::resolve).flatMap(Optional::stream).toList();
        List<ArticleView.FileView> fileViews = a.getId() == null ? List.of()
                : files.findByArticleIdOrderByIdAsc(a.getId()).stream().map(ArticleFile::view).toList();
        return new ArticleView(a.getId(), a.getKind(), a.getTitle(), a.getLead(), a.getBody(), a.getSlug(),
                a.getStatus(), a.getPublishedAt(), a.getUpdatedAt(), a.getUpdatedBy(), a.getVersion(), a.isDemo(),
                paths, resolved, fileViews);
    }
}
