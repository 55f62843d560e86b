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
 * <p>The rules engine ({@code benefitFinder/rules/<benefit>.yaml}, evaluation, {@code POST
 * /api/v1/benefit-finder/evaluate}) lives in this package too and is written by a colleague.
 *
 * <p>Privacy: answers are never stored or logged, and error messages never repeat a submitted value.
 */
package de.sozialplattform.search.benefitfinder;
