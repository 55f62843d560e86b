/**
 * Who may call the CMS: a local user store (BCrypt hashes in the database) behind HTTP Basic for the
 * management API, demo users for trying the system out, and an administrator bootstrapped from configuration.
 * Roles: {@code ADMIN} (outbox, audit, trash purge), {@code EDITOR} (all content), {@code REVIEWER} and
 * {@code CENTRE_MAINTAINER} (bound to organisations by {@link de.sozialplattform.cms.security.Memberships});
 * what each may do to which object is decided in {@code access}.
 */
package de.sozialplattform.cms.security;
