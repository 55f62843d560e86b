/**
 * The review workflow of the centres' self-service (Freigabe, Vier-Augen-Prinzip) and the review-by dates of
 * content. A centre maintainer's edits stay a working copy until they submit the location; the request
 * ({@code review_request}) pins the working copy's lock version and keeps a snapshot of what was submitted, so a
 * reviewer approves exactly the state they saw (approve after a later change is a 409; submitting again renews the
 * request). Organisations whose {@code approvalRequired} is {@code false} publish at once on submit. Reviewers get a
 * mail on submit, submitters on approve and reject; overdue locations remind their maintainers once per due period
 * ({@link de.sozialplattform.cms.review.ReviewReminders}), and "Daten bestätigen" renews the review-by date.
 *
 * <p>Public API: {@link de.sozialplattform.cms.review.OverdueContent} (overdue content for the editor UI) and the
 * fragment {@code review/actions :: actions(location)} with the submit and confirm buttons. Everything else is
 * package-private. Who may do what is decided in {@code access.ContentAccess} ({@code SUBMIT}, {@code CONFIRM}, and
 * {@code PUBLISH} for deciding a request). See docs/review.md.
 */
package de.sozialplattform.cms.review;
