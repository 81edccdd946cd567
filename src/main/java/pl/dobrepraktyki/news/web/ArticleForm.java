package pl.dobrepraktyki.news.web;

import java.util.Arrays;
import java.util.List;

import pl.dobrepraktyki.news.ArticleContent;
import pl.dobrepraktyki.news.ArticleKind;
import pl.dobrepraktyki.news.ArticleView;

/** The editor's form of an article: the links are one address a line. */
public class ArticleForm {

    private ArticleKind kind = ArticleKind.NEWS;
    private String title;
    private String lead;
    private String body;
    private String slug;
    private String links;
    private Long version;

    static ArticleForm of(ArticleView article) {
        ArticleForm form = new ArticleForm();
        form.kind = article.kind();
        form.title = article.title();
        form.lead = article.lead();
        form.body = article.body();
        form.slug = article.slug();
        form.links = String.join("\n", article.linkPaths());
        form.version = article.version();
        return form;
    }

    ArticleContent content() {
        List<String> paths = links == null ? List.of()
                : Arrays.stream(links.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new ArticleContent(title, lead, body, slug, paths);
    }

    public ArticleKind getKind() {
        return kind;
    }

    public void setKind(ArticleKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getLead() {
        return lead;
    }

    public void setLead(String lead) {
        this.lead = lead;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getLinks() {
        return links;
    }

    public void setLinks(String links) {
        this.links = links;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
