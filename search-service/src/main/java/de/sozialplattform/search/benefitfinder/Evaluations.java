package de.sozialplattform.search.benefitfinder;

import de.sozialplattform.search.benefitfinder.Evaluation.Result;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Evaluates answers and presents the outcome in one language: reasons and notes as sentences, titles and links from
 * the CMS, nearby advice centres for counselling offers. Used by the evaluation API and by the web UI, so both say
 * the same. Nothing of the answers is stored or logged.
 */
@Component
public class Evaluations {

    /** Benefit rules apply by German calendar days, whatever zone the server runs in. */
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final BenefitFinder finder;
    private final EvaluateTexts texts;
    private final EvaluateAdvice advice;
    private final BenefitDescriptions descriptions;
    private final Clock clock;

    Evaluations(BenefitFinder finder, EvaluateTexts texts, EvaluateAdvice advice, BenefitDescriptions descriptions,
            ObjectProvider<Clock> clock) {
        this.finder = finder;
        this.texts = texts;
        this.advice = advice;
        this.descriptions = descriptions;
        this.clock = clock.getIfAvailable(Clock::systemUTC).withZone(BERLIN);
    }

    /** Today in Germany: the date whose rules apply unless a caller asks for another. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * @param postalCode a 5-digit PLZ for nearby advice centres, or {@code null}
     * @param date the date whose rules apply, {@code null} for today
     */
    public EvaluationReport evaluate(Answers answers, String postalCode, LocalDate date, String lang) {
        Evaluation evaluation = finder.evaluate(answers, date == null ? today() : date);
        EvaluateAdvice.Found found = postalCode == null ? null : advice.find(evaluation.results(), postalCode, lang);
        BenefitDescriptions.Lookup lookup = descriptions.in(lang);
        List<EvaluationReport.Item> items = evaluation.results().stream()
                .map(result -> item(result, lookup.describe(result.benefit()), found, lang))
                .toList();
        List<String> notes = new ArrayList<>(evaluation.notes().stream().map(note -> texts.text(note, lang)).toList());
        if (found != null) {
            found.note().ifPresent(note -> notes.add(texts.text(Evaluation.Text.of(note), lang)));
        }
        return new EvaluationReport(evaluation.date().toString(), items, notes);
    }

    private EvaluationReport.Item item(Result result, BenefitDescription description, EvaluateAdvice.Found found,
            String lang) {
        return new EvaluationReport.Item(result.benefit(), result.outcome().name().toLowerCase(Locale.ROOT),
                description.title(), description.description(),
                result.reasons().stream().map(reason -> texts.text(reason, lang)).toList(), result.legalBasis(),
                result.counselling(), description.infoPage(), description.applyUrl(),
                found == null ? null : found.byBenefit().get(result.benefit()));
    }
}
