/**
 * Citizens report outdated advice-centre data ({@code POST /api/v1/advice-centres/{id}/feedback}, public and
 * rate-limited); editors work through the queue ({@code /.rest/feedback/v1}). Owns the
 * {@code advice_centre_feedback} table.
 */
package de.sozialplattform.cms.feedback;
