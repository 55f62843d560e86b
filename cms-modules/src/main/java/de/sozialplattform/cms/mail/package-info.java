/**
 * E-mail to people (review notices, reminders, invitations, password resets). {@link de.sozialplattform.cms.mail.Mailer}
 * writes a mail into the outbox in the caller's transaction, so a mail goes out exactly when the change it tells of
 * is committed, and survives an SMTP outage or a restart; the outbox consumer {@code mail} then hands it to the SMTP
 * server ({@code spring.mail.*}), or, with no SMTP server configured (local runs), writes it as an {@code .eml} file
 * into the mail drop directory. Texts come from the message bundles ({@code mail.<kind>.subject/body}) in the
 * recipient's language.
 */
package de.sozialplattform.cms.mail;
