package de.sozialplattform.cms.mail;

/** A plain-text mail to one recipient. */
record Mail(String to, String subject, String body) {
}
