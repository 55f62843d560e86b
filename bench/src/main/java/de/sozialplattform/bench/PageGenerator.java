package de.sozialplattform.bench;

import de.sozialplattform.cms.content.TextNormalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Generated information pages, the same for the same seed: German-ish text from a fixed word list, one of ten
 * topics, categories, a review date in 2025–2026 and one section with a body of about 2 KB. Every body carries
 * one of {@link #RARE_WORDS}, so each of them finds about one page in twenty with a full-text query.
 */
final class PageGenerator {

    static final List<String> TOPICS = List.of("grundsicherung", "familie", "wohnen", "gesundheit", "pflege",
            "arbeit", "bildung", "behinderung", "schulden", "rente");
    static final List<String> RARE_WORDS = List.of("Heizkostenzuschuss", "Bildungspaket", "Kinderzuschlag",
            "Schuldnerberatung", "Mehrbedarf", "Härtefallfonds", "Elterngeld", "Pflegegrad", "Wohnberechtigungsschein",
            "Unterhaltsvorschuss", "Eingliederungshilfe", "Schwerbehindertenausweis", "Berufsausbildungsbeihilfe",
            "Grundrente", "Mutterschaftsgeld", "Sozialpass", "Tafelausweis", "Energieschulden",
            "Mietschuldenübernahme", "Bestattungskosten");
    private static final List<String> NOUNS = List.of("Antrag", "Leistung", "Anspruch", "Beratung", "Unterstützung",
            "Familie", "Einkommen", "Miete", "Bescheid", "Frist", "Nachweis", "Haushalt", "Kinder", "Pflege",
            "Wohnung", "Arbeit", "Ausbildung", "Behörde", "Formular", "Hilfe", "Kosten", "Zuschuss", "Voraussetzung",
            "Bewilligung", "Widerspruch", "Sozialamt", "Jobcenter", "Landkreis", "Gemeinde", "Beratungsstelle");
    private static final List<String> WORDS = List.of("die", "der", "das", "und", "oder", "für", "mit", "bei", "wenn",
            "Sie", "Ihre", "werden", "können", "müssen", "nicht", "auch", "monatlich", "zuständig", "persönlich",
            "online", "schriftlich", "erhalten", "beantragen", "prüfen", "berechnen", "zahlt", "gilt", "nach",
            "vor", "einen", "eine", "im", "am", "zum", "zur", "bis", "ab", "wird", "ist", "sind");
    private static final List<String> CATEGORIES = List.of("ozgService", "benefit", "counsellingTopic");
    private static final LocalDate FIRST_REVIEW = LocalDate.of(2025, 1, 1);
    private static final int REVIEW_DAYS = 730;
    private static final int BODY_CHARS = 2000;

    /** A page to create below {@code /bench/<topic>}. */
    record Page(String topic, String name, Map<String, Object> properties) {

        String path() {
            return folder(topic) + "/" + name;
        }
    }

    static String folder(String topic) {
        return "/bench/" + topic;
    }

    private final Random random;

    PageGenerator(long seed) {
        this.random = new Random(seed);
    }

    List<Page> pages(int count) {
        List<Page> pages = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            pages.add(page(i));
        }
        return pages;
    }

    private Page page(int index) {
        String topic = pick(TOPICS);
        String title = pick(NOUNS) + " " + pick(WORDS) + " " + pick(NOUNS) + " " + pick(NOUNS);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("title", title);
        properties.put("title_en", title + " (EN)");
        properties.put("teaser", sentence(18));
        properties.put("topic", topic);
        properties.put("categories", categories());
        properties.put("lastReviewed", FIRST_REVIEW.plusDays(random.nextInt(REVIEW_DAYS)).toString());
        properties.put("sections", List.of(Map.of("heading", sentence(4), "body", body())));
        return new Page(topic, slug(title) + "-" + index, properties);
    }

    private List<String> categories() {
        List<String> categories = new ArrayList<>();
        for (String category : CATEGORIES) {
            if (random.nextInt(3) == 0) {
                categories.add(category);
            }
        }
        return categories.isEmpty() ? List.of(pick(CATEGORIES)) : categories;
    }

    /** Paragraphs of about {@value #BODY_CHARS} characters in all, one rare word somewhere among them. */
    private String body() {
        StringBuilder body = new StringBuilder();
        int rareAt = random.nextInt(BODY_CHARS);
        String rare = pick(RARE_WORDS);
        while (body.length() < BODY_CHARS) {
            String paragraph = sentence(10 + random.nextInt(20)) + " " + sentence(10 + random.nextInt(20));
            if (rare != null && body.length() + paragraph.length() > rareAt) {
                paragraph = paragraph + " " + rare + " " + sentence(6);
                rare = null;
            }
            body.append("<p>").append(paragraph).append("</p>");
        }
        return body.toString();
    }

    private String sentence(int words) {
        StringBuilder sentence = new StringBuilder(pick(NOUNS));
        for (int i = 1; i < words; i++) {
            sentence.append(' ').append(random.nextInt(3) == 0 ? pick(NOUNS) : pick(WORDS));
        }
        return sentence.append('.').toString();
    }

    private String pick(List<String> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static String slug(String title) {
        return TextNormalizer.normalize(title).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
