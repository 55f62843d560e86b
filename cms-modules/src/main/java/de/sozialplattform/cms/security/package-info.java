/**
 * Who may call the CMS: the security chains (stateless HTTP Basic for the APIs, a database-backed session for the
 * editorial web, with its cookie and headers), a local user store (BCrypt hashes in the database), demo users for
 * trying the system out, and an administrator bootstrapped from configuration. Roles: {@code ADMIN} (outbox, audit,
 * trash purge), {@code EDITOR} (all content), {@code REVIEWER} and {@code CENTRE_MAINTAINER} (bound to organisations
 * by {@link de.sozialplattform.cms.security.Memberships}); what each may do to which object is decided in
 * {@code access}, how people sign in in {@code signin}. See docs/security.md.
 */
package de.sozialplattform.cms.security;
