package pl.dobrepraktyki.news;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ArticleRepository extends JpaRepository<Article, Long> {

    Page<Article> findByKindAndStatusOrderByPublishedAtDescIdDesc(ArticleKind kind, ArticleStatus status,
            Pageable page);

    List<Article> findByStatusAndKindInOrderByPublishedAtDescIdDesc(ArticleStatus status, List<ArticleKind> kinds,
            Pageable page);

    List<Article> findByStatusOrderByIdAsc(ArticleStatus status);

    Optional<Article> findBySlug(String slug);

    @Query("select a from Article a where (:kind is null or a.kind = :kind) and (:status is null or a.status = :status)"
            + " order by a.updatedAt desc, a.id desc")
    List<Article> filtered(ArticleKind kind, ArticleStatus status);

    boolean existsByDemoTrue();
}
