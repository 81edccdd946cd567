package pl.dobrepraktyki.news;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ArticleFileRepository extends JpaRepository<ArticleFile, Long> {

    List<ArticleFile> findByArticleIdOrderByIdAsc(long articleId);
}
