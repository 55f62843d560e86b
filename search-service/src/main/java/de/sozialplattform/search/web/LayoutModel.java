package de.sozialplattform.search.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the layout needs on every {@link WebPage}: the page language and direction, and the language switch (for a
 * GET page: links to the same page in each language; forms offer their own switch so no answer is lost).
 */
@ControllerAdvice(annotations = WebPage.class)
class LayoutModel {

    private final WebLanguages languages;

    LayoutModel(WebLanguages languages) {
        this.languages = languages;
    }

    @ModelAttribute("page")
    PageContext page(HttpServletRequest request) {
        String lang = RequestContextUtils.getLocale(request).getLanguage();
        List<LanguageLink> links = languages.supported().stream()
                .map(other -> new LanguageLink(other, languageName(other), link(request, other),
                        WebLanguages.direction(other), other.equals(lang)))
                .toList();
        return new PageContext(lang, WebLanguages.direction(lang), links);
    }

    /** A language's name in that language, as people look for it ("English", "Deutsch", "العربية"). */
    private static String languageName(String lang) {
        Locale locale = Locale.forLanguageTag(lang);
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? lang : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    private static String link(HttpServletRequest request, String lang) {
        return UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString())
                .replaceQueryParam(PageLocaleResolver.PARAMETER, lang)
                .build()
                .toUriString();
    }

    /**
     * @param lang the page's language code, for {@code <html lang>}
     * @param dir {@code ltr} or {@code rtl}
     * @param languages the language switch, the current language marked
     */
    public record PageContext(String lang, String dir, List<LanguageLink> languages) {
    }

    /** One entry of the language switch. */
    public record LanguageLink(String lang, String name, String href, String dir, boolean current) {
    }
}
