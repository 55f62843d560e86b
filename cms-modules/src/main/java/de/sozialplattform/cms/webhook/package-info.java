/**
 * Publication webhooks: every change to published content is POSTed to the configured URLs (for example to
 * purge a CDN or a partner's cache), through the outbox, so a notification is never lost and is retried until
 * the receiver accepts it. Receivers deduplicate by the {@code Idempotency-Key} header.
 */
package de.sozialplattform.cms.webhook;
