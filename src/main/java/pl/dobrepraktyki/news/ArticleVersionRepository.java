package pl.dobrepraktyki.news;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ArticleVersionRepository extends JpaRepository<ArticleVersion, Long> {

    List<ArticleVersion> findByArticleIdOrderByNumberDesc(long articleId);

    Optional<ArticleVersion> findByArticleIdAndNumber(long articleId, long number);

    long countByArticleId(long articleId);
}
