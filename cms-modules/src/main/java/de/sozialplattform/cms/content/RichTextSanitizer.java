package de.sozialplattform.cms.content;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * Cleans rich text on the way in with an allow-list: structure and emphasis, links to web, mail and phone
 * addresses, language and direction marks for multilingual text. Everything else (scripts, styles, event
 * handlers, frames) is removed, so stored rich text is safe to render.
 */
@Component
public class RichTextSanitizer {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "ul", "ol", "li", "strong", "em", "b", "i", "u", "h2", "h3", "h4", "blockquote",
                    "abbr", "span", "a")
            .allowAttributes("href").onElements("a")
            .allowUrlProtocols("https", "http", "mailto", "tel")
            .allowAttributes("title").onElements("abbr", "a")
            .allowAttributes("lang", "dir").globally()
            .toFactory();

    public String sanitize(String html) {
        return POLICY.sanitize(html);
    }
}
