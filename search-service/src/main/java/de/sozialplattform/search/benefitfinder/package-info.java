/**
 * The Sozialleistungsfinder (benefit finder): about 18 plain questions about a person's life, then which benefits
 * and counselling offers may fit, with reasons. Orientation only, never a binding decision. This package owns the
 * whole benefit finder.
 *
 * <p>Questions: {@code benefitFinder/questions.yaml} in the light modules (types, limits, options, skip logic,
 * help flags; ids are a public contract) with wording in the {@code benefitFinder.*} messages, read by
 * {@link de.sozialplattform.search.benefitfinder.Questionnaire}; served at {@code GET
 * /api/v1/benefit-finder/questions}. {@link de.sozialplattform.search.benefitfinder.AnswerValidator} turns a
 * request's answers into {@link de.sozialplattform.search.benefitfinder.Answers}, the only input the rules read.
 *
 * <p>Rules: {@code benefitFinder/rules/<benefit>.yaml}, compiled and applied by
 * {@link de.sozialplattform.search.benefitfinder.BenefitFinder} into an
 * {@link de.sozialplattform.search.benefitfinder.Evaluation} of message keys and arguments.
 *
 * <p>Evaluation API: {@code POST /api/v1/benefit-finder/evaluate}
 * ({@link de.sozialplattform.search.benefitfinder.EvaluateController}) validates answers, PLZ and date together,
 * applies the rules, renders reasons and notes in the caller's language
 * ({@link de.sozialplattform.search.benefitfinder.EvaluateTexts}) and, for counselling offers and a given PLZ, adds
 * the nearest advice centres of the matching counselling type from the Beratungsstellenfinder
 * ({@link de.sozialplattform.search.benefitfinder.EvaluateAdvice}); without gazetteer or index, or for a PLZ the
 * gazetteer does not know, the centres are left out with a note, the evaluation itself never fails for them.
 *
 * <p>Presentation: a rule decides only benefit id, outcome, reasons, legal basis and the counselling flag. Titles,
 * descriptions, information pages and "Antrag starten" links are the CMS's {@code benefit} content, whose
 * {@code finderId} equals the benefit id; the CMS offers it as the
 * {@link de.sozialplattform.search.benefitfinder.BenefitCatalogue}, and
 * {@link de.sozialplattform.search.benefitfinder.Evaluations} joins the two for the API and the pages (package
 * {@code web}), so editors change titles and links without touching the rules. Without the CMS the benefit's name
 * comes from the message bundles and the links are left out.
 *
 * <p>Privacy: answers are never stored or logged, and error messages never repeat a submitted value.
 */
package de.sozialplattform.search.benefitfinder;
