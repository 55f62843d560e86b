package de.sozialplattform.search.benefitfinder.web;

import de.sozialplattform.search.web.WebLanguages;
import de.sozialplattform.search.web.pdf.PdfRenderer;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The result page as a PDF ("Als PDF herunterladen"): the same content fragments rendered into a print document
 * and turned into a tagged PDF with an embedded Unicode font. Rendered in memory and sent; nothing is kept.
 */
@Component
class ResultPdf {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final ITemplateEngine templates;
    private final PdfRenderer renderer;

    ResultPdf(ITemplateEngine templates, PdfRenderer renderer) {
        this.templates = templates;
        this.renderer = renderer;
    }

    /**
     * @param result the result page's model (report, groups, answers, rules date)
     * @param siteUrl this site's address, for the links in the document
     */
    byte[] render(Map<String, Object> result, String siteUrl, Locale locale) {
        Context context = new Context(locale, result);
        context.setVariable("lang", locale.getLanguage());
        context.setVariable("dir", WebLanguages.direction(locale.getLanguage()));
        context.setVariable("linkBase", siteUrl);
        context.setVariable("created", ZonedDateTime.now(BERLIN)
                .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)));
        return renderer.render(templates.process("benefitfinder/result-pdf", context), null);
    }
}
