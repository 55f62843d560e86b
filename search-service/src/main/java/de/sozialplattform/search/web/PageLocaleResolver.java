package de.sozialplattform.search.web;

import de.sozialplattform.lightmodules.Messages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of a page: the {@code lang} parameter (link or form field) when we have it, else the browser's
 * preferred language we have, else German. Kept in no cookie or session: pages stay stateless, and a link with
 * {@code lang} always shows what it says.
 */
class PageLocaleResolver implements LocaleResolver {

    static final String PARAMETER = "lang";

    private final WebLanguages languages;

    PageLocaleResolver(WebLanguages languages) {
        this.languages = languages;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        String requested = request.getParameter(PARAMETER);
        if (languages.supports(requested)) {
            return Locale.forLanguageTag(requested.toLowerCase(Locale.ROOT));
        }
        String header = request.getHeader("Accept-Language");
        if (header != null) {
            try {
                List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
                String best = Locale.lookupTag(ranges, languages.supported());
                if (best != null) {
                    return Locale.forLanguageTag(best);
                }
            } catch (IllegalArgumentException e) {
                // a malformed header is a browser's or a bot's mistake; German it is
            }
        }
        return Locale.forLanguageTag(Messages.DEFAULT_LANGUAGE);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("the page language follows the lang parameter");
    }
}
