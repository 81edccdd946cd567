package pl.dobrepraktyki.system.seo;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The canonical address of every page, for {@code <link rel="canonical">} and {@code og:url}: the address as
 * requested, absolute, without the language switch ({@code lang}), so that one page has one address.
 */
@ControllerAdvice
class CanonicalUrlAdvice {

    @ModelAttribute("canonicalUrl")
    String canonicalUrl(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("lang").build()
                .toUriString();
    }
}
