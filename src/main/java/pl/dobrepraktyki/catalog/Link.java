package pl.dobrepraktyki.catalog;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A link to more about the practice (the unit's page, a document, a film). Only http(s) addresses. */
@Embeddable
public record Link(@Column(name = "title") String title, @Column(name = "url") String url) {

    public Link {
        title = Texts.clean(title);
        url = Texts.clean(url);
    }

    /** True for an absolute http:// or https:// address without spaces. */
    @JsonIgnore
    public boolean isValid() {
        return url != null && url.matches("(?i)https?://[^\\s<>\"]+") && url.length() <= 2000;
    }
}
